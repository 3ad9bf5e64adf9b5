package claimdesk.ui.sources;

import claimdesk.model.Attachment;
import claimdesk.model.Evidence;
import java.io.File;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.MouseButton;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The selected claim's sources with their stance and quote, and the files of the selected source. Files dropped on a
 * source are attached to it (to the selected source when dropped below the rows). Double-clicking a source edits
 * it, or for a passage of an article, opens the article there.
 */
public final class SourcesView extends VBox {

    private final SourcesViewModel viewModel;
    private final ListView<Evidence> list = new ListView<>();
    private final ListView<Attachment> files = new ListView<>();

    public SourcesView(SourcesViewModel viewModel, AttachmentsViewModel attachments) {
        this.viewModel = viewModel;
        list.setId("sourcesList");
        list.setItems(viewModel.evidence());
        list.setPlaceholder(new Label("No sources yet. Add one, then attach its files or drop them on it."));
        list.setCellFactory(view -> new EvidenceCell());
        list.setPrefHeight(180);
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, chosen) -> {
            if (chosen != null && !chosen.equals(viewModel.selectedProperty().get())) {
                viewModel.selectedProperty().set(chosen);
            }
        });
        viewModel.selectedProperty().addListener((obs, old, chosen) -> showSelected(chosen));
        list.setOnMouseClicked(event -> {
            Evidence chosen = viewModel.selectedProperty().get();
            if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2 && chosen != null
                    && !viewModel.openPassage(chosen)) {
                viewModel.editSelected();
            }
        });
        list.setOnDragOver(event -> {
            if (event.getDragboard().hasFiles() && viewModel.claim() != null) {
                event.acceptTransferModes(TransferMode.COPY);
            }
            event.consume();
        });
        list.setOnDragDropped(event -> {
            List<File> dropped = event.getDragboard().hasFiles() ? event.getDragboard().getFiles() : List.of();
            Evidence target = evidenceAt(event.getPickResult().getIntersectedNode());
            attachments.attach(target != null ? target : viewModel.selectedProperty().get(),
                    dropped.stream().map(File::toPath).toList());
            event.setDropCompleted(!dropped.isEmpty());
            event.consume();
        });

        files.setId("attachmentList");
        files.setPlaceholder(new Label("No files attached to this source."));
        files.setPrefHeight(90);
        files.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(Attachment file, boolean empty) {
                super.updateItem(file, empty);
                setText(empty || file == null ? null : file.originalName() + "  \u00b7  " + describe(file));
            }
        });
        files.setOnMouseClicked(event -> {
            Attachment file = files.getSelectionModel().getSelectedItem();
            if (event.getClickCount() == 2 && file != null) {
                attachments.open(file);
            }
        });

        BooleanBinding noClaim = viewModel.claimSelectedProperty().not();
        BooleanBinding noSource = viewModel.selectedProperty().isNull();
        BooleanBinding noPassage = Bindings.createBooleanBinding(() -> viewModel.selectedProperty().get() == null
                || viewModel.selectedProperty().get().link().passage() == null, viewModel.selectedProperty());
        BooleanBinding noFile = files.getSelectionModel().selectedItemProperty().isNull();
        Label title = new Label("Sources");
        title.getStyleClass().add("pane-title");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox sourceBar = new HBox(6, title, spacer,
                button("addSourceButton", "Add\u2026", viewModel::addSource, noClaim),
                button("editSourceButton", "Edit\u2026", viewModel::editSelected, noSource),
                button("removeSourceButton", "Remove", viewModel::removeSelected, noSource),
                button("deleteSourceButton", "Delete\u2026", viewModel::deleteSelectedSource, noSource));
        sourceBar.setAlignment(Pos.CENTER_LEFT);
        FlowPane fileBar = new FlowPane(6, 4,
                button("attachFileButton", "Attach file\u2026", attachments::chooseAndAttach, noSource),
                button("openAttachmentButton", "Open", () -> attachments.open(selectedFile()), noFile),
                button("readAttachmentButton", "Read text", () -> attachments.readText(selectedFile()), noFile),
                button("detachButton", "Remove file\u2026", () -> attachments.detach(selectedFile()), noFile),
                button("openPassageButton", "Go to passage", () -> viewModel.openPassage(
                        viewModel.selectedProperty().get()), noPassage));
        setSpacing(6);
        setPadding(new Insets(8));
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(sourceBar, list, fileBar, files);
        viewModel.evidence().addListener((javafx.collections.ListChangeListener<Evidence>) change ->
                showSelected(viewModel.selectedProperty().get()));
    }

    /** The source whose row is at (or holds) {@code node}, so a file lands on the source it was dropped on. */
    private static Evidence evidenceAt(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (at instanceof EvidenceCell && !((EvidenceCell) at).isEmpty()) {
                return ((EvidenceCell) at).getItem();
            }
        }
        return null;
    }

    private Attachment selectedFile() {
        return files.getSelectionModel().getSelectedItem();
    }

    private void showSelected(Evidence chosen) {
        if (chosen == null) {
            list.getSelectionModel().clearSelection();
            files.getItems().clear();
            return;
        }
        list.getSelectionModel().select(chosen);
        files.getItems().setAll(chosen.attachments());
    }

    private static Button button(String id, String text, Runnable action, BooleanBinding disabled) {
        Button button = new Button(text);
        button.setId(id);
        button.setOnAction(event -> action.run());
        button.disableProperty().bind(disabled);
        return button;
    }

    static String describe(Attachment file) {
        String size = file.size() < 1024 ? file.size() + " B" : file.size() < 1024 * 1024
                ? (file.size() / 1024) + " KB" : String.format(Locale.ROOT, "%.1f MB", file.size() / 1048576.0);
        return file.mediaType() + ", " + size + (file.hasText() ? ", text extracted" : "");
    }

    /** One citation: stance, title, publisher and file count on the first line, the quote below. */
    private static final class EvidenceCell extends ListCell<Evidence> {
        @Override
        protected void updateItem(Evidence evidence, boolean empty) {
            super.updateItem(evidence, empty);
            if (empty || evidence == null) {
                setText(null);
                return;
            }
            StringBuilder text = new StringBuilder();
            text.append(evidence.link().stance().symbol()).append(' ').append(evidence.link().stance().label())
                    .append(" \u00b7 ").append(evidence.source().title());
            if (evidence.source().publisher() != null) {
                text.append(" \u2014 ").append(evidence.source().publisher());
            }
            int files = evidence.attachments().size();
            if (files > 0) {
                text.append(" \u00b7 ").append(files).append(files == 1 ? " file" : " files");
            }
            if (!evidence.link().quote().isEmpty()) {
                text.append("\n   \u201c").append(SourcesViewModel.abbreviate(evidence.link().quote())).append('\u201d');
            }
            if (evidence.link().passage() != null) {
                text.append("\n   \u2192 passage of an article in the library (double-click to open)");
            }
            setText(text.toString());
        }
    }
}
