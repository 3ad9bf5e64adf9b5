package claimdesk.ui.queue;

import claimdesk.model.ClaimStatus;
import claimdesk.model.QueueFilter;
import claimdesk.model.QueuedClaim;
import claimdesk.model.Verdict;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The Queue tab: the desk's claims across articles, filters above. Enter or a double-click opens a claim in the
 * reader and the Ledger tab; "Assign to…" (context menu, Ctrl+Shift+A) hands it to someone.
 */
public final class QueueView extends VBox {

    static final KeyCombination ASSIGN = new KeyCodeCombination(KeyCode.A, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM")
            .withZone(ZoneId.systemDefault());
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm")
            .withZone(ZoneId.systemDefault());

    private final QueueViewModel viewModel;
    private final TableView<QueuedClaim> table = new TableView<>();

    public QueueView(QueueViewModel viewModel) {
        this.viewModel = viewModel;
        table.setItems(viewModel.rows());
        table.setId("queueTable");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setPlaceholder(new Label("No claims match these filters."));
        // Two lines a row, so the claim and its article stay readable in the narrow right-hand pane.
        table.getColumns().add(twoLines("Claim / article", 230, QueuedClaim::quote, QueuedClaim::headline));
        table.getColumns().add(twoLines("Status / verdict", 118, row -> row.status().label(), row -> row.verdict().label()));
        table.getColumns().add(twoLines("Assignee / tags", 114, row -> row.assignee() == null ? "" : row.assignee(),
                row -> String.join(", ", row.tags())));
        table.getColumns().add(twoLines("Saved", 54, row -> DAY.format(row.updatedAt()),
                row -> TIME.format(row.updatedAt())));
        bindSelection();
        table.setRowFactory(view -> {
            TableRow<QueuedClaim> row = new TableRow<>();
            row.setOnMouseClicked(event -> {
                if (event.getClickCount() == 2 && !row.isEmpty()) {
                    viewModel.openSelected();
                }
            });
            return row;
        });
        table.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                viewModel.openSelected();
                event.consume();
            }
        });
        // A filter, not a handler: the table's own keys (Shortcut+A selects all) would take the event first.
        table.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (ASSIGN.match(event)) {
                event.consume();
                askAssignee();
            }
        });
        table.setContextMenu(contextMenu());

        Label count = new Label();
        count.setId("queueCount");
        count.textProperty().bind(viewModel.summaryProperty());
        VBox.setVgrow(table, Priority.ALWAYS);
        setSpacing(6);
        setPadding(new Insets(8));
        getChildren().addAll(filters(), count, table);
    }

    /** The filter controls, wrapping onto a second line in a narrow pane. */
    private FlowPane filters() {
        ComboBox<ClaimStatus> status = anyOf("queueStatusFilter", "Any status", List.of(ClaimStatus.values()),
                viewModel.statusProperty());
        ComboBox<Verdict> verdict = anyOf("queueVerdictFilter", "Any verdict", List.of(Verdict.values()),
                viewModel.verdictProperty());
        ComboBox<String> assignee = new ComboBox<>();
        assignee.setId("queueAssigneeFilter");
        assignee.setEditable(true);
        assignee.setPromptText("Anyone");
        assignee.setPrefWidth(120);
        assignee.getEditor().textProperty().bindBidirectional(viewModel.assigneeProperty());
        Runnable fillNames = () -> {
            List<String> names = new ArrayList<>(List.of(QueueFilter.UNASSIGNED));
            names.addAll(viewModel.assignees());
            assignee.getItems().setAll(names);
        };
        fillNames.run();
        viewModel.assignees().addListener((ListChangeListener<String>) change -> fillNames.run());
        TextField tag = new TextField();
        tag.setId("queueTagFilter");
        tag.setPromptText("Tag");
        tag.setPrefColumnCount(7);
        tag.textProperty().bindBidirectional(viewModel.tagProperty());
        List<ArticleChoice> articles = new ArrayList<>(viewModel.articles());
        ComboBox<ArticleChoice> article = anyOf("queueArticleFilter", "Any article", articles,
                viewModel.articleProperty());
        article.setPrefWidth(170);
        viewModel.articles().addListener((ListChangeListener<ArticleChoice>) change -> {
            ArticleChoice chosen = viewModel.articleProperty().get();
            List<ArticleChoice> items = new ArrayList<>();
            items.add(null);
            items.addAll(viewModel.articles());
            article.getItems().setAll(items);
            article.setValue(chosen != null && items.contains(chosen) ? chosen : null);
        });
        Button clear = new Button("Clear");
        clear.setId("queueClearFilters");
        clear.setOnAction(event -> {
            status.setValue(null);
            verdict.setValue(null);
            assignee.getEditor().setText("");
            tag.setText("");
            article.setValue(null);
        });
        FlowPane bar = new FlowPane(6, 6, status, verdict, assignee, tag, article, clear);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    /** A box of {@code values} with a first entry, null, that shows {@code anyLabel} and does not narrow. */
    private static <T> ComboBox<T> anyOf(String id, String anyLabel, List<T> values, ObjectProperty<T> target) {
        ComboBox<T> box = new ComboBox<>();
        box.setId(id);
        box.setPromptText(anyLabel);
        List<T> items = new ArrayList<>();
        items.add(null);
        items.addAll(values);
        box.getItems().setAll(items);
        Function<T, String> label = value -> value == null ? anyLabel : value.toString();
        box.setCellFactory(list -> new LabelCell<>(label));
        box.setButtonCell(new LabelCell<>(label));
        box.setValue(target.get());
        box.valueProperty().addListener((obs, old, value) -> target.set(value));
        target.addListener((obs, old, value) -> box.setValue(value));
        return box;
    }

    private void bindSelection() {
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            // Reloading the list clears the table's selection for a moment; the view model keeps the claim.
            if (row != null || !table.getItems().contains(viewModel.selectedProperty().get())) {
                viewModel.selectedProperty().set(row);
            }
        });
        viewModel.selectedProperty().addListener((obs, old, row) -> {
            if (row != null && row != table.getSelectionModel().getSelectedItem()) {
                table.getSelectionModel().select(row);
            }
        });
    }

    private ContextMenu contextMenu() {
        MenuItem open = new MenuItem("Open claim");
        open.setOnAction(event -> viewModel.openSelected());
        MenuItem assign = new MenuItem("Assign to\u2026");
        assign.setId("queueAssign");
        assign.setAccelerator(ASSIGN);
        assign.setOnAction(event -> askAssignee());
        MenuItem unassign = new MenuItem("Unassign");
        unassign.setOnAction(event -> viewModel.assignSelected(null));
        for (MenuItem item : List.of(open, assign, unassign)) {
            item.disableProperty().bind(viewModel.selectedProperty().isNull());
        }
        return new ContextMenu(open, assign, unassign);
    }

    private void askAssignee() {
        QueuedClaim row = viewModel.selectedProperty().get();
        if (row != null) {
            AssignDialog.ask(getScene().getWindow(), viewModel.assignees(), row.assignee())
                    .ifPresent(viewModel::assignSelected);
        }
    }

    /** A column whose cells show {@code top} over {@code bottom}, the second line smaller and grey. */
    private static TableColumn<QueuedClaim, QueuedClaim> twoLines(String name, double width,
                                                                  Function<QueuedClaim, String> top,
                                                                  Function<QueuedClaim, String> bottom) {
        TableColumn<QueuedClaim, QueuedClaim> column = new TableColumn<>(name);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        column.setCellFactory(view -> new TwoLineCell(top, bottom));
        return column;
    }

    private static final class LabelCell<T> extends ListCell<T> {

        private final Function<T, String> label;

        LabelCell(Function<T, String> label) {
            this.label = label;
        }

        @Override
        protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : label.apply(item));
        }
    }
}
