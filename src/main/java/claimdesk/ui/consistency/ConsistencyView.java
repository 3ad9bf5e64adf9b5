package claimdesk.ui.consistency;

import claimdesk.model.FindingRef;
import claimdesk.model.FindingRuling;
import claimdesk.model.LedgerFinding;
import java.util.Locale;
import java.util.function.LongConsumer;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * The Consistency tab: findings grouped by measure, surest first, filtered by kind and by article, above the
 * selected finding: its message, confidence and relation, why the checker thinks so, its figures side by side
 * (a headline link jumps to the figure), Confirm, Dismiss…, Reopen, and Merge measure… and Split figure… for
 * when the machine grouped figures into measures wrongly. Enter on a finding jumps to its first figure.
 */
public final class ConsistencyView extends SplitPane {

    /** Opens an article in the reader with a span of its text selected. */
    @FunctionalInterface
    public interface FigureOpener {
        void open(long articleId, int start, int end);
    }

    private final ConsistencyViewModel viewModel;
    private final FigureOpener openFigure;
    private final VBox detail = new VBox(8);

    /** A tab whose figure links open the article without selecting the figure. */
    public ConsistencyView(ConsistencyViewModel viewModel, LongConsumer openArticle) {
        this(viewModel, (articleId, start, end) -> openArticle.accept(articleId));
    }

    public ConsistencyView(ConsistencyViewModel viewModel, FigureOpener openFigure) {
        this.viewModel = viewModel;
        this.openFigure = openFigure;
        getStylesheets().add(ConsistencyView.class.getResource("ConsistencyView.css").toExternalForm());
        FindingTable table = new FindingTable(viewModel);
        table.setOnKeyPressed(event -> {
            LedgerFinding finding = viewModel.selectedProperty().get();
            if (event.getCode() == KeyCode.ENTER && finding != null) {
                open(finding.refs().get(0));
                event.consume();
            }
        });
        VBox top = new VBox(6, toolbar(), filters(), table);
        VBox.setVgrow(table, Priority.ALWAYS);
        top.setPadding(new Insets(8));

        viewModel.selectedProperty().addListener((obs, old, finding) -> showDetail(finding));
        detail.setPadding(new Insets(8));
        ScrollPane scroll = new ScrollPane(detail);
        scroll.setFitToWidth(true);
        setOrientation(Orientation.VERTICAL);
        getItems().addAll(top, scroll);
        setDividerPositions(0.52);
        showDetail(null);
    }

