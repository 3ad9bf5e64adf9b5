package claimdesk.ui.safety;

import claimdesk.service.InstanceBeacon;
import claimdesk.store.LedgerException;
import claimdesk.store.LedgerInUseException;
import claimdesk.store.LedgerLoginException;
import claimdesk.store.LedgerPassphraseException;
import claimdesk.store.LedgerServer;
import claimdesk.store.LedgerStore;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;

/**
 * Opens the ledger for the app and deals with whatever stands in the way, talking to the person rather than
 * throwing: a passphrase to ask for, another window holding the ledger, or a plain error shown as a message,
 * never as a stack trace. Empty means the app should quit (the person gave up, or the other window came forward).
 */
public final class LedgerGate {

    private static final ButtonType SHOW = new ButtonType("Show the other window", ButtonBar.ButtonData.OK_DONE);
    private static final ButtonType RETRY = new ButtonType("Try again", ButtonBar.ButtonData.OTHER);
    private static final ButtonType QUIT = new ButtonType("Quit", ButtonBar.ButtonData.CANCEL_CLOSE);

    private LedgerGate() {
    }

    /** An open ledger and the passphrase that opened it (null when it is plain), kept to reopen it later. */
    public record Opened(LedgerStore store, char[] passphrase) {
    }

    /** Opens the ledger in {@code folder}, trying {@code remembered} (may be null) before asking for a passphrase. */
    public static Optional<Opened> open(Path folder, String reviewer, char[] remembered) {
        char[] passphrase = remembered;
        while (true) {
            try {
                return Optional.of(new Opened(openUnlocked(folder, reviewer, passphrase), passphrase));
            } catch (LedgerPassphraseException e) {
                Optional<char[]> asked = PassphraseDialog.askToOpen(null, folder, e.passphraseGiven());
                if (asked.isEmpty()) {
                    return Optional.empty();
                }
                passphrase = asked.get();
            } catch (LedgerInUseException e) {
                if (!anotherInstanceHolds(folder)) {
                    return Optional.empty();
                }
            } catch (LedgerException e) {
                Alert alert = new Alert(Alert.AlertType.ERROR, e.getMessage());
                alert.setHeaderText("Claimdesk cannot open its ledger");
                alert.showAndWait();
                return Optional.empty();
            }
        }
    }

    /**
     * Opens the desk ledger on {@code server}, asking for the password while the server refuses the login; empty
     * when the person gave up or the server cannot be reached (said in a message first).
     */
    public static Optional<LedgerStore> openServer(LedgerServer server, String reviewer) {
        LedgerServer attempt = server;
        while (true) {
            try {
                return Optional.of(LedgerStore.open(attempt, reviewer, null));
            } catch (LedgerLoginException e) {
                Optional<String> typed = PassphraseDialog.askForServerPassword(null, attempt.address(),
                        attempt.user(), e.passwordGiven());
                if (typed.isEmpty()) {
                    return Optional.empty();
                }
                attempt = attempt.withPassword(typed.get());
            } catch (LedgerException e) {
                Alert alert = new Alert(Alert.AlertType.ERROR, e.getMessage());
                alert.setHeaderText("Claimdesk cannot open the desk ledger");
                alert.showAndWait();
                return Optional.empty();
            }
        }
    }

    private static LedgerStore openUnlocked(Path folder, String reviewer, char[] passphrase) {
        LedgerStore store = LedgerStore.open(folder, reviewer, passphrase);
        try {
            store.unlockEvidence(passphrase);
            return store;
        } catch (LedgerException e) {
            store.close();
            throw e;
        }
    }

    /** Asks what to do about the other instance; true to try opening again, false to quit. */
    private static boolean anotherInstanceHolds(Path folder) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "Claimdesk already has the ledger in " + folder
                + " open in another window. Two windows on one ledger could overwrite each other's work, so this "
                + "one will not open it. Bring the other window forward, or close it there and try again.",
                SHOW, RETRY, QUIT);
        alert.setTitle("Claimdesk");
        alert.setHeaderText("This ledger is already open");
        alert.getDialogPane().setMinWidth(500);
        ButtonType choice = alert.showAndWait().orElse(QUIT);
        if (choice == SHOW) {
            if (InstanceBeacon.signal(folder)) {
                return false;
            }
            Alert silent = new Alert(Alert.AlertType.WARNING, "No Claimdesk window answered. A command such as "
                    + "'claimdesk import' may be using the ledger; try again when it has finished.");
            silent.setHeaderText("The other window did not answer");
            silent.showAndWait();
            return true;
        }
        return choice == RETRY;
    }
}
