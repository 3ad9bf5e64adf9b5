package claimdesk.ui.library;

import claimdesk.model.ArticleSummary;
import java.io.File;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The article library: a filter field over a list of articles; files dropped on it are imported. */
public final class LibraryView extends VBox {

    private final ListView<ArticleSummary> list = new ListView<>();

    public LibraryView(LibraryViewModel viewModel) {
        TextField filter = new TextField();
        filter.setId("libraryFilter");
        filter.setPromptText("Filter articles");
        filter.textProperty().bindBidirectional(viewModel.filterTextProperty());

        list.setId("libraryList");
        list.setItems(viewModel.shownArticles());
        list.setCellFactory(view -> new ArticleCell(viewModel));
        viewModel.openFindings().addListener((javafx.collections.MapChangeListener<Long, Integer>) change ->
                list.refresh());
        list.setPlaceholder(new Label("No articles. Import some with File \u203a Import (Ctrl+O)\nor drop files here."));
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, summary) -> {
            if (summary != null && (old == null || old.id() != summary.id())) {
                viewModel.open(summary.id());
            }
        });
        list.setOnDragOver(event -> {
            if (event.getDragboard().hasFiles()) {
                event.acceptTransferModes(TransferMode.COPY);
            }
            event.consume();
        });
        list.setOnDragDropped(event -> {
            List<File> files = event.getDragboard().getFiles();
            event.setDropCompleted(files != null && !files.isEmpty());
            if (files != null && !files.isEmpty()) {
                viewModel.importFiles(files.stream().map(File::toPath).toList());
            }
            event.consume();
        });

        Label title = new Label("Library");
        title.getStyleClass().add("pane-title");
        VBox.setVgrow(list, Priority.ALWAYS);
        setSpacing(6);
        setPadding(new Insets(8));
        getChildren().addAll(title, filter, list);
    }

    /** Selects the article with this id in the list, if shown. */
    public void select(long articleId) {
        list.getItems().stream().filter(a -> a.id() == articleId).findFirst()
                .ifPresent(a -> list.getSelectionModel().select(a));
    }

    private ListView<ArticleSummary> list() {
        return list;
    }

    private final class ArticleCell extends ListCell<ArticleSummary> {
        private final Label headline = new Label();
        private final Label details = new Label();
        private final Label findings = new Label();
        private final VBox box = new VBox(2, headline, details, findings);
        private final LibraryViewModel viewModel;

        ArticleCell(LibraryViewModel viewModel) {
            this.viewModel = viewModel;
            findings.getStyleClass().add("article-findings");
            headline.getStyleClass().add("article-headline");
            headline.setWrapText(true);
            headline.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            details.getStyleClass().add("article-details");
            // A cell that asks for no width lets the list's width decide, so long headlines wrap instead of clipping.
            setPrefWidth(0);
            headline.maxWidthProperty().bind(list().widthProperty().subtract(32));
        }

        @Override
        protected void updateItem(ArticleSummary summary, boolean empty) {
            super.updateItem(summary, empty);
            if (empty || summary == null) {
                setGraphic(null);
                return;
            }
            headline.setText(summary.headline());
            // Unknown outlet and date are left out: the line must fit a narrow library.
            java.util.List<String> parts = new java.util.ArrayList<>();
            if (summary.outlet() != null) {
                parts.add(summary.outlet());
            }
            if (summary.publishedOn() != null) {
                parts.add(summary.publishedOn().toString());
            }
            parts.add(summary.claimCount() + (summary.claimCount() == 1 ? " claim" : " claims"));
            details.setText(String.join(" \u00b7 ", parts));
            int open = viewModel.openFindings().getOrDefault(summary.id(), 0);
            findings.setText(open == 0 ? "" : open + (open == 1 ? " open finding" : " open findings"));
            findings.setManaged(open > 0);
            findings.setVisible(open > 0);
            setGraphic(box);
        }
    }
}
