package claimdesk.analysis.figures;

import java.util.Set;

/**
 * Sentence and paragraph limits around an offset, found by scanning characters only. A paragraph is a line
 * (the seed articles put one paragraph per line); a sentence ends at '.', '!' or '?' followed by space, a line end
 * or a capital letter glued to a lower-case word ("crisis.Iranian", which happens where feeds join articles).
 * Scans stop after {@link #MAX_SCAN} characters so that a text without punctuation stays linear.
 */
final class SentenceBounds {

    static final int MAX_SCAN = 1500;

    private static final Set<String> ABBREVIATIONS = Set.of("Mr", "Mrs", "Ms", "Dr", "St", "No", "vs");

    private SentenceBounds() {
    }

    /** First character of the sentence holding {@code pos} (leading spaces and closing quotes skipped). */
    static int start(String text, int pos) {
        int limit = Math.max(0, pos - MAX_SCAN);
        int i = Math.min(pos, text.length()) - 1;
        for (; i >= limit; i--) {
            char c = text.charAt(i);
            if (c == '\n' || (isStop(c) && isBoundary(text, i))) {
                break;
            }
        }
        int s = Math.max(i + 1, limit);
        while (s < pos && (Character.isWhitespace(text.charAt(s)) || isCloser(text.charAt(s)))) {
            s++;
        }
        return s;
    }

    /** Offset just past the sentence holding {@code pos}, its stop and closing quotes included. */
    static int end(String text, int pos) {
        int limit = Math.min(text.length(), pos + MAX_SCAN);
        for (int i = Math.max(pos, 0); i < limit; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                return i;
            }
            if (isStop(c) && isBoundary(text, i)) {
                int e = i + 1;
                while (e < text.length() && isCloser(text.charAt(e))) {
                    e++;
                }
                return e;
            }
        }
        return limit;
    }

    /** Start of the sentence before the one starting at {@code sentenceStart}; -1 at the start of a line. */
    static int previousStart(String text, int sentenceStart) {
        int p = Math.min(sentenceStart, text.length()) - 1;
        while (p >= 0 && text.charAt(p) != '\n'
                && (Character.isWhitespace(text.charAt(p)) || isCloser(text.charAt(p)))) {
            p--;
        }
        return p < 0 || text.charAt(p) == '\n' ? -1 : start(text, p);
    }

    private static boolean isStop(char c) {
        return c == '.' || c == '!' || c == '?';
    }

    private static boolean isCloser(char c) {
        return c == '”' || c == '"' || c == '’' || c == '\'' || c == ')';
    }

    private static boolean isBoundary(String text, int i) {
        int j = i + 1;
        while (j < text.length() && isCloser(text.charAt(j))) {
            j++;
        }
        if (j >= text.length()) {
            return true;
        }
        char next = text.charAt(j);
        char prev = i > 0 ? text.charAt(i - 1) : ' ';
        if (Character.isWhitespace(next)) {
            // "U.S. officials", "Mr. Khan": a single capital or a short title before the dot is no sentence end.
            return !isAbbreviation(text, i);
        }
        return Character.isUpperCase(next) && Character.isLowerCase(prev);
    }

    private static boolean isAbbreviation(String text, int dot) {
        int k = dot;
        while (k > 0 && Character.isLetter(text.charAt(k - 1))) {
            k--;
        }
        int length = dot - k;
        if (length == 1) {
            return Character.isUpperCase(text.charAt(k));
        }
        // Only short words can be titles, so the substring is rarely built.
        return length > 1 && length <= 3 && ABBREVIATIONS.contains(text.substring(k, dot));
    }
}
