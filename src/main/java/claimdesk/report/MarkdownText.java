package claimdesk.report;

/**
 * Escapes user text for CommonMark (and the GitHub/GitLab dialects wikis use). Inline text loses its line breaks;
 * characters that start emphasis, links, HTML, tables, strikethrough, entities or math are backslash-escaped, as are
 * the marks that would turn the start of a line into a heading, list, quote or rule. Text with right-to-left letters
 * is wrapped in Unicode isolates (FSI..PDI), the plain-text counterpart of HTML's {@code dir="auto"}, so a Dari
 * quote does not reorder the Latin text around it.
 */
final class MarkdownText {

    private static final String ALWAYS = "\\`*_[]<>|~&#$";
    private static final char FSI = '\u2068';
    private static final char PDI = '\u2069';

    private MarkdownText() {
    }

    /** One line of inline text: breaks become spaces. */
    static String inline(String text) {
        if (text == null) {
            return "";
        }
        return isolate(escapeLine(text.replaceAll("\\s+", " ").strip(), false));
    }

    /** Several lines, each escaped; a backslash at a line's end keeps the reviewer's line breaks. */
    static String block(String text) {
        String[] lines = text.strip().split("\\R", -1);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            out.append(isolate(escapeLine(line, true)));
            boolean nextHasText = i + 1 < lines.length && !lines[i + 1].isBlank();
            if (!line.isEmpty() && nextHasText) {
                out.append('\\');
            }
            if (i + 1 < lines.length) {
                out.append('\n');
            }
        }
        return out.toString();
    }

    /** {@code lineStart}: the text begins a line, where "- ", "1. " or "> " would start a block. */
    static String escapeLine(String line, boolean lineStart) {
        StringBuilder out = new StringBuilder(line.length() + 8);
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (ALWAYS.indexOf(c) >= 0 || lineStart && i == 0 && "-+=>".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        // "1. " or "1) " at the start of a line would begin a numbered list.
        return lineStart ? out.toString().replaceFirst("^(\\d+)([.)])", "$1\\\\$2") : out.toString();
    }

    private static String isolate(String text) {
        return hasRightToLeft(text) ? FSI + text + PDI : text;
    }

    static boolean hasRightToLeft(String text) {
        return text.codePoints().anyMatch(cp -> {
            byte d = Character.getDirectionality(cp);
            return d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
        });
    }
}
