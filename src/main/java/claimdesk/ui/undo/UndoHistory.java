package claimdesk.ui.undo;

import claimdesk.store.LedgerStore;
import claimdesk.ui.UiExecutor;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The ledger's undo and redo stacks. {@link #push} applies a command and only then records it, so the history never
 * holds an edit that did not happen. Commands run on the executor's write lane; the history itself changes on the
 * FX thread; work pushed while a command runs waits for it, in order. {@link #versionProperty()} counts finished changes so
 * screens know when to reload.
 */
public final class UndoHistory {

    private static final int LIMIT = 200;

    private final LedgerStore store;
    private final UiExecutor executor;
    private final Consumer<Throwable> onFailure;
    private final Deque<LedgerCommand> undo = new ArrayDeque<>();
    private final Deque<LedgerCommand> redo = new ArrayDeque<>();
    private final Deque<Runnable> waiting = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper undoLabel = new ReadOnlyStringWrapper("Undo");
    private final ReadOnlyStringWrapper redoLabel = new ReadOnlyStringWrapper("Redo");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyLongWrapper version = new ReadOnlyLongWrapper(0);
    private Consumer<String> announce = message -> { };

    public UndoHistory(LedgerStore store, UiExecutor executor, Consumer<Throwable> onFailure) {
        this.store = store;
        this.executor = executor;
        this.onFailure = onFailure;
    }

    /** Where "Undone: set verdict" and "Redone: …" are said once an undo or redo is done (the status bar). */
    public void onAnnounce(Consumer<String> announcer) {
        announce = announcer == null ? message -> { } : announcer;
    }

    /** Applies {@code command}, records it, and clears the redo stack; {@code then} runs after on the FX thread. */
    public void push(LedgerCommand command, Runnable then) {
        push(command, then, error -> false);
    }

    /**
     * As {@link #push(LedgerCommand, Runnable)}; when the command fails, {@code recovers} is asked first (on the FX
     * thread) and the history's own failure handler runs only if it returns false. The failed command is not recorded.
     */
    public void push(LedgerCommand command, Runnable then, Predicate<Throwable> recovers) {
        run(command.label(), () -> command.apply(store), recovers, () -> {
            undo.push(command);
            if (undo.size() > LIMIT) {
                undo.removeLast();
            }
            redo.clear();
            then.run();
        });
    }

    public void undo() {
        if (!canUndo.get()) {
            return;
        }
        LedgerCommand command = undo.peek();
        run("Undo " + command.label(), () -> command.revert(store), error -> false, () -> {
            redo.push(undo.pop());
            announce.accept("Undone: " + command.label());
        });
    }

    public void redo() {
        if (!canRedo.get()) {
            return;
        }
        LedgerCommand command = redo.peek();
        run("Redo " + command.label(), () -> command.apply(store), error -> false, () -> {
            undo.push(redo.pop());
            announce.accept("Redone: " + command.label());
        });
    }

    private void run(String title, Runnable work, Predicate<Throwable> recovers, Runnable recordIt) {
        if (busy.get()) {
            // Edits made while a command runs (a verdict picked while the note saves) wait their turn.
            waiting.add(() -> run(title, work, recovers, recordIt));
            return;
        }
        busy.set(true);
        refresh();
        executor.submit(UiExecutor.Lane.WRITE, title, progress -> {
            work.run();
            return null;
        }, ignored -> {
            busy.set(false);
            recordIt.run();
            version.set(version.get() + 1);
            refresh();
            runNextWaiting();
        }, error -> {
            busy.set(false);
            refresh();
            if (!recovers.test(error)) {
                onFailure.accept(error);
            }
            runNextWaiting();
        });
    }

    private void runNextWaiting() {
        Runnable next = waiting.poll();
        if (next != null) {
            next.run();
        }
    }

    private void refresh() {
        canUndo.set(!busy.get() && !undo.isEmpty());
        canRedo.set(!busy.get() && !redo.isEmpty());
        undoLabel.set(undo.isEmpty() ? "Undo" : "Undo " + undo.peek().label());
        redoLabel.set(redo.isEmpty() ? "Redo" : "Redo " + redo.peek().label());
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty undoLabelProperty() {
        return undoLabel.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoLabelProperty() {
        return redoLabel.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Grows by one after every applied, undone or redone command. */
    public ReadOnlyLongProperty versionProperty() {
        return version.getReadOnlyProperty();
    }
}
