package claimdesk.ui;

import claimdesk.model.Progress;
import java.util.function.Consumer;

/**
 * Runs work off the FX thread and hands the result back on it. View models never switch threads themselves.
 * Writes to the ledger go through {@link Lane#WRITE}, one at a time and in order; reads may run side by side.
 */
public interface UiExecutor {

    enum Lane { READ, WRITE }

    /** Work that reports progress and returns a value. */
    @FunctionalInterface
    interface Work<T> {
        T run(Progress progress) throws Exception;
    }

    /**
     * Runs {@code work} on {@code lane}; then {@code onSuccess} or {@code onFailure} on the FX thread.
     * {@code title} names the job in the status bar.
     */
    <T> void submit(Lane lane, String title, Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);
}
