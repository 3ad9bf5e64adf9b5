package claimdesk.ui;

import claimdesk.model.Progress;
import java.util.function.Consumer;

/** Runs work and its callbacks at once on the calling thread, so view models test without a toolkit. */
public final class ImmediateUiExecutor implements UiExecutor {

    @Override
    public <T> void submit(Lane lane, String title, Work<T> work, Consumer<T> onSuccess,
                           Consumer<Throwable> onFailure) {
        T result;
        try {
            result = work.run(Progress.NONE);
        } catch (Exception e) {
            onFailure.accept(e);
            return;
        }
        onSuccess.accept(result);
    }
}
