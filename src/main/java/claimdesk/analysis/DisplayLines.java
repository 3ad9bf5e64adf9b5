package claimdesk.analysis;

/**
 * Breaks long lines for display by turning chosen spaces into line breaks. The result has exactly the length of
 * the input and differs only at those spaces, so every offset into it is an offset into the original text.
 *
 * <p>Why: JavaFX 21's text layout on Linux places wrapped right-to-left lines wrongly (the start of a paragraph
 * is pushed out of view), while a short right-to-left line renders correctly. The reader therefore shows
 * right-to-left articles unwrapped, with the lines broken here. Pure.
 */
public final class DisplayLines {

    private DisplayLines() {
    }

    /** Breaks every line longer than {@code width} characters at its last space within the width. */
    public static String breakLongLines(String text, int width) {
        if (width < 1) {
            throw new IllegalArgumentException("width must be positive: " + width);
        }
        char[] chars = text.toCharArray();
        int lineStart = 0;
        int lastSpace = -1;
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] == '\n') {
                lineStart = i + 1;
                lastSpace = -1;
            } else {
                if (chars[i] == ' ') {
                    lastSpace = i;
                }
                if (i - lineStart >= width && lastSpace > lineStart) {
                    chars[lastSpace] = '\n';
                    lineStart = lastSpace + 1;
                    lastSpace = -1;
                }
            }
        }
        return new String(chars);
    }
}
