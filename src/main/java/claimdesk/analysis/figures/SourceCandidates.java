package claimdesk.analysis.figures;

import java.util.Arrays;

/**
 * The attribution phrases of one sentence for {@link SourcePhrases#inSentence}, read once and kept: every figure
 * of a sentence scanned the same "according to" phrases and looked every word up among the reporting verbs.
 * Not thread-safe; one extraction call keeps one per sentence ({@link SentenceCache}).
 */
final class SourceCandidates {

    private static final byte UNREAD = 0;
    private static final byte NONE = 1;
    private static final byte FOUND = 2;

    private final Tokens tokens;
    /** Token indexes of "according to" with a phrase after it, ascending, and those phrases. */
    private final int[] accordingAt;
    private final TokenRange[] according;
    private final byte[] reportedState;
    private final TokenRange[] reported;

    SourceCandidates(Tokens tokens) {
        this.tokens = tokens;
        int[] at = new int[4];
        TokenRange[] phrases = new TokenRange[4];
        int n = 0;
        for (int k = 0; k + 1 < tokens.size(); k++) {
            TokenRange r = SourcePhrases.accordingTo(tokens, k);
            if (r != null) {
                if (n == at.length) {
                    at = Arrays.copyOf(at, 2 * n);
                    phrases = Arrays.copyOf(phrases, 2 * n);
                }
                at[n] = k;
                phrases[n++] = r;
            }
        }
        accordingAt = Arrays.copyOf(at, n);
        according = Arrays.copyOf(phrases, n);
        reportedState = new byte[tokens.size()];
        reported = new TokenRange[tokens.size()];
    }

    Tokens tokens() {
        return tokens;
    }

    /** The phrase of the last "according to" before token {@code fig}, else of the first one; null if none. */
    TokenRange according(int fig) {
        TokenRange chosen = null;
        for (int j = 0; j < according.length; j++) {
            if (chosen == null || accordingAt[j] < fig) {
                chosen = according[j];
            }
        }
        return chosen;
    }

    /** The source around the reporting verb at token {@code k}, or null if {@code k} is none or names none. */
    TokenRange reportedAt(int k) {
        if (reportedState[k] == UNREAD) {
            reported[k] = SourcePhrases.reportedAt(tokens, k);
            reportedState[k] = reported[k] == null ? NONE : FOUND;
        }
        return reported[k];
    }
}
