package claimdesk.analysis.figures;

import claimdesk.analysis.lexicon.EventLexicon;
import java.util.Set;

/**
 * Finds the event verb of a figure: after its subject, past auxiliaries and adverbs ("26320 Afghan migrants were
 * deported", "have so far been relocated"), else before the number in active voice ("Pakistan deported 286,631",
 * "have unlawfully expelled more than 2.6 million"). "sought repatriation" is read as one event.
 */
final class EventFinder {

    private static final int MAX_GAP = 6;
    /** Words that open an aside between a subject and its verb: "3,500 Afghans, including 1,200 children, were". */
    private static final Set<String> ASIDES = Set.of("including", "among", "mostly", "mainly", "many", "most",
            "some", "of", "such");
    private static final Set<String> RELATIVES = Set.of("who", "that", "which");
    private static final Set<String> RATE_UNITS = Set.of("day", "week", "month", "year", "hour");
    private static final Set<String> RATE_WORDS = Set.of("a", "per", "each", "every");

    private EventFinder() {
    }

    /**
     * The event at or after token {@code k} (the end of the subject), or null. Through a relative pronoun ("people
     * who left Iran") only if {@code throughRelative}: the caller tries an active verb before the number first.
     */
    static TokenRange after(Tokens t, int k, boolean throughRelative) {
        k = skipAside(t, k);
        for (int n = 0; n < MAX_GAP && k < t.size(); n++, k++) {
            String w = t.lower(k);
            if (RATE_WORDS.contains(w) && RATE_UNITS.contains(t.lower(k + 1))) {
                k++;
                continue;
            }
            if (EventLexicon.isVerb(w)) {
                return new TokenRange(k, k + 1);
            }
            if (EventLexicon.LIGHT_VERBS.contains(w) && EventLexicon.isNoun(t.lower(k + 1))) {
                return new TokenRange(k, k + 2);
            }
            if (!Words.AUX.contains(w) && !isAdverb(t, k) && !(throughRelative && RELATIVES.contains(w))) {
                return null;
            }
        }
        return null;
    }

    /** The token after an aside set off by commas, or after a comma before an auxiliary; else {@code k}. */
    private static int skipAside(Tokens t, int k) {
        if (!t.isPunct(k, ",")) {
            return k;
        }
        if (ASIDES.contains(t.lower(k + 1))) {
            for (int j = k + 2; j < Math.min(t.size(), k + 12); j++) {
                if (t.isPunct(j, ",")) {
                    return j + 1;
                }
            }
            return k;
        }
        // The figure sits inside the aside: "including 1,200 children, were deported".
        return Words.AUX.contains(t.lower(k + 1)) ? k + 1 : k;
    }

    /**
     * The event before the number, ending at or before token {@code k} (the last token before the figure): an
     * active verb ("Pakistan deported 286,631") or an event noun with "of" ("the killings of 14"); else null.
     */
    static TokenRange before(Tokens t, int k) {
        for (int n = 0; n < MAX_GAP + 2 && k >= 0; n++, k--) {
            String w = t.lower(k);
            if (EventLexicon.isVerb(w)) {
                return new TokenRange(k, k + 1);
            }
            if (w.equals("of") && EventLexicon.isNoun(t.lower(k - 1))) {
                // "the killings of 14 former members", "the deportation of more than 2,000 Afghans"
                return new TokenRange(k - 1, k);
            }
            if (!t.isWord(k) || !(Words.QUALIFIERS.contains(w) || Words.AUX.contains(w) || isAdverb(t, k))) {
                return null;
            }
        }
        return null;
    }

    /**
     * The governing verb of the figure's clause when the lexicon found no event (see {@link ClauseVerbs}): the verb
     * after its noun phrase ({@code next}, the first token after it) when only auxiliaries stand between, else the
     * verb that governs it from the left ({@code before}, the last token before the figure; a {@code count}
     * takes no verb across a preposition). For display only: the
     * consistency check takes no measure from an event the lexicon does not know.
     */
    static TokenRange general(Tokens t, int before, int next, boolean count) {
        TokenRange after = ClauseVerbs.after(t, next);
        return after != null ? after : ClauseVerbs.before(t, before, count);
    }

    static boolean isAdverb(Tokens t, int k) {
        return t.isWord(k) && !t.isCapitalised(k) && t.lower(k).endsWith("ly");
    }
}
