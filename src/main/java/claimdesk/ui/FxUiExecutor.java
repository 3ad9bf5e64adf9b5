package claimdesk.ui;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
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

    private static final Logger LOG = Logger.getLogger(FxUiExecutor.class.getName());

    private final ExecutorService readers = Executors.newFixedThreadPool(2, named("ledger-reader"));
    private final ExecutorService writer = Executors.newSingleThreadExecutor(named("store-writer"));
    private final ReadOnlyIntegerWrapper running = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyStringWrapper currentTitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper currentProgress = new ReadOnlyDoubleWrapper(0);

    @Override
    public <T> void submit(Lane lane, String title, Work<T> work, Consumer<T> onSuccess,
                           Consumer<Throwable> onFailure) {
        ExecutorService target = lane == Lane.WRITE ? writer : readers;
        if (target.isShutdown()) {
            // The workbench is closing (quit, or a ledger swap): listeners of the old views may still fire, but the
            // ledger is closed and new work could only fail.
            LOG.log(lane == Lane.WRITE ? Level.WARNING : Level.FINE, "Dropped after close: {0}", title);
            return;
        }
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.run((done, total) -> updateProgress(done, total));
            }
        };
        task.setOnSucceeded(event -> finished(() -> onSuccess.accept(task.getValue())));
        task.setOnFailed(event -> finished(() -> onFailure.accept(task.getException())));
        runOnFx(() -> {
            running.set(running.get() + 1);
            currentTitle.set(title);
            currentProgress.bind(task.progressProperty());
        });
        target.execute(task);
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

    /** Runs {@code action} on the FX thread: now if called there, else soon after (for listeners on other threads). */
    public void runOnFxThread(Runnable action) {
        runOnFx(action);
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
        readers.shutdown();
        writer.shutdown();
        try {
            writer.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS);
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
