package claimdesk.cli;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Runs one task per input on a few threads and hands the results to the caller's thread in input order. At most
 * two tasks per thread are in flight, so results waiting behind a slow one hold a bounded amount of memory (each
 * holds an article's text and figures). Threads are daemons: a command that exits is never held up by them.
 */
final class InOrderPool {

    /** What the caller does with each result, in input order; it may throw the command's checked exception. */
    interface Sink<R> {
        void accept(R result) throws java.io.IOException;
    }

    private final int threads;

    InOrderPool(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        this.threads = threads;
    }

    /** A pool with one thread per processor this JVM may use. */
    static InOrderPool perProcessor() {
        return new InOrderPool(Runtime.getRuntime().availableProcessors());
    }

    <T, R> void run(List<T> inputs, Function<T, R> task, Sink<R> sink) throws java.io.IOException {
        if (threads == 1 || inputs.size() == 1) {
            // No pool for a single input: the start-up of threads would buy nothing.
            for (T input : inputs) {
                sink.accept(task.apply(input));
            }
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, daemons());
        try {
            Deque<Future<R>> inFlight = new ArrayDeque<>();
            for (T input : inputs) {
                inFlight.add(pool.submit(() -> task.apply(input)));
                if (inFlight.size() >= 2 * threads) {
                    sink.accept(next(inFlight));
                }
            }
            while (!inFlight.isEmpty()) {
                sink.accept(next(inFlight));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static <R> R next(Deque<Future<R>> inFlight) {
        try {
            return inFlight.poll().get();
        } catch (ExecutionException e) {
            // The task's own failure, as the sequential loop would have thrown it.
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while extracting figures", e);
        }
    }

    private static java.util.concurrent.ThreadFactory daemons() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "figures-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
