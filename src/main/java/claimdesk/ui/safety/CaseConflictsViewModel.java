package claimdesk.ui.safety;

import claimdesk.model.CaseConflict;
import claimdesk.store.CaseStore;
import claimdesk.store.LedgerStore;
import claimdesk.ui.Dialogs;
import claimdesk.ui.UiExecutor;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The claims and sources an import found changed on both sides, each with a "keep mine" / "take theirs" choice;
 * {@link #apply} writes the taken versions in one transaction on the writer lane. Other conflicts are only listed.
 */
public final class CaseConflictsViewModel {

    private final LedgerStore store;
    private final UiExecutor executor;
    private final Dialogs dialogs;
    private final Runnable afterApply;
    private final ObservableList<CaseConflictRow> rows;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    public CaseConflictsViewModel(LedgerStore store, UiExecutor executor, Dialogs dialogs,
                                  List<CaseConflict> conflicts, Runnable afterApply) {
        this.store = store;
        this.executor = executor;
        this.dialogs = dialogs;
        this.afterApply = afterApply;
        this.rows = FXCollections.unmodifiableObservableList(FXCollections.observableArrayList(conflicts.stream()
                .filter(CaseConflict::choosable).map(CaseConflictRow::new).toList()));
    }

    public ObservableList<CaseConflictRow> rows() {
        return rows;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The conflicts whose case version was chosen, in list order. */
    public List<CaseConflict> takenTheirs() {
        return rows.stream().filter(row -> row.choiceProperty().get() == CaseConflictRow.Choice.TAKE_THEIRS)
                .map(CaseConflictRow::conflict).toList();
    }

    /** Takes the case's version of every record so chosen; with none chosen the ledger stays as it is. */
    public void apply() {
        List<CaseConflict> chosen = takenTheirs();
        if (chosen.isEmpty() || busy.get()) {
            return;
        }
        busy.set(true);
        executor.submit(UiExecutor.Lane.WRITE, "Taking the case's versions",
                progress -> new CaseStore(store).takeTheirs(chosen), replaced -> {
                    busy.set(false);
                    afterApply.run();
                    dialogs.showInformation("Conflicts resolved", replaced + " of " + rows.size()
                            + " conflicting records now hold the case's version; the others kept yours.");
                }, error -> {
                    busy.set(false);
                    dialogs.showError("The case's versions were not taken", error.getMessage()
                            + " Nothing was changed.");
                });
    }
}
