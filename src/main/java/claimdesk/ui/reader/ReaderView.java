package claimdesk.ui.reader;

import claimdesk.model.Claim;
import claimdesk.ui.ledger.LedgerViewModel;
import java.util.Collection;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.NodeOrientation;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.IndexRange;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * The article reader: headline and details above the read-only text, with every claim's span highlighted.
 * Selecting text and pressing Ctrl+T (or the context menu) tags it; clicking a highlight selects its claim.
 */
public final class ReaderView extends VBox {

    private final ReaderViewModel viewModel;
    private final LedgerViewModel ledger;
    private final StyleClassedTextArea area = new StyleClassedTextArea();

    public ReaderView(ReaderViewModel viewModel, LedgerViewModel ledger, Runnable editDetails) {
        this.viewModel = viewModel;
        this.ledger = ledger;

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
            }
        });

        viewModel.textProperty().addListener((obs, old, text) -> {
            area.replaceText(text);
            area.moveTo(0);
            area.showParagraphAtTop(0);
            highlight();
        });
        viewModel.rightToLeftProperty().addListener((obs, old, rtl) -> {
            area.getStyleClass().remove("rtl");
            if (rtl) {
                area.getStyleClass().add("rtl");
            }
        });
        ledger.claims().addListener((ListChangeListener<Claim>) change -> highlight());
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

    /** Tags the selected text as a claim. */
    public void tagSelection() {
        IndexRange selection = area.getSelection();
        ledger.tagClaim(selection.getStart(), selection.getEnd());
    }

    /** Scrolls to the claim's span and selects it. */
    private void reveal(Claim claim) {
        int end = Math.min(claim.quote().end(), area.getLength());
        int start = Math.min(claim.quote().start(), end);
        area.selectRange(start, end);
        area.requestFollowCaret();
    }

    /** Repaints claim highlights: every claim, the selected one stronger. Nested claims share the inner span. */
    private void highlight() {
        int length = area.getLength();
        if (length == 0) {
            return;
        }
        String[] classes = new String[length];
        Claim selected = ledger.selectedClaimProperty().get();
        for (Claim claim : ledger.claims()) {
            mark(classes, claim, "claim");
        }
        if (selected != null) {
            mark(classes, selected, "claim-selected");
        }
        area.setStyleSpans(0, spans(classes));
    }

    private static void mark(String[] classes, Claim claim, String styleClass) {
        int end = Math.min(claim.quote().end(), classes.length);
        for (int i = Math.max(0, claim.quote().start()); i < end; i++) {
            classes[i] = styleClass;
        }
    }

    private static StyleSpans<Collection<String>> spans(String[] classes) {
        StyleSpansBuilder<Collection<String>> builder = new StyleSpansBuilder<>();
        int runStart = 0;
        for (int i = 1; i <= classes.length; i++) {
            if (i == classes.length || !java.util.Objects.equals(classes[i], classes[runStart])) {
                builder.add(classes[runStart] == null ? List.of() : List.of(classes[runStart]), i - runStart);
                runStart = i;
            }
        }
        return builder.create();
    }

    public StyleClassedTextArea textArea() {
        return area;
    }
}
