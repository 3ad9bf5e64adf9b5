package claimdesk.ui.safety;

import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Lists the choosable conflicts of an import with a "Keep mine" / "Take theirs" box each; binds only. */
final class CaseConflictsDialog {

    private CaseConflictsDialog() {
    }

    /** Shows the choices and waits; true when the reviewer pressed OK, so the choices should be applied. */
    static boolean show(Window owner, CaseConflictsViewModel viewModel) {
        VBox list = new VBox(10);
        for (int i = 0; i < viewModel.rows().size(); i++) {
            CaseConflictRow row = viewModel.rows().get(i);
            Label description = new Label(row.conflict().description());
            description.setWrapText(true);
            HBox.setHgrow(description, Priority.ALWAYS);
            ChoiceBox<CaseConflictRow.Choice> choice = new ChoiceBox<>();
            choice.getItems().setAll(CaseConflictRow.Choice.values());
            choice.setId("conflictChoice" + i);
            choice.valueProperty().bindBidirectional(row.choiceProperty());
            list.getChildren().add(new HBox(12, description, choice));
        }
        ScrollPane scroll = new ScrollPane(list);
        scroll.setFitToWidth(true);
        scroll.setPrefSize(640, 320);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Import conflicts");
        dialog.setHeaderText("These records were changed both here and in the case. Choose which version to keep.");
        dialog.getDialogPane().setContent(scroll);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        return dialog.showAndWait().filter(button -> button == ButtonType.OK).isPresent();
    }
}
