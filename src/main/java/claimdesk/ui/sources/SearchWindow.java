package claimdesk.ui.sources;

import claimdesk.model.SearchHit;
import claimdesk.ui.EscapeCloses;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Find in the ledger (Edit > Find, Ctrl+F): a query field and the results; Enter or a double-click opens one. */
public final class SearchWindow {

    private final SearchViewModel viewModel;
    private final Window owner;
    private Stage stage;
    private TextField field;

    public SearchWindow(SearchViewModel viewModel, Window owner) {
        this.viewModel = viewModel;
        this.owner = owner;
    }

    public void show() {
        if (stage == null) {
            stage = build();
        }
        stage.show();
        stage.toFront();
        field.requestFocus();
        field.selectAll();
    }

    private Stage build() {
        field = new TextField();
        field.setId("searchField");
        field.setPromptText("Find in articles, claims, notes, sources and files");
        field.textProperty().bindBidirectional(viewModel.queryProperty());
        field.setOnAction(event -> viewModel.search());
        Label summary = new Label();
        summary.setId("searchSummary");
        summary.textProperty().bind(viewModel.summaryProperty());
        ListView<SearchHit> results = new ListView<>(viewModel.hits());
        results.setId("searchResults");
        results.setPlaceholder(new Label("Type and press Enter."));
        results.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(SearchHit hit, boolean empty) {
                super.updateItem(hit, empty);
                if (empty || hit == null) {
                    setGraphic(null);
                    return;
                }
                String[] lines = SearchViewModel.describe(hit).split("\n", 2);
                Label where = new Label(lines[0]);
                where.getStyleClass().add("search-hit-title");
                Label snippet = new Label(lines.length > 1 ? lines[1] : "");
                snippet.setWrapText(true);
                snippet.setMaxWidth(500);
                setGraphic(new VBox(2, where, snippet));
            }
        });
        results.setOnMouseClicked(event -> {
            if (event.getClickCount() == 2) {
                openSelected(results);
            }
        });
        results.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                openSelected(results);
            }
        });
        viewModel.currentProperty().addListener((obs, old, index) -> {
            if (index.intValue() >= 0 && index.intValue() < results.getItems().size()) {
                results.getSelectionModel().select(index.intValue());
                results.scrollTo(index.intValue());
            }
        });
        VBox root = new VBox(6, field, summary, results);
        VBox.setVgrow(results, Priority.ALWAYS);
        root.setPadding(new Insets(8));
        Stage window = new Stage();
        window.initOwner(owner);
        window.setTitle("Find in the ledger");
        window.setScene(new Scene(root, 560, 480));
        window.getScene().addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.F3) {
                event.consume();
                if (event.isShiftDown()) {
                    previous();
                } else {
                    next();
                }
            }
        });
        return EscapeCloses.install(window);
    }

    private void openSelected(ListView<SearchHit> results) {
        int index = results.getSelectionModel().getSelectedIndex();
        if (index >= 0) {
            viewModel.openAt(index);
        }
    }

    /** F3: the next result, from the main window too. */
    public void next() {
        viewModel.next();
    }

    /** Shift+F3: the previous result. */
    public void previous() {
        viewModel.previous();
    }
}
