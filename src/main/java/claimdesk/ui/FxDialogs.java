package claimdesk.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextArea;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The real dialogs, owned by the main window so they open above it. */
public final class FxDialogs implements Dialogs {

    private final Window owner;

    public FxDialogs(Window owner) {
        this.owner = owner;
    }

    @Override
    public boolean confirm(String title, String message) {
        Alert alert = alert(Alert.AlertType.CONFIRMATION, title, message);
        return alert.showAndWait().filter(ButtonType.OK::equals).isPresent();
    }

    @Override
    public void showError(String title, String message) {
        alert(Alert.AlertType.ERROR, title, message).showAndWait();
    }

    @Override
    public void showInformation(String title, String message) {
        alert(Alert.AlertType.INFORMATION, title, message).showAndWait();
    }

    private Alert alert(Alert.AlertType type, String title, String message) {
        Alert alert = new Alert(type, message);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.getDialogPane().setMinWidth(460);
        return alert;
    }

    @Override
    public List<Path> chooseFilesToImport() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import articles");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Articles (text, Markdown, HTML)", "*.txt", "*.md", "*.markdown",
                        "*.html", "*.htm"),
                new FileChooser.ExtensionFilter("All files", "*"));
        List<File> files = chooser.showOpenMultipleDialog(owner);
        return files == null ? List.of() : files.stream().map(File::toPath).toList();
    }

    @Override
    public Optional<String> askForText(String title, String question) {
        javafx.scene.control.TextInputDialog dialog = new javafx.scene.control.TextInputDialog();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(question);
        dialog.getEditor().setId("askedText");
        dialog.getEditor().setPrefColumnCount(40);
        return dialog.showAndWait().map(String::strip);
    }

    @Override
    public Optional<String> choose(String title, String question, List<String> options) {
        if (options.isEmpty()) {
            return Optional.empty();
        }
        javafx.scene.control.ChoiceDialog<String> dialog = new javafx.scene.control.ChoiceDialog<>(options.get(0),
                options);
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(question);
        return dialog.showAndWait();
    }

    /** No cancel button, so the dialog closes only on a choice: every option keeps what matters to someone. */
    @Override
    public Optional<String> chooseBetween(String title, String message, Side mine, Side theirs,
                                          List<String> options) {
        Dialog<String> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(message);
        javafx.scene.layout.HBox sides = new javafx.scene.layout.HBox(12, side("mineVersion", mine),
                side("theirsVersion", theirs));
        dialog.getDialogPane().setContent(sides);
        for (String option : options) {
            dialog.getDialogPane().getButtonTypes().add(new ButtonType(option, ButtonBar.ButtonData.OTHER));
        }
        dialog.setResultConverter(button -> button == null ? null : button.getText());
        return dialog.showAndWait();
    }

    private static javafx.scene.layout.VBox side(String id, Side side) {
        TextArea text = new TextArea(side.text());
        text.setId(id);
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefSize(320, 260);
        javafx.scene.layout.VBox box = new javafx.scene.layout.VBox(4, new javafx.scene.control.Label(side.heading()),
                text);
        javafx.scene.layout.HBox.setHgrow(box, javafx.scene.layout.Priority.ALWAYS);
        return box;
    }

    @Override
    public Optional<String> askForPastedText() {
        Dialog<String> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Paste article");
        dialog.setHeaderText("Paste the article: its first line becomes the headline.");
        TextArea text = new TextArea();
        text.setId("pasteText");
        text.setWrapText(true);
        text.setPrefSize(640, 420);
        dialog.getDialogPane().setContent(text);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(button -> button == ButtonType.OK ? text.getText() : null);
        return dialog.showAndWait().filter(pasted -> !pasted.isBlank());
    }
}
