package claimdesk.ui.safety;

import java.nio.file.Path;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Asks for a ledger's passphrase: the one that opens it, or a new one, typed twice. */
public final class PassphraseDialog {

    private PassphraseDialog() {
    }

    /** The passphrase to try on the encrypted ledger in {@code folder}; empty when the person gave up. */
    public static Optional<char[]> askToOpen(Window owner, Path folder, boolean lastWasWrong) {
        PasswordField field = field("passphrase");
        Label why = new Label(lastWasWrong ? "That passphrase is wrong. Try again." : "The ledger in " + folder
                + " is protected by a passphrase.");
        why.setWrapText(true);
        if (lastWasWrong) {
            why.setStyle("-fx-text-fill: -color-danger-fg;");
        }
        Dialog<char[]> dialog = dialog(owner, "Open protected ledger", "Enter the ledger's passphrase",
                new VBox(8, why, field));
        dialog.setResultConverter(button -> button == ButtonType.OK ? field.getText().toCharArray() : null);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(field.textProperty().isEmpty());
        return dialog.showAndWait().filter(passphrase -> passphrase.length > 0);
    }

    /**
     * The password of {@code user} on the desk server at {@code address}, asked when PGPASSWORD and ~/.pgpass gave
     * none or the server refused it; empty when the person gave up.
     */
    public static Optional<String> askForServerPassword(Window owner, String address, String user,
                                                        boolean lastWasWrong) {
        PasswordField field = field("password");
        Label why = new Label(lastWasWrong ? "The server refused that password for " + user + ". Try again."
                : "The desk ledger on " + address + " needs the password of " + user + ".");
        why.setWrapText(true);
        if (lastWasWrong) {
            why.setStyle("-fx-text-fill: -color-danger-fg;");
        }
        Dialog<char[]> dialog = dialog(owner, "Open desk ledger", "Enter your password for the desk server",
                new VBox(8, why, field));
        dialog.setResultConverter(button -> button == ButtonType.OK ? field.getText().toCharArray() : null);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(field.textProperty().isEmpty());
        return dialog.showAndWait().filter(typed -> typed.length > 0).map(String::new);
    }

    /** A new passphrase, typed twice and at least eight characters long; empty when cancelled. */
    public static Optional<char[]> askForNew(Window owner) {
        return askForNew(owner, "Choose a passphrase for this ledger", "Anyone who opens the ledger or its backups "
                + "will need this passphrase. There is no way to recover the data if it is lost.");
    }

    /** A new passphrase for a case file about to be exported; empty when cancelled. */
    public static Optional<char[]> askForNewCase(Window owner) {
        return askForNew(owner, "Choose a passphrase for the case file", "The reviewer who imports the case will "
                + "need this passphrase; tell it to them another way than the file. It is not the ledger's.");
    }

    /** The passphrase of the protected case file {@code file}; empty when the person gave up. */
    public static Optional<char[]> askForCase(Window owner, Path file, boolean lastWasWrong) {
        PasswordField field = field("passphrase");
        Label why = new Label(lastWasWrong ? "That passphrase is wrong. Try again." : "The case file "
                + file.getFileName() + " is protected by a passphrase.");
        why.setWrapText(true);
        Dialog<char[]> dialog = dialog(owner, "Import protected case", "Enter the case file's passphrase",
                new VBox(8, why, field));
        dialog.setResultConverter(button -> button == ButtonType.OK ? field.getText().toCharArray() : null);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(field.textProperty().isEmpty());
        return dialog.showAndWait().filter(passphrase -> passphrase.length > 0);
    }

    private static Optional<char[]> askForNew(Window owner, String header, String hintText) {
        PasswordField first = field("newPassphrase");
        PasswordField second = field("repeatPassphrase");
        Label hint = new Label(hintText);
        hint.setWrapText(true);
        Dialog<char[]> dialog = dialog(owner, "Protect with passphrase", header,
                new VBox(8, hint, new Label("Passphrase (8 characters or more)"), first, new Label("Again"), second));
        dialog.setResultConverter(button -> button == ButtonType.OK ? first.getText().toCharArray() : null);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(first.textProperty().length()
                .lessThan(8).or(first.textProperty().isNotEqualTo(second.textProperty())));
        return dialog.showAndWait();
    }

    private static PasswordField field(String id) {
        PasswordField field = new PasswordField();
        field.setId(id);
        return field;
    }

    private static Dialog<char[]> dialog(Window owner, String title, String header, VBox content) {
        Dialog<char[]> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        content.setPrefWidth(440);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        content.getChildren().stream().filter(PasswordField.class::isInstance).findFirst()
                .ifPresent(field -> Platform.runLater(field::requestFocus));
        return dialog;
    }
}