    private HBox toolbar() {
        Button check = new Button("Check now");
        check.setId("checkButton");
        check.setOnAction(event -> viewModel.check());
        Label summary = new Label();
        summary.setId("findingsSummary");
        summary.textProperty().bind(viewModel.summaryProperty());
        CheckBox settled = new CheckBox("Show ruled and resolved");
        settled.setId("showSettled");
        settled.selectedProperty().bindBidirectional(viewModel.showSettledProperty());
        settled.selectedProperty().addListener((obs, old, now) -> viewModel.reload());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, check, summary, spacer, settled);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private HBox filters() {
        FindingFilters filters = viewModel.filters();
        ComboBox<FindingChoices.Kind> kind = new ComboBox<>(filters.kinds());
        kind.setId("kindFilter");
        kind.valueProperty().bindBidirectional(filters.kindProperty());
        kind.setTooltip(new Tooltip("Show findings of one kind only"));
        ComboBox<FindingChoices.Article> article = new ComboBox<>(filters.articles());
        article.setId("articleFilter");
        article.valueProperty().bindBidirectional(filters.articleProperty());
        article.setTooltip(new Tooltip("Show findings about one article only"));
        article.setMaxWidth(Double.MAX_VALUE);
        article.setPrefWidth(220);
        HBox.setHgrow(article, Priority.ALWAYS);
        Label kindLabel = new Label("_Kind");
        kindLabel.setMnemonicParsing(true);
        kindLabel.setLabelFor(kind);
        Label articleLabel = new Label("_Article");
        articleLabel.setMnemonicParsing(true);
        articleLabel.setLabelFor(article);
        HBox row = new HBox(8, kindLabel, kind, articleLabel, article);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private void showDetail(LedgerFinding finding) {
        detail.getChildren().clear();
        if (finding == null) {
            detail.getChildren().add(new Label("Select a finding to see why it was found and its figures."));
            return;
        }
        Label message = wrapped(finding.message(), "findingMessage");
        message.getStyleClass().add("finding-message");
        Label explanation = new Label(explanation(finding));
        explanation.setId("findingExplanation");
        Label why = wrapped(finding.why().isBlank() ? "The checker gave no explanation for this finding."
                : finding.why(), "findingWhy");
        why.getStyleClass().add(finding.why().isBlank() ? "finding-no-why" : "finding-why");
        detail.getChildren().addAll(message, explanation, why);
        String measure = ConsistencyViewModel.measureLabel(finding);
        if (!measure.isEmpty()) {
            Label measureLabel = new Label("Measure: " + measure);
            measureLabel.setId("findingMeasure");
            detail.getChildren().add(measureLabel);
        }
        HBox cards = new HBox(8);
        for (RefView ref : viewModel.refViews(finding)) {
            cards.getChildren().add(card(ref));
        }
        ScrollPane side = new ScrollPane(cards);
        side.setFitToHeight(true);
        side.setPrefViewportHeight(170);
        detail.getChildren().addAll(actions(finding, measure.isEmpty()), side);
    }

    private HBox actions(LedgerFinding finding, boolean noMeasure) {
        Button confirm = new Button("Confirm");
        confirm.setId("confirmFinding");
        confirm.setOnAction(event -> viewModel.confirmSelected());
        Button dismiss = new Button("Dismiss\u2026");
        dismiss.setId("dismissFinding");
        dismiss.setOnAction(event -> viewModel.dismissSelected());
        Button reopen = new Button("Reopen");
        reopen.setId("reopenFinding");
        reopen.setOnAction(event -> viewModel.reopenSelected());
        reopen.setDisable(finding.ruling() == FindingRuling.OPEN);
        // Merge and split correct the machine's grouping; they apply only to findings about a measure.
        Button merge = new Button("Merge measure\u2026");
        merge.setId("mergeMeasure");
        merge.setOnAction(event -> viewModel.mergeSelected());
        Button split = new Button("Split figure\u2026");
        split.setId("splitFigure");
        split.setOnAction(event -> viewModel.splitSelected());
        merge.setDisable(noMeasure);
        split.setDisable(noMeasure);
        return new HBox(8, confirm, dismiss, reopen, merge, split);
    }

    private static Label wrapped(String text, String id) {
        Label label = new Label(text);
        label.setId(id);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    /** "Conflict · high confidence · assumed: same quantity · Open". */
    private static String explanation(LedgerFinding finding) {
        String relation = FindingLabels.relation(finding);
        String confidence = FindingLabels.confidence(finding).toLowerCase(Locale.ROOT);
        return FindingLabels.kind(finding.kind()) + " \u00b7 " + confidence + " confidence"
                + (relation.isEmpty() ? "" : " \u00b7 assumed: " + relation) + " \u00b7 " + state(finding);
    }

    private static String state(LedgerFinding finding) {
        String state = FindingLabels.state(finding);
        if (finding.ruling() == FindingRuling.DISMISSED && finding.reason() != null) {
            state += " (" + finding.reason() + ")";
        }
        return finding.resolved() ? state + " (no longer found)" : state;
    }

    private VBox card(RefView ref) {
        Text figure = new Text(ref.figure());
        figure.getStyleClass().add("finding-figure");
        TextFlow excerpt = new TextFlow(new Text(ref.before()), figure, new Text(ref.after()));
        excerpt.setPrefWidth(230);
        Hyperlink open = new Hyperlink(ref.headline());
        open.setWrapText(true);
        open.setTooltip(new Tooltip("Open the article at this figure"));
        open.setOnAction(event -> open(ref.ref()));
        Label details = new Label(ref.details());
        details.getStyleClass().add("article-details");
        VBox card = new VBox(4, open, details, excerpt);
        card.getStyleClass().add("finding-card");
        card.setPrefWidth(250);
        card.setPadding(new Insets(6));
        return card;
    }

    private void open(FindingRef ref) {
        openFigure.open(ref.articleId(), ref.start(), ref.end());
    }
}
