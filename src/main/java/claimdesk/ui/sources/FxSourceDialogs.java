package claimdesk.ui.sources;

import claimdesk.model.ClaimRef;
import claimdesk.model.Source;
import claimdesk.model.Stance;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.geometry.Pos;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The real source dialogs, owned by the main window. */
public final class FxSourceDialogs implements SourceDialogs {

    private final Window owner;

    public FxSourceDialogs(Window owner) {
        this.owner = owner;
    }

    @Override
    public Optional<SourceForm> editSource(String title, SourceForm initial, List<Source> library) {
        return new SourceDialog().show(owner, title, initial, library);
    }

    @Override
    public List<Path> chooseEvidenceFiles() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Attach evidence files");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Evidence (PDF, web pages, text, images)", "*.pdf", "*.html", "*.htm",
                        "*.txt", "*.md", "*.png", "*.jpg", "*.jpeg", "*.gif", "*.webp"),
                new FileChooser.ExtensionFilter("All files", "*"));
        List<File> files = chooser.showOpenMultipleDialog(owner);
        return files == null ? List.of() : files.stream().map(File::toPath).toList();
    }

    @Override
    public Optional<ClaimChoice> chooseClaim(String passage, List<ClaimRef> claims) {
        ListView<ClaimRef> list = new ListView<>();
        list.setId("claimChoices");
        list.getItems().setAll(claims);
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(ClaimRef claim, boolean empty) {
                super.updateItem(claim, empty);
                if (empty || claim == null) {
                    setGraphic(null);
                    return;
                }
                Label quote = new Label("\u201c" + SourcesViewModel.abbreviate(claim.quote()) + "\u201d");
                Label article = new Label("in " + claim.articleHeadline());
                article.getStyleClass().add("article-details");
                setGraphic(new VBox(2, quote, article));
            }
        });
        list.getSelectionModel().selectFirst();
        list.setPrefSize(560, 260);
        ComboBox<Stance> stance = new ComboBox<>();
        stance.setId("claimChoiceStance");
        stance.getItems().setAll(Stance.values());
        stance.setValue(Stance.CONTRADICTS);
        Label quoted = new Label("Passage: \u201c" + SourcesViewModel.abbreviate(passage) + "\u201d");
        quoted.setWrapText(true);

        Dialog<ClaimChoice> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Use selection as source");
        dialog.setHeaderText("Which claim is this passage evidence for?");
        HBox stanceRow = new HBox(8, new Label("The passage"), stance, new Label("this claim."));
        stanceRow.setAlignment(Pos.CENTER_LEFT);
        dialog.getDialogPane().setContent(new VBox(8, quoted, list, stanceRow));
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty()
                .bind(list.getSelectionModel().selectedItemProperty().isNull());
        dialog.setResultConverter(button -> button != ButtonType.OK ? null
                : new ClaimChoice(list.getSelectionModel().getSelectedItem(), stance.getValue()));
        return dialog.showAndWait();
    }
}
