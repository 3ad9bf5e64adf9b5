package claimdesk.ui;

import claimdesk.service.CaseFile;
import claimdesk.service.InstanceBeacon;
import claimdesk.service.SeedLibrary;
import claimdesk.store.LedgerBackups;
import claimdesk.store.LedgerEncryption;
import claimdesk.store.LedgerException;
import claimdesk.store.LedgerPaths;
import claimdesk.store.LedgerServer;
import claimdesk.store.LedgerStore;
import claimdesk.store.PreferencesStore;
import claimdesk.ui.safety.LedgerGate;
import claimdesk.ui.safety.PassphraseDialog;
import claimdesk.ui.safety.RestoreBackupDialog;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/** The desktop app: opens the ledger named by {@code --db PATH} (or the default one) and shows the workbench. */
public final class ClaimdeskApp extends Application {

    private Workbench workbench;
    private Stage stage;
    private Path folder;
    private char[] passphrase;
    private InstanceBeacon beacon;

    public static void launchWith(String[] args) {
        Application.launch(ClaimdeskApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        this.stage = stage;
        stage.getIcons().add(new Image(ClaimdeskApp.class.getResource("claimdesk.png").toExternalForm()));
        String db = dbAddress(getParameters().getRaw());
        try {
            Optional<LedgerServer> server = LedgerPaths.server(db);
            if (server.isPresent()) {
                openDesk(server.get());
            } else {
                folder = LedgerPaths.resolve(db == null ? null : Path.of(db));
                openWorkbench();
            }
        } catch (LedgerException e) {
            // A malformed address or folder name: said plainly, then the app ends, as for a ledger it cannot open.
            Alert alert = new Alert(Alert.AlertType.ERROR, e.getMessage());
            alert.setHeaderText("Claimdesk cannot open its ledger");
            alert.showAndWait();
            Platform.exit();
            return;
        }
        // A .claimdesk file opened from the desktop arrives as an argument: import it once the window is up.
        getParameters().getUnnamed().stream().filter(arg -> arg.endsWith(CaseFile.EXTENSION)).findFirst()
                .ifPresent(file -> {
                    if (workbench != null) {
                        workbench.cases().importFile(Path.of(file));
                    }
                });
    }

    private void openWorkbench() {
        Optional<LedgerGate.Opened> opened = LedgerGate.open(folder, PreferencesStore.forUser().reviewer().name(),
                passphrase);
        if (opened.isEmpty()) {
            Platform.exit();
            return;
        }
        passphrase = opened.get().passphrase();
        Path seeds = SeedLibrary.locate(Path.of("").toAbsolutePath(), jarLocation());
        workbench = Workbench.show(opened.get().store(), stage, seeds);
        workbench.onRestore(this::restore);
        workbench.onProtect(this::protect);
        listenForOtherInstances();
        Platform.runLater(workbench::askForReviewerIfUnknown);
    }

    /**
     * Opens the shared desk ledger on a PostgreSQL server. It has no folder, so there is no passphrase, backup or
     * other-window beacon to set up: the server serves many windows at once.
     */
    private void openDesk(LedgerServer server) {
        Optional<LedgerStore> store = LedgerGate.openServer(server, PreferencesStore.forUser().reviewer().name());
        if (store.isEmpty()) {
            Platform.exit();
            return;
        }
        workbench = Workbench.show(store.get(), stage, null);
        Platform.runLater(workbench::askForReviewerIfUnknown);
    }

    /** Lets a second Claimdesk started on this ledger bring this window forward instead of opening it. */
    private void listenForOtherInstances() {
        if (beacon != null) {
            return;
        }
        try {
            beacon = InstanceBeacon.listen(folder, () -> Platform.runLater(() -> {
                stage.setIconified(false);
                stage.toFront();
                stage.requestFocus();
            }));
        } catch (IOException e) {
            // Without the beacon a second instance still gets a clear message; it just cannot call this one forward.
            Logger.getLogger(ClaimdeskApp.class.getName()).log(Level.WARNING, "No instance beacon", e);
        }
    }

    /** Encrypts the ledger, its backups and evidence with a new passphrase, or removes the passphrase it has. */
    private void protect() {
        if (LedgerEncryption.isEncrypted(folder)) {
            Alert remove = new Alert(Alert.AlertType.CONFIRMATION, "The ledger, its backups and its evidence "
                    + "files will be stored without encryption, readable by anyone who can read the files.");
            remove.setHeaderText("This ledger is protected by a passphrase. Remove the passphrase?");
            if (remove.showAndWait().filter(ButtonType.OK::equals).isPresent()) {
                char[] old = passphrase;
                swap("The passphrase was not removed", "The passphrase was removed.", () -> {
                    LedgerEncryption.decrypt(folder, old);
                    passphrase = null;
                });
            }
            return;
        }
        PassphraseDialog.askForNew(stage).ifPresent(chosen -> swap("The ledger was not protected",
                "The ledger, its backups and its evidence files are now protected by the passphrase.", () -> {
            LedgerEncryption.encrypt(folder, chosen);
            passphrase = chosen;
        }));
    }

    /** Swaps in the backup's file; the ledger as it was is kept as a backup first. */
    private void restore(LedgerBackups.Backup backup) {
        swap("The backup was not restored; the ledger is unchanged", "Restored the backup of "
                + RestoreBackupDialog.describe(backup) + "; the ledger as it was is kept as a backup.",
                () -> new LedgerBackups(folder).restore(backup));
    }

    /** Closes the ledger, changes its files, and opens it again in the same window, even when the change failed. */
    private void swap(String failureHeader, String success, Runnable change) {
        workbench.close();
        workbench = null;
        boolean changed = false;
        try {
            change.run();
            changed = true;
        } catch (LedgerException e) {
            Alert alert = new Alert(Alert.AlertType.ERROR, e.getMessage());
            alert.setHeaderText(failureHeader);
            alert.showAndWait();
        }
        openWorkbench();
        if (changed && workbench != null) {
            workbench.announce(success);
        }
    }

    @Override
    public void stop() {
        if (workbench != null) {
            workbench.close();
        }
        if (beacon != null) {
            beacon.close();
        }
    }

    /** The {@code --db} value as written: a folder or a {@code postgresql://} address; null when not given. */
    static String dbAddress(List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--db") && i + 1 < args.size()) {
                return args.get(i + 1);
            }
            if (arg.startsWith("--db=")) {
                return arg.substring("--db=".length());
            }
        }
        return null;
    }

    private static Path jarLocation() {
        try {
            return Path.of(ClaimdeskApp.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (Exception e) {
            return null;
        }
    }
}
