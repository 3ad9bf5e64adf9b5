package claimdesk.ui.queue;

import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** "Assign to…": a name typed or picked from the desk's names; an empty name unassigns. Empty when cancelled. */
final class AssignDialog {

    private AssignDialog() {
    }

    static Optional<String> ask(Window owner, List<String> names, String current) {
        Dialog<String> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Assign claim");
        dialog.setHeaderText("Who checks this claim? Leave the name empty to unassign it.");
        ComboBox<String> name = new ComboBox<>();
        name.setId("assigneeField");
        name.setEditable(true);
        name.getItems().setAll(names);
        name.setPrefWidth(280);
        name.getEditor().setText(current == null ? "" : current);
        dialog.getDialogPane().setContent(new VBox(6, new Label("Assign to:"), name));
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        // The editor's text, not the value: a typed name that is in no list is committed only on Enter.
        dialog.setResultConverter(button -> button == ButtonType.OK ? name.getEditor().getText() : null);
        Platform.runLater(name.getEditor()::requestFocus);
        return dialog.showAndWait();
    }
}
