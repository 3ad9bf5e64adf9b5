package claimdesk.ui.history;

import claimdesk.model.Claim;
import claimdesk.model.ClaimChange;
import claimdesk.service.ClaimHistory;
import claimdesk.ui.UiExecutor;
import java.time.ZoneId;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The history window's state: the claim shown, its changes newest first (loaded off the FX thread), the row chosen
 * and that row's full text. The changes are read again whenever the ledger changes while a claim is shown, so an edit
 * made with the window open appears in it. Lives on the FX thread.
 */
public final class ClaimHistoryViewModel {

    static final String NO_CHANGES = "No changes are recorded for this claim.";

    private final ClaimHistory history;
    private final UiExecutor executor;
    private final ZoneId zone;
    private final ObservableList<HistoryRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<HistoryRow> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper detail = new ReadOnlyStringWrapper(this, "detail", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
    private Claim claim;
    /** Counts loads, so a slow load for a claim no longer shown cannot overwrite a newer one. */
    private long generation;

    /** {@code ledgerVersion} goes up with every change to the ledger (the undo history's version). */
    public ClaimHistoryViewModel(ClaimHistory history, UiExecutor executor, ObservableValue<? extends Number> ledgerVersion,
                                 ZoneId zone) {
        this.history = history;
        this.executor = executor;
        this.zone = zone;
        selected.addListener((obs, old, row) -> detail.set(row == null ? "" : row.detail()));
        ledgerVersion.addListener((obs, old, now) -> reload());
    }

    /** Shows the history of {@code shown}; null clears the window (it was closed). */
    public void show(Claim shown) {
        claim = shown;
        title.set(shown == null ? "" : "History of \u201c" + HistoryRow.abbreviated(shown.quote().exact()) + "\u201d");
        rows.clear();
        reload();
    }

    /** Reads the shown claim's changes again; keeps the chosen row chosen when it is still there. */
    public void reload() {
        long load = ++generation;
        if (claim == null) {
            busy.set(false);
            message.set("");
            return;
        }
        long claimId = claim.id();
        busy.set(true);
        executor.submit(UiExecutor.Lane.READ, "Reading the claim's history", progress -> history.of(claimId),
                changes -> {
                    if (load == generation) {
                        showChanges(changes);
                    }
                }, error -> {
                    if (load == generation) {
                        busy.set(false);
                        message.set("The history could not be read: " + error.getMessage());
                    }
                });
    }

    private void showChanges(List<ClaimChange> changes) {
        ClaimChange chosen = selected.get() == null ? null : selected.get().change();
        List<HistoryRow> loaded = changes.stream().map(change -> HistoryRow.of(change, zone)).toList();
        rows.setAll(loaded);
        selected.set(loaded.stream().filter(row -> row.change().equals(chosen)).findFirst().orElse(null));
        busy.set(false);
        message.set(changes.isEmpty() ? NO_CHANGES
                : changes.size() == 1 ? "1 change, newest first" : changes.size() + " changes, newest first");
    }

    /** The changes, newest first; only this class changes the list. */
    public ObservableList<HistoryRow> rows() {
        return rows;
    }

    /** The row chosen in the table, whose full text {@link #detailProperty()} gives; null for none. */
    public ObjectProperty<HistoryRow> selectedProperty() {
        return selected;
    }

    /** The chosen change in full (long notes whole, line breaks kept); empty when no row is chosen. */
    public ReadOnlyStringProperty detailProperty() {
        return detail.getReadOnlyProperty();
    }

    /** "History of “quote”"; empty when no claim is shown. */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** How many changes there are, that there are none, or why they could not be read. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
