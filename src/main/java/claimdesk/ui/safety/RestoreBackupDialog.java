package claimdesk.ui.safety;

import claimdesk.store.LedgerBackups;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.ComboBox;
import javafx.stage.Window;
import javafx.util.StringConverter;

/** File › Restore backup…: picks one of the ledger's backups and confirms that it should replace the ledger. */
public final class RestoreBackupDialog {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    private RestoreBackupDialog() {
    }

    /** The backup to restore, or empty when there is none or the person changed their mind. */
    public static Optional<LedgerBackups.Backup> ask(Window owner, LedgerBackups backups) {
        List<LedgerBackups.Backup> all = backups.list();
        if (all.isEmpty()) {
            Alert none = new Alert(Alert.AlertType.INFORMATION, "Claimdesk backs the ledger up when it quits and "
                    + "once a day when it starts; there is no backup in " + backups.directory() + " yet.");
            none.initOwner(owner);
            none.setHeaderText("No backup yet");
            none.showAndWait();
            return Optional.empty();
        }
        ChoiceDialog<LedgerBackups.Backup> choice = new ChoiceDialog<>(all.get(0), all);
        choice.initOwner(owner);
        choice.setTitle("Restore backup");
        choice.setHeaderText("Restore the ledger as it was at:");
        // ChoiceDialog offers no converter of its own; its combo box is the only one in the pane.
        @SuppressWarnings("unchecked")
        ComboBox<LedgerBackups.Backup> combo = (ComboBox<LedgerBackups.Backup>) choice.getDialogPane()
                .lookup(".combo-box");
        if (combo != null) {
            combo.setId("backupChoice");
            combo.setConverter(new StringConverter<>() {
                @Override
                public String toString(LedgerBackups.Backup backup) {
                    return backup == null ? "" : describe(backup);
                }

                @Override
                public LedgerBackups.Backup fromString(String text) {
                    return null;
                }
            });
        }
        return choice.showAndWait().filter(backup -> confirm(owner, backup));
    }

    /** "Mon 23 Nov 2026, 01:36:18 (on quitting)": when the backup was taken, in local time, and why. */
    public static String describe(LedgerBackups.Backup backup) {
        String why = switch (backup.reason()) {
            case "exit" -> "on quitting";
            case "daily" -> "daily, on starting";
            case "before-restore" -> "just before a restore";
            default -> backup.reason();
        };
        return WHEN.format(backup.takenAt()) + " (" + why + ")";
    }

    private static boolean confirm(Window owner, LedgerBackups.Backup backup) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "The ledger will be replaced by the backup of "
                + describe(backup) + ". Changes made since then disappear from the ledger, but the ledger as it "
                + "is now is kept as a backup first, so you can restore it again from this menu.",
                ButtonType.OK, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setTitle("Restore backup");
        alert.setHeaderText("Restore the ledger from " + describe(backup) + "?");
        alert.getDialogPane().setMinWidth(480);
        return alert.showAndWait().filter(ButtonType.OK::equals).isPresent();
    }
}
