package claimdesk.analysis.figures;

/**
 * Finds the event verb of a figure: after its subject, past auxiliaries and adverbs ("26320 Afghan migrants were
 * deported", "have so far been relocated"), else before the number in active voice ("Pakistan deported 286,631",
 * "have unlawfully expelled more than 2.6 million"). "sought repatriation" is read as one event.
 */
final class EventFinder {

    private static final int MAX_GAP = 6;

    private EventFinder() {
    }

    /** The event at or after token {@code k} (the end of the subject), or null. */
    static TokenRange after(Tokens t, int k) {
        for (int n = 0; n < MAX_GAP && k < t.size(); n++, k++) {
            String w = t.lower(k);
            if (EventLexicon.isVerb(w)) {
                return new TokenRange(k, k + 1);
            }
            if (EventLexicon.LIGHT_VERBS.contains(w) && EventLexicon.isNoun(t.lower(k + 1))) {
                return new TokenRange(k, k + 2);
            }
            if (!Words.AUX.contains(w) && !isAdverb(t, k)) {
                return null;
            }
        }
        return null;
    }

    /** The active-voice event ending at or before token {@code k} (the last token before the figure), or null. */
    static TokenRange before(Tokens t, int k) {
        for (int n = 0; n < MAX_GAP + 2 && k >= 0; n++, k--) {
            String w = t.lower(k);
            if (EventLexicon.isVerb(w)) {
                return new TokenRange(k, k + 1);
            }
            if (!t.isWord(k) || !(Words.QUALIFIERS.contains(w) || Words.AUX.contains(w) || isAdverb(t, k))) {
                return null;
            }
        }
        return null;
    }

    static boolean isAdverb(Tokens t, int k) {
        return t.isWord(k) && !t.isCapitalised(k) && t.lower(k).endsWith("ly");
    }
}
