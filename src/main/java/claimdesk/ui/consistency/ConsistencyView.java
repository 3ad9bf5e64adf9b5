package claimdesk.ui.consistency;

import claimdesk.model.LedgerFinding;
import java.util.function.LongConsumer;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * The Consistency tab: findings (open first, grouped by measure) above the selected finding's figures side by
 * side, with its measure, Confirm, Dismiss…, Reopen, and Merge measure… and Split figure… for when the machine
 * grouped figures into measures wrongly.
 */
public final class ConsistencyView extends SplitPane {

    private final ConsistencyViewModel viewModel;
    private final LongConsumer openArticle;
    private final VBox detail = new VBox(8);

    public ConsistencyView(ConsistencyViewModel viewModel, LongConsumer openArticle) {
        this.viewModel = viewModel;
        this.openArticle = openArticle;
        Button check = new Button("Check now");
        check.setId("checkButton");
        check.setOnAction(event -> viewModel.check());
        Label summary = new Label();
        summary.textProperty().bind(viewModel.summaryProperty());
        CheckBox settled = new CheckBox("Show ruled and resolved");
        settled.selectedProperty().bindBidirectional(viewModel.showSettledProperty());
        settled.selectedProperty().addListener((obs, old, now) -> viewModel.reload());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, check, summary, spacer, settled);

        ListView<LedgerFinding> list = new ListView<>(viewModel.findings());
        list.setId("findingsList");
        list.setCellFactory(view -> new FindingCell());
        list.setPlaceholder(new Label("No findings. Press Check now after importing articles."));
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, finding) -> {
            if (finding != null) {
                viewModel.selectedProperty().set(finding);
            }
        });
        viewModel.selectedProperty().addListener((obs, old, finding) -> showDetail(finding));
        VBox top = new VBox(6, bar, list);
        VBox.setVgrow(list, Priority.ALWAYS);
        top.setPadding(new Insets(8));

        detail.setPadding(new Insets(8));
        ScrollPane scroll = new ScrollPane(detail);
        scroll.setFitToWidth(true);
        setOrientation(Orientation.VERTICAL);
        getItems().addAll(top, scroll);
        setDividerPositions(0.5);
        showDetail(null);
    }

    private void showDetail(LedgerFinding finding) {
        detail.getChildren().clear();
        if (finding == null) {
            detail.getChildren().add(new Label("Select a finding to see its figures side by side."));
            return;
        }
        Label message = new Label(finding.message());
        message.setId("findingMessage");
        message.setWrapText(true);
        message.getStyleClass().add("finding-message");
        detail.getChildren().add(message);
        detail.getChildren().add(new Label(state(finding)));
        String measure = ConsistencyViewModel.measureLabel(finding);
        if (!measure.isEmpty()) {
            Label measureLabel = new Label("Measure: " + measure);
            measureLabel.setId("findingMeasure");
            detail.getChildren().add(measureLabel);
        }
        HBox cards = new HBox(8);
        for (ConsistencyViewModel.RefView ref : viewModel.refViews(finding)) {
            cards.getChildren().add(card(ref));
        }
        ScrollPane side = new ScrollPane(cards);
        side.setFitToHeight(true);
        side.setPrefViewportHeight(170);
        Button confirm = new Button("Confirm");
        confirm.setId("confirmFinding");
        confirm.setOnAction(event -> viewModel.confirmSelected());
        Button dismiss = new Button("Dismiss\u2026");
        dismiss.setId("dismissFinding");
        dismiss.setOnAction(event -> viewModel.dismissSelected());
        Button reopen = new Button("Reopen");
        reopen.setOnAction(event -> viewModel.reopenSelected());
        reopen.setDisable(finding.ruling() == claimdesk.model.FindingRuling.OPEN);
        // Merge and split correct the machine's grouping; they apply only to findings about a measure.
        Button merge = new Button("Merge measure\u2026");
        merge.setId("mergeMeasure");
        merge.setOnAction(event -> viewModel.mergeSelected());
        Button split = new Button("Split figure\u2026");
        split.setId("splitFigure");
        split.setOnAction(event -> viewModel.splitSelected());
        merge.setDisable(measure.isEmpty());
        split.setDisable(measure.isEmpty());
        detail.getChildren().addAll(side, new HBox(8, confirm, dismiss, reopen, merge, split));
    }

    private VBox card(ConsistencyViewModel.RefView ref) {
        Text figure = new Text(ref.figure());
        figure.getStyleClass().add("finding-figure");
        TextFlow excerpt = new TextFlow(new Text(ref.before()), figure, new Text(ref.after()));
        excerpt.setPrefWidth(230);
        Hyperlink open = new Hyperlink(ref.headline());
        open.setWrapText(true);
        open.setOnAction(event -> openArticle.accept(ref.ref().articleId()));
        Label details = new Label(ref.details());
        details.getStyleClass().add("article-details");
        VBox card = new VBox(4, open, details, excerpt);
        card.getStyleClass().add("finding-card");
        card.setPrefWidth(250);
        card.setPadding(new Insets(6));
        return card;
    }

    private static String state(LedgerFinding finding) {
        String ruling = switch (finding.ruling()) {
            case OPEN -> "Open";
            case CONFIRMED -> "Confirmed";
            case DISMISSED -> "Dismissed: " + finding.reason();
        };
        return finding.kind() + " \u00b7 " + ruling + (finding.resolved() ? " \u00b7 resolved (no longer found)" : "");
    }

    private static final class FindingCell extends ListCell<LedgerFinding> {
        @Override
        protected void updateItem(LedgerFinding finding, boolean empty) {
            super.updateItem(finding, empty);
            getStyleClass().removeAll("finding-settled");
            if (empty || finding == null) {
                setText(null);
                return;
            }
            setText("[" + finding.kind() + "] " + finding.message());
            setWrapText(true);
            setPrefWidth(0);
            if (!finding.isOpen()) {
                getStyleClass().add("finding-settled");
            }
        }
    }
}
