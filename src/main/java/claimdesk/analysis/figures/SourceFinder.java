package claimdesk.analysis.figures;

import claimdesk.model.Span;

/**
 * Finds who a figure is attributed to. In the figure's sentence, in this order: "According to X", the subject of
 * the nearest reporting verb before the number ("Bijar said as many as 14,000", "the latest UN figures revealed
 * that"), then a reporting verb after it (", the commission said", "said Smriti Singh"). With none, the previous
 * sentence of the same paragraph is read the same way. A pronoun or "the survey" is resolved to a source named
 * before it in its sentence, else to the last named source earlier in the paragraph; unresolved, it stays as
 * written ("he said" is still who states the figure).
 * Sources are cleaned for grouping: no leading determiner ("UN High Commissioner for Refugees"), no trailing
 * parenthetical acronym, no data noun ("UN figures" gives "UN"), and "a survey by UNHCR" gives "UNHCR".
 */
final class SourceFinder {

    private static final int MAX_SENTENCES_BACK = 6;

    private SourceFinder() {
    }

    /** The source of the figure at {@code [figStart, figEnd)} in sentence {@code t}, or null. */
    static Span find(SentenceCache cache, Tokens t, int sentenceStart, int figStart, int figEnd) {
        TokenRange r = SourcePhrases.inSentence(cache.sources(t), t.firstAtOrAfter(figStart),
                t.firstAtOrAfter(figEnd));
        if (r == null) {
            // Depends on the sentence only, so all its figures share one reading of the sentences before.
            return cache.earlierSource(sentenceStart, start -> inPreviousSentence(cache, start));
        }
        return resolved(cache, t, r, sentenceStart);
    }

    private static Span inPreviousSentence(SentenceCache cache, int sentenceStart) {
        int cursor = SentenceBounds.previousStart(cache.text(), sentenceStart);
        if (cursor < 0) {
            return null;
        }
        Tokens t = cache.tokens(cursor, sentenceStart);
        TokenRange r = SourcePhrases.inSentence(cache.sources(t), t.size(), t.size());
        return r == null ? null : resolved(cache, t, r, cursor);
    }

    /** Source phrase {@code r} of the sentence at {@code cursor}, an anaphor resolved to an earlier name. */
    private static Span resolved(SentenceCache cache, Tokens t, TokenRange r, int cursor) {
        if (!SourcePhrases.isAnaphor(t, r)) {
            return t.span(r.from(), r.to());
        }
        TokenRange here = SourcePhrases.namedBefore(cache.sources(t), r.from());
        if (here != null) {
            // "Rocket Internet said it was on track ... as it reported": the name earlier in the same sentence.
            return t.span(here.from(), here.to());
        }
        Span named = earlierNamed(cache, cursor);
        // An unresolved "he" or "the survey" is still who states the figure, as the sentence says it.
        return named != null ? named : t.span(r.from(), r.to());
    }

    /** The last non-anaphoric source in the sentences of the paragraph before the one at {@code cursor}. */
    private static Span earlierNamed(SentenceCache cache, int cursor) {
        for (int n = 0; n < MAX_SENTENCES_BACK; n++) {
            int start = SentenceBounds.previousStart(cache.text(), cursor);
            if (start < 0 || start >= cursor) {
                return null;
            }
            Tokens t = cache.tokens(start, cursor);
            TokenRange r = SourcePhrases.inSentence(cache.sources(t), t.size(), t.size());
            if (r != null && !SourcePhrases.isAnaphor(t, r)) {
                return t.span(r.from(), r.to());
            }
            cursor = start;
        }
        return null;
    }
}
