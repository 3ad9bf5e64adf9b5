package claimdesk.ui;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;

/**
 * The app's executor: a small pool for reads and one thread named {@code store-writer} for writes. It exposes the
 * running job's title and progress for the status bar.
 */
public final class FxUiExecutor implements UiExecutor, AutoCloseable {

    private final ExecutorService readers = Executors.newFixedThreadPool(2, named("ledger-reader"));
    private final ExecutorService writer = Executors.newSingleThreadExecutor(named("store-writer"));
    private static final System.Logger LOG = System.getLogger(FxUiExecutor.class.getName());

    private volatile boolean closed;
    private final ReadOnlyIntegerWrapper running = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyStringWrapper currentTitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper currentProgress = new ReadOnlyDoubleWrapper(0);

    @Override
    public <T> void submit(Lane lane, String title, Work<T> work, Consumer<T> onSuccess,
                           Consumer<Throwable> onFailure) {
        if (closed) {
            // The window is closing: a callback that asks for more work (a reload after a save) is moot.
            LOG.log(System.Logger.Level.DEBUG, "not started after close: " + title);
            return;
        }
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.run((done, total) -> updateProgress(done, total));
            }
        };
        task.setOnSucceeded(event -> finished(() -> {
            if (!closed) {
                onSuccess.accept(task.getValue());
            }
        }));
        task.setOnFailed(event -> finished(() -> {
            if (!closed) {
                onFailure.accept(task.getException());
            } else {
                LOG.log(System.Logger.Level.DEBUG, "failed while closing: " + title, task.getException());
            }
        }));
        runOnFx(() -> {
            running.set(running.get() + 1);
            currentTitle.set(title);
            currentProgress.bind(task.progressProperty());
        });
        (lane == Lane.WRITE ? writer : readers).execute(task);
    }

    private void finished(Runnable callback) {
        running.set(running.get() - 1);
        if (running.get() == 0) {
            currentProgress.unbind();
            currentProgress.set(0);
            currentTitle.set("");
        }
        callback.run();
    }

    private static void runOnFx(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            Platform.runLater(action);
        }
    }

    public ReadOnlyIntegerProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return currentTitle.getReadOnlyProperty();
    }

    /** Progress of the latest job, 0..1, or -1 while its size is unknown. */
    public ReadOnlyDoubleProperty progressProperty() {
        return currentProgress.getReadOnlyProperty();
    }

    /** Lets queued writes finish, so nothing the reviewer did is lost on exit. */
    @Override
    public void close() {
        closed = true;
        readers.shutdown();
        writer.shutdown();
        try {
            writer.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS);
            readers.awaitTermination(5, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static java.util.concurrent.ThreadFactory named(String name) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + (name.equals("store-writer") ? "" : "-" + count.incrementAndGet()));
            thread.setDaemon(true);
            return thread;
        };
    }
}
