package claimdesk.service;

/**
 * Where the sentence around a span of article text begins and ends, for quoting it. A line break always ends a
 * sentence (our articles hold one paragraph per line); inside a line a sentence ends at {@code . ! ?}, with any
 * closing quotes or brackets, before whitespace, so a decimal point ("40.7") never ends one. "Mr. Dar" does, which
 * only shortens a quote. Scans stop after {@link #REACH} characters, so a line without full stops costs little.
 */
final class Sentences {

    static final int REACH = 600;
    private static final String ENDS = ".!?";
    private static final String CLOSERS = "\"')]\u201d\u2019\u00bb";

    private Sentences() {
    }

    /** The start of the sentence holding the character at {@code pos}. */
    static int start(String text, int pos) {
        int limit = Math.max(0, pos - REACH);
        for (int i = pos; i > limit; i--) {
            char before = text.charAt(i - 1);
            if (before == '\n' || Character.isWhitespace(before) && endsSentenceAt(text, i - 1)) {
                return i;
            }
        }
        return limit;
    }

    /** The end (exclusive) of the sentence holding the character before {@code pos}. */
    static int end(String text, int pos) {
        int limit = Math.min(text.length(), pos + REACH);
        for (int i = pos; i < limit; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                return i;
            }
            if (Character.isWhitespace(c) && i > 0 && endsSentenceAt(text, i)) {
                return i;
            }
        }
        return limit;
    }

    /** Whether the whitespace at {@code space} follows a sentence end (a stop, then perhaps closers). */
    private static boolean endsSentenceAt(String text, int space) {
        int i = space - 1;
        while (i >= 0 && CLOSERS.indexOf(text.charAt(i)) >= 0) {
            i--;
        }
        return i >= 0 && ENDS.indexOf(text.charAt(i)) >= 0;
    }
}
