package claimdesk.ui.reader;

import claimdesk.analysis.DisplayLines;
import claimdesk.analysis.FigureReading;
import claimdesk.model.Claim;
import claimdesk.model.Figure;
import claimdesk.model.LedgerFinding;
import claimdesk.model.SearchHit;
import claimdesk.ui.figures.FiguresViewModel;
import claimdesk.ui.ledger.LedgerViewModel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.IndexRange;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.event.MouseOverTextEvent;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * The article reader: headline and details above the read-only text, with every claim's span highlighted.
 * Selecting text and pressing Ctrl+T (or the context menu) tags it; clicking a highlight selects its claim.
 */
public final class ReaderView extends VBox {

    private final ReaderViewModel viewModel;
    private final LedgerViewModel ledger;
    private final FiguresViewModel figures;
    private final ObservableList<LedgerFinding> findings;
    private final StyleClassedTextArea area = new StyleClassedTextArea();
    private final Tooltip figureTip = new Tooltip();
    private final javafx.animation.PauseTransition relayout =
            new javafx.animation.PauseTransition(javafx.util.Duration.millis(150));

    private List<SearchHit> matches = List.of();

    public ReaderView(ReaderViewModel viewModel, LedgerViewModel ledger, FiguresViewModel figures,
                      ObservableList<LedgerFinding> findings, Runnable editDetails) {
        this.findings = findings;
        this.viewModel = viewModel;
        this.ledger = ledger;
        this.figures = figures;

        Label headline = new Label();
        headline.setId("readerHeadline");
        headline.getStyleClass().add("reader-headline");
        headline.setWrapText(true);
        headline.textProperty().bind(viewModel.headlineProperty());
        Label details = new Label();
        details.setId("readerDetails");
        details.getStyleClass().add("reader-details");
        details.textProperty().bind(viewModel.detailsProperty());
        Button edit = new Button("Edit details\u2026");
        edit.setId("editDetailsButton");
        edit.setOnAction(event -> editDetails.run());
        edit.disableProperty().bind(viewModel.headlineProperty().isEqualTo("No article open"));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox detailsRow = new HBox(8, details, spacer, edit);

        area.setId("readerText");
        area.setEditable(false);
        area.setWrapText(true);
        area.getStyleClass().add("reader-text");
        area.setPadding(new Insets(8, 12, 8, 12));
        MenuItem tag = new MenuItem("Tag as claim");
        tag.setAccelerator(new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN));
        tag.setOnAction(event -> tagSelection());
        area.setContextMenu(new ContextMenu(tag));
        area.setOnMouseClicked(event -> {
            if (area.getSelection().getLength() == 0) {
                Claim claim = ledger.claimAt(area.getCaretPosition());
                if (claim != null) {
                    ledger.selectedClaimProperty().set(claim);
                }
                Figure figure = figures.figureAt(area.getCaretPosition());
                if (figure != null) {
                    figures.selectedFigureProperty().set(figure);
                }
            }
        });
        // Hovering a figure shows its normalised reading.
        area.setMouseOverTextDelay(Duration.ofMillis(350));
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_BEGIN, event -> {
            Figure figure = figures.figureAt(event.getCharacterIndex());
            if (figure != null) {
                figureTip.setText(FigureReading.describe(figure));
                figureTip.show(area, event.getScreenPosition().getX() + 8, event.getScreenPosition().getY() + 12);
            }
        });
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_END, event -> figureTip.hide());

        viewModel.textProperty().addListener((obs, old, text) -> showText());
        relayout.setOnFinished(event -> {
            if (viewModel.rightToLeftProperty().get()) {
                showText();
            }
        });
        area.widthProperty().addListener((obs, old, width) -> relayout.playFromStart());
        viewModel.rightToLeftProperty().addListener((obs, old, rtl) -> {
            area.getStyleClass().remove("rtl");
            // JavaFX 21 misplaces wrapped right-to-left lines; short lines render correctly, so right-to-left
            // text is shown unwrapped with its long lines broken at spaces (same length, same offsets).
            area.setWrapText(!rtl);
            if (rtl) {
                area.getStyleClass().add("rtl");
            }
        });
        ledger.claims().addListener((ListChangeListener<Claim>) change -> highlight());
        figures.figures().addListener((ListChangeListener<Figure>) change -> highlight());
        findings.addListener((ListChangeListener<LedgerFinding>) change -> highlight());
        figures.selectedFigureProperty().addListener((obs, old, figure) -> {
            highlight();
            if (figure != null) {
                ReaderScroll.selectAndCentre(area, figure.start(), figure.start());
            }
        });
        ledger.selectedClaimProperty().addListener((obs, old, claim) -> {
            highlight();
            if (claim != null && (old == null || old.id() != claim.id())) {
                reveal(claim);
            }
        });

        VirtualizedScrollPane<StyleClassedTextArea> scroll = new VirtualizedScrollPane<>(area);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        setSpacing(4);
        setPadding(new Insets(8));
        getChildren().addAll(headline, detailsRow, scroll);
    }

    private void showText() {
        String text = viewModel.textProperty().get();
        if (viewModel.rightToLeftProperty().get() && area.getWidth() > 0) {
            // About 0.55 em per letter for Arabic script at the reader's size; a line that ends short is harmless.
            int width = Math.max(20, (int) ((area.getWidth() - 40) / (15 * 0.55)));
            text = DisplayLines.breakLongLines(text, width);
        }
        if (!text.equals(area.getText())) {
            area.replaceText(text);
            area.moveTo(0);
            area.showParagraphAtTop(0);
        }
        highlight();
    }

    /** Tags the selected text as a claim. */
    public void tagSelection() {
        IndexRange selection = area.getSelection();
        ledger.tagClaim(selection.getStart(), selection.getEnd());
    }

    /** Scrolls to the claim's span and selects it. */
    private void reveal(Claim claim) {
        ReaderScroll.selectAndCentre(area, claim.quote().start(), claim.quote().end());
    }

    private static final int CLAIM = 1;
    private static final int CLAIM_SELECTED = 2;
    private static final int FIGURE = 4;
    private static final int FIGURE_SELECTED = 8;
    private static final int FINDING = 16;
    private static final int MATCH = 32;

    /**
     * Repaints highlights: claims as a background (the selected one stronger), figures as an underline, so a figure
     * inside a claim shows both. Nested claims share the inner span.
     */
    private void highlight() {
        int length = area.getLength();
        if (length == 0) {
            return;
        }
        int[] marks = new int[length];
        for (Claim claim : ledger.claims()) {
            mark(marks, claim.quote().start(), claim.quote().end(), CLAIM);
        }
        Claim selected = ledger.selectedClaimProperty().get();
        if (selected != null) {
            mark(marks, selected.quote().start(), selected.quote().end(), CLAIM_SELECTED);
        }
        for (Figure figure : figures.figures()) {
            mark(marks, figure.start(), figure.end(), FIGURE);
        }
        claimdesk.model.Article open = viewModel.article();
        for (LedgerFinding finding : findings) {
            if (finding.isOpen() && open != null) {
                finding.refs().stream().filter(ref -> ref.articleId() == open.id())
                        .forEach(ref -> mark(marks, ref.start(), ref.end(), FINDING));
            }
        }
        for (SearchHit hit : matches) {
            if (open != null && hit.kind() == SearchHit.Kind.ARTICLE && hit.articleId() == open.id()) {
                mark(marks, hit.start(), hit.end(), MATCH);
            }
        }
        Figure selectedFigure = figures.selectedFigureProperty().get();
        if (selectedFigure != null) {
            mark(marks, selectedFigure.start(), selectedFigure.end(), FIGURE_SELECTED);
        }
        area.setStyleSpans(0, spans(marks));
    }

    private static void mark(int[] marks, int start, int end, int flag) {
        for (int i = Math.max(0, start); i < Math.min(end, marks.length); i++) {
            marks[i] |= flag;
        }
    }

    private static StyleSpans<Collection<String>> spans(int[] marks) {
        StyleSpansBuilder<Collection<String>> builder = new StyleSpansBuilder<>();
        int runStart = 0;
        for (int i = 1; i <= marks.length; i++) {
            if (i == marks.length || marks[i] != marks[runStart]) {
                builder.add(classes(marks[runStart]), i - runStart);
                runStart = i;
            }
        }
        return builder.create();
    }

    private static List<String> classes(int mark) {
        List<String> classes = new ArrayList<>(2);
        if ((mark & CLAIM_SELECTED) != 0) {
            classes.add("claim-selected");
        } else if ((mark & CLAIM) != 0) {
            classes.add("claim");
        }
        if ((mark & FINDING) != 0 && (mark & (CLAIM | CLAIM_SELECTED)) == 0) {
            classes.add("finding");
        }
        if ((mark & MATCH) != 0) {
            classes.add("find-match");
        }
        if ((mark & FIGURE_SELECTED) != 0) {
            classes.add("figure-selected");
        } else if ((mark & FIGURE) != 0) {
            classes.add("figure");
        }
        return classes;
    }

    /** Marks every match of the last Find in the open article, and again whenever the results change. */
    public void showMatches(ObservableList<SearchHit> hits) {
        matches = hits;
        hits.addListener((ListChangeListener<SearchHit>) change -> highlight());
        highlight();
    }

    public StyleClassedTextArea textArea() {
        return area;
    }
}
