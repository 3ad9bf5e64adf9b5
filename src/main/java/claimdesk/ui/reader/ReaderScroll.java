package claimdesk.ui.reader;

import javafx.application.Platform;
import org.fxmisc.richtext.GenericStyledArea;
import org.fxmisc.richtext.model.TwoDimensional.Bias;

/**
 * Brings a span of the reader into the middle of the view, with lines above and below it to read it in context;
 * following the caret would leave it on the bottom edge.
 */
public final class ReaderScroll {

    private ReaderScroll() {
    }

    /** Selects [{@code start}, {@code end}) and centres its paragraph, now and once more after the next layout. */
    public static void selectAndCentre(GenericStyledArea<?, ?, ?> area, int start, int end) {
        int to = Math.min(end, area.getLength());
        int from = Math.min(start, to);
        area.selectRange(from, to);
        centre(area, from);
        // A text that was just replaced is laid out on the next pulse; centring again then lands on the right line.
        Platform.runLater(() -> centre(area, from));
    }

    private static void centre(GenericStyledArea<?, ?, ?> area, int offset) {
        if (offset > area.getLength()) {
            return;
        }
        area.showParagraphAtCenter(area.offsetToPosition(offset, Bias.Forward).getMajor());
    }
}
