package claimdesk.analysis.figures;

import java.util.Set;

/**
 * Sentence and paragraph limits around an offset, found by scanning characters only. A paragraph is a line
 * (the seed articles put one paragraph per line); a sentence ends at '.', '!' or '?' followed by space, a line end
 * or a capital letter glued to a lower-case word ("crisis.Iranian", which happens where feeds join articles).
 * Scans stop after {@link #MAX_SCAN} characters so that a text without punctuation stays linear.
 *
 * <p>A side of a sentence longer than that is cut at fixed points, every {@link #PIECE} characters of the text
 * (moved to the next space, so no word is split). All figures between two cuts then share one "sentence" and its
 * tokens; with a window around each figure instead, every figure of a 10 MB line without full stops tokenised
 * 3,000 characters of its own and extraction ran at 0.2 MB/s.
 */
final class SentenceBounds {

    static final int MAX_SCAN = 1500;

    /** Distance between the cuts of an over-long sentence; below {@link #MAX_SCAN}, so a scan always meets one. */
    static final int PIECE = 1000;

    /** How far a cut may move forward to reach a space. */
    private static final int CUT_SLACK = 40;

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
        int s = i >= limit ? i + 1 : limit == 0 ? 0 : cutAtOrBefore(text, pos);
        while (s < pos && (Character.isWhitespace(text.charAt(s)) || isCloser(text.charAt(s)))) {
            s++;
        }
        return s;
    }

    /** Offset just past the sentence holding {@code pos}, its stop and closing quotes included. */
    static int end(String text, int pos) {
        int limit = Math.min(text.length(), pos + MAX_SCAN);
        int from = Math.max(pos, 0);
        for (int i = from; i < limit; i++) {
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
        return limit == text.length() ? limit : cutAfter(text, from);
    }

    /** The last cut at or before {@code pos} (0 before the first). */
    private static int cutAtOrBefore(String text, int pos) {
        int m = pos / PIECE;
        int cut = cut(text, m);
        return cut <= pos ? cut : cut(text, m - 1);
    }

    /** The first cut after {@code pos}. */
    private static int cutAfter(String text, int pos) {
        int m = pos / PIECE;
        int cut = cut(text, m);
        return cut > pos ? cut : cut(text, m + 1);
    }

    /** Cut number {@code m}: offset {@code m * PIECE}, moved just past the next space if one is near. */
    private static int cut(String text, int m) {
        if (m <= 0) {
            return 0;
        }
        int at = Math.min(text.length(), m * PIECE);
        int end = Math.min(text.length(), at + CUT_SLACK);
        for (int i = at; i < end; i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i + 1;
            }
        }
        return at;
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
