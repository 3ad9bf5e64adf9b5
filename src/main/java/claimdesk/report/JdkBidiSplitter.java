package claimdesk.report;

import com.openhtmltopdf.bidi.BidiSplitter;
import com.openhtmltopdf.bidi.BidiSplitterFactory;
import com.openhtmltopdf.bidi.BidiTextRun;
import java.text.Bidi;

/**
 * Splits a paragraph into runs of one direction for openhtmltopdf, in visual order, using the JDK's own Unicode
 * bidi algorithm. openhtmltopdf's ICU-based splitter would need icu4j (14 MB) and an rtl-support module that is not
 * published for our openhtmltopdf version; the JDK's {@link Bidi} does the same job here. Not thread-safe: the
 * factory makes one per layout.
 */
final class JdkBidiSplitter implements BidiSplitter {

    private int[] starts = new int[0];
    private int[] limits = new int[0];
    private byte[] directions = new byte[0];

    /** The factory openhtmltopdf asks for a fresh splitter. */
    static final class Factory implements BidiSplitterFactory {
        @Override
        public BidiSplitter createBidiSplitter() {
            return new JdkBidiSplitter();
        }
    }

    @Override
    public void setParagraph(String paragraph, byte defaultDirection) {
        int flags = switch (defaultDirection) {
            case RTL -> Bidi.DIRECTION_RIGHT_TO_LEFT;
            case LTR -> Bidi.DIRECTION_LEFT_TO_RIGHT;
            default -> Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT;
        };
        Bidi bidi = new Bidi(paragraph, flags);
        int count = bidi.getRunCount();
        Integer[] runs = new Integer[count];
        byte[] levels = new byte[count];
        for (int i = 0; i < count; i++) {
            runs[i] = i;
            levels[i] = (byte) bidi.getRunLevel(i);
        }
        if (count > 1) {
            Bidi.reorderVisually(levels, 0, runs, 0, count);
        }
        starts = new int[count];
        limits = new int[count];
        directions = new byte[count];
        for (int i = 0; i < count; i++) {
            int logical = runs[i];
            starts[i] = bidi.getRunStart(logical);
            limits[i] = bidi.getRunLimit(logical);
            directions[i] = (bidi.getRunLevel(logical) & 1) == 1 ? RTL : LTR;
        }
    }

    @Override
    public int countTextRuns() {
        return starts.length;
    }

    @Override
    public BidiTextRun getVisualRun(int index) {
        return new BidiTextRun(starts[index], limits[index] - starts[index], directions[index]);
    }

    /** The direction of the first strong letter, or NEUTRAL when there is none (digits, punctuation). */
    @Override
    public byte getBaseDirection(String text) {
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            switch (Character.getDirectionality(codePoint)) {
                case Character.DIRECTIONALITY_LEFT_TO_RIGHT:
                    return LTR;
                case Character.DIRECTIONALITY_RIGHT_TO_LEFT, Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC:
                    return RTL;
                default:
                    i += Character.charCount(codePoint);
            }
        }
        return NEUTRAL;
    }
}
