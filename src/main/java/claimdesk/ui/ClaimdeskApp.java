package claimdesk.ui;

import claimdesk.service.SeedLibrary;
import claimdesk.store.LedgerBackups;
import claimdesk.store.LedgerException;
import claimdesk.store.LedgerPaths;
import claimdesk.store.LedgerStore;
import claimdesk.ui.safety.LedgerGate;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.Stage;

/** The desktop app: opens the ledger named by {@code --db PATH} (or the default one) and shows the workbench. */
public final class ClaimdeskApp extends Application {

    private Workbench workbench;
    private Stage stage;
    private Path folder;

    public static void launchWith(String[] args) {
        Application.launch(ClaimdeskApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        this.stage = stage;
        folder = LedgerPaths.resolve(dbArgument(getParameters().getRaw()));
        openWorkbench();
    }

    private void openWorkbench() {
        Optional<LedgerStore> store = LedgerGate.open(folder, System.getProperty("user.name", "reviewer"));
        if (store.isEmpty()) {
            Platform.exit();
            return;
        }
        Path seeds = SeedLibrary.locate(Path.of("").toAbsolutePath(), jarLocation());
        workbench = Workbench.show(store.get(), stage, seeds);
        workbench.onRestore(this::restore);
    }

    /** Closes the ledger, swaps in the backup's file and opens the ledger again in the same window. */
    private void restore(LedgerBackups.Backup backup) {
        workbench.close();
        workbench = null;
        try {
            new LedgerBackups(folder).restore(backup);
        } catch (LedgerException e) {
            Alert alert = new Alert(Alert.AlertType.ERROR, e.getMessage());
            alert.setHeaderText("The backup was not restored; the ledger is unchanged");
            alert.showAndWait();
        }
        openWorkbench();
    }

    @Override
    public void stop() {
        if (workbench != null) {
            workbench.close();
        }
    }

    static Path dbArgument(List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--db") && i + 1 < args.size()) {
                return Path.of(args.get(i + 1));
            }
            if (arg.startsWith("--db=")) {
                return Path.of(arg.substring("--db=".length()));
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
