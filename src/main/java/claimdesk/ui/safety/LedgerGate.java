package claimdesk.ui.safety;

import claimdesk.store.LedgerException;
import claimdesk.store.LedgerStore;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Alert;

/**
 * Opens the ledger for the app and deals with whatever stands in the way, talking to the person rather than
 * throwing: the reason comes as a message, never as a stack trace. Empty means the app should quit.
 */
public final class LedgerGate {

    private LedgerGate() {
    }

    public static Optional<LedgerStore> open(Path folder, String reviewer) {
        try {
            return Optional.of(LedgerStore.open(folder, reviewer));
        } catch (LedgerException e) {
            Alert alert = new Alert(Alert.AlertType.ERROR, e.getMessage());
            alert.setHeaderText("Claimdesk cannot open its ledger");
            alert.showAndWait();
            return Optional.empty();
        }
    }
}
