package claimdesk.analysis.figures;

import claimdesk.model.Span;

/**
 * Finds who a figure is attributed to. In the figure's sentence, in this order: "According to X", the subject of
 * the nearest reporting verb before the number ("Bijar said as many as 14,000", "the latest UN figures revealed
 * that"), then a reporting verb after it (", the commission said", "said Smriti Singh"). With none, the previous
 * sentence of the same paragraph is read the same way. A pronoun or "the survey" is resolved to the last named
 * source earlier in the paragraph; an unresolved pronoun gives null, an unresolved "survey" stays as written.
 * Sources are cleaned for grouping: no leading determiner ("UN High Commissioner for Refugees"), no trailing
 * parenthetical acronym, no data noun ("UN figures" gives "UN"), and "a survey by UNHCR" gives "UNHCR".
 */
final class SourceFinder {

    private static final int MAX_SENTENCES_BACK = 6;

    private SourceFinder() {
    }

    /** The source of the figure at {@code [figStart, figEnd)} in sentence {@code t}, or null. */
    static Span find(String text, Tokens t, int sentenceStart, int figStart, int figEnd) {
        TokenRange r = SourcePhrases.inSentence(t, t.firstAtOrAfter(figStart), t.firstAtOrAfter(figEnd));
        int cursor = sentenceStart;
        if (r == null) {
            cursor = SentenceBounds.previousStart(text, sentenceStart);
            if (cursor < 0) {
                return null;
            }
            t = new Tokens(text, cursor, sentenceStart);
            r = SourcePhrases.inSentence(t, t.size(), t.size());
        }
        if (r == null) {
            return null;
        }
        if (!SourcePhrases.isAnaphor(t, r)) {
            return t.span(r.from(), r.to());
        }
        Span named = earlierNamed(text, cursor);
        if (named != null) {
            return named;
        }
        return Words.PRONOUNS.contains(t.lower(r.from())) ? null : t.span(r.from(), r.to());
    }

    /** The last non-anaphoric source in the sentences of the paragraph before the one at {@code cursor}. */
    private static Span earlierNamed(String text, int cursor) {
        for (int n = 0; n < MAX_SENTENCES_BACK; n++) {
            int start = SentenceBounds.previousStart(text, cursor);
            if (start < 0 || start >= cursor) {
                return null;
            }
            Tokens t = new Tokens(text, start, cursor);
            TokenRange r = SourcePhrases.inSentence(t, t.size(), t.size());
            if (r != null && !SourcePhrases.isAnaphor(t, r)) {
                return t.span(r.from(), r.to());
            }
            cursor = start;
        }
        return null;
    }
}
