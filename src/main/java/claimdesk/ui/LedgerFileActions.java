package claimdesk.ui;

import claimdesk.store.LedgerBackups;
import claimdesk.store.LedgerException;
import claimdesk.store.LedgerStore;
import claimdesk.ui.safety.RestoreBackupDialog;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.stage.Stage;

/**
 * What concerns the ledger's files rather than its contents: the daily and exit backups, File › Restore backup…
 * and File › Passphrase protection…. A desk ledger on a PostgreSQL server has none of these of ours; its server
 * does that work, and the two menu items say so. Swapping or re-encrypting the files needs the ledger closed, so
 * the app does that part ({@link #onRestore}, {@link #onProtect}).
 */
final class LedgerFileActions {

    private static final Logger LOG = Logger.getLogger(LedgerFileActions.class.getName());

    private final LedgerStore store;
    private final Stage stage;
    private Consumer<LedgerBackups.Backup> onRestore = backup -> { };
    private Runnable onProtect = () -> { };

    LedgerFileActions(LedgerStore store, Stage stage) {
        this.store = store;
        this.stage = stage;
    }

    /** True for a desk ledger on a PostgreSQL server, which has no folder, backups or passphrase of ours. */
    boolean onServer() {
        return store.server().isPresent();
    }

    void onRestore(Consumer<LedgerBackups.Backup> handler) {
        onRestore = handler;
    }

    void onProtect(Runnable handler) {
        onProtect = handler;
    }

    void protectLedger() {
        if (onServer()) {
            new FxDialogs(stage).showInformation("Passphrase protection", "The desk ledger on "
                    + store.location() + " is protected on its server (disk encryption, TLS and its logins), "
                    + "not with a Claimdesk passphrase.");
            return;
        }
        onProtect.run();
    }

    void restoreBackup() {
        if (onServer()) {
            new FxDialogs(stage).showInformation("Restore backup", "The desk ledger on " + store.location()
                    + " is backed up and restored on its server by its administrator (pg_dump, base backups); "
                    + "Claimdesk keeps backups only of a ledger in a folder.");
            return;
        }
        RestoreBackupDialog.ask(stage, new LedgerBackups(store.folder())).ifPresent(onRestore);
    }

    /** At start, off the FX thread; a desk ledger is never due ({@link LedgerBackups#backUpIfDue}). */
    void backUpDaily() {
        try {
            new LedgerBackups(store.folder()).backUpIfDue(store);
        } catch (LedgerException e) {
            // A missed daily backup is retried on the next start; the reviewer can work meanwhile.
            LOG.log(Level.WARNING, "No daily backup", e);
        }
    }

    /** At close, once every queued write is in. */
    void backUpOnExit() {
        if (onServer()) {
            return;
        }
        try {
            new LedgerBackups(store.folder()).backUp(store, "exit");
        } catch (LedgerException e) {
            // A missed backup must not keep the ledger open or the app from quitting.
            LOG.log(Level.WARNING, "No backup on exit", e);
        }
    }
}
