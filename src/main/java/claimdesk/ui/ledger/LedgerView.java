package claimdesk.ui.ledger;

import claimdesk.model.Claim;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Predicate;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.transformation.FilteredList;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.HBox;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.geometry.Orientation;

/** The claim ledger of the open article: a table above the detail pane of the selected claim. */
public final class LedgerView extends SplitPane {

    private static final DateTimeFormatter CHANGED =
            DateTimeFormatter.ofPattern("MM-dd HH:mm").withZone(ZoneId.systemDefault());

    private final TableView<Claim> table = new TableView<>();
    private final FilteredList<Claim> shown;
    private final HBox titleRow;
    private final ClaimDetailView detail;
    private boolean syncing;
    /** The claim last scrolled into view; a reload that keeps it selected leaves the scroll where the reviewer put it. */
    private long scrolledTo = -1;

    public LedgerView(LedgerViewModel viewModel) {
        table.setId("ledgerTable");
        shown = new FilteredList<>(viewModel.claims());
        table.setItems(shown);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        Label placeholder = new Label("No claims yet.\nSelect a passage in the article and press Ctrl+T.");
        placeholder.setWrapText(true);
        table.setPlaceholder(placeholder);
        table.getColumns().add(column("Quote", 260, claim -> claim.quote().exact().replaceAll("\\s+", " ")));
        table.getColumns().add(column("Tags", 60, claim -> String.join(", ", claim.tags())));
        // Where a second reviewer is needed, the list never shows the verdict of a claim awaiting its review.
        table.getColumns().add(column("Verdict", 96, claim -> viewModel.verdictShownInList(claim)
                ? claim.verdict().label() : "\u2014"));
        table.getColumns().add(column("Status", 76, claim -> claim.status().label()));
        // Wide enough for "12-03 13:45" and "Mostly true" at 1280x800: the quote column gives way first.
        TableColumn<Claim, String> changed = column("Changed", 100, claim -> CHANGED.format(claim.updatedAt()));
        changed.setMinWidth(100);
        table.getColumns().get(2).setMinWidth(96);
        table.getColumns().add(changed);

        table.getSelectionModel().selectedItemProperty().addListener((obs, old, claim) -> {
            if (!syncing && claim != null && !claim.equals(viewModel.selectedClaimProperty().get())) {
                viewModel.selectedClaimProperty().set(claim);
            }
        });
        viewModel.selectedClaimProperty().addListener((obs, old, claim) -> selectRow(claim));
        table.getItems().addListener((javafx.collections.ListChangeListener<Claim>) change ->
                selectRow(viewModel.selectedClaimProperty().get()));
        table.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.DELETE) {
                viewModel.deleteSelected();
            }
        });

        Label title = new Label("Claim ledger");
        title.getStyleClass().add("pane-title");
        titleRow = new HBox(12, title);
        titleRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox top = new VBox(6, titleRow, table);
        VBox.setVgrow(table, javafx.scene.layout.Priority.ALWAYS);
        top.setPadding(new Insets(8));
        setOrientation(Orientation.VERTICAL);
        detail = new ClaimDetailView(viewModel);
        getItems().addAll(top, detail);
        setDividerPositions(0.45);
    }

    /**
     * Lets another screen add to the ledger without this class knowing it (the sources screen adds its column, its
     * "no source yet" toggle beside the title, that filter, and its pane in a tab beside the claim detail).
     */
    public void extend(TableColumn<Claim, String> column, Node besideTitle, ObservableValue<Predicate<Claim>> filter,
                       Tab pane) {
        table.getColumns().add(table.getColumns().size() - 1, column);
        titleRow.getChildren().add(besideTitle);
        shown.predicateProperty().bind(filter);
        Node detail = getItems().get(1);
        Tab claimTab = new Tab("Claim", detail);
        claimTab.setId("claimTab");
        TabPane lower = new TabPane(claimTab, pane);
        lower.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        getItems().set(1, lower);
        setDividerPositions(0.42);
    }

    /**
     * Adds the second review (issue 13): its button beside the claim's status, shown only when it may be used, and
     * the reviewers' agreement in the title row, where it takes no space until the ledger has a second review.
     */
    public void addSecondReview(SecondReviewViewModel review) {
        javafx.scene.control.Button button = new javafx.scene.control.Button("Second review\u2026");
        button.setId("secondReviewButton");
        button.visibleProperty().bind(review.canReviewProperty());
        button.managedProperty().bind(button.visibleProperty());
        button.setOnAction(event -> review.review());
        detail.addBesideStatus(button);
        detail.hideVerdictWhile(review.verdictHiddenProperty());
        Label agreement = new Label();
        agreement.setId("agreementLabel");
        agreement.textProperty().bind(review.agreementProperty());
        agreement.visibleProperty().bind(review.agreementProperty().isNotEmpty());
        agreement.managedProperty().bind(agreement.visibleProperty());
        titleRow.getChildren().add(agreement);
    }

    private void selectRow(Claim claim) {
        syncing = true;
        try {
            if (claim == null) {
                table.getSelectionModel().clearSelection();
                scrolledTo = -1;
                return;
            }
            for (int i = 0; i < table.getItems().size(); i++) {
                if (table.getItems().get(i).id() == claim.id()) {
                    table.getSelectionModel().select(i);
                    if (claim.id() != scrolledTo) {
                        table.scrollTo(i);
                        scrolledTo = claim.id();
                    }
                    return;
                }
            }
        } finally {
            syncing = false;
        }
    }

    private static TableColumn<Claim, String> column(String name, double width,
                                                     java.util.function.Function<Claim, String> value) {
        TableColumn<Claim, String> column = new TableColumn<>(name);
        column.setPrefWidth(width);
        column.setMinWidth(Math.min(width, 88));
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }
}
