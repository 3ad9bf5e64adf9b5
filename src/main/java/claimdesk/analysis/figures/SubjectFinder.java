package claimdesk.analysis.figures;

/**
 * Reads what a figure counts: the noun phrase right after the number ("75,000 undocumented Afghan migrants have
 * left" gives "undocumented Afghan migrants"), or after "of" ("84% of the respondents" gives "the respondents";
 * a determiner is kept only there, because "of the" picks a known group). The phrase ends at a preposition,
 * auxiliary, conjunction, reporting verb, event verb, adverb or punctuation, and is at most six words.
 */
final class SubjectFinder {

    private static final int MAX_WORDS = 6;

    /**
     * What follows a number: {@code subject} (null when no noun follows, as in "13746 crossed"), {@code eventNoun}
     * when the number counts events ("527 deportations"), and {@code next}, the first token after both.
     */
    record Result(TokenRange subject, TokenRange eventNoun, int next) {
    }

    private SubjectFinder() {
    }

    /** Reads the phrase starting at token {@code i}, the first token after the figure. */
    static Result find(Tokens t, int i) {
        // The figure's span may stop before its scale word ("2.6" + "million") or before "of" in "tens of thousands".
        while (Words.SCALE.contains(t.lower(i)) || (t.lower(i).equals("of") && Words.SCALE.contains(t.lower(i + 1)))) {
            i++;
        }
        boolean afterOf = t.lower(i).equals("of");
        int from = afterOf ? i + 1 : i;
        int k = from;
        if (EventLexicon.isNoun(t.lower(k)) && !afterOf) {
            return new Result(null, new TokenRange(k, k + 1), k + 1);
        }
        if (t.isWord(k) && Words.DETERMINERS.contains(t.lower(k)) && !t.isCapitalised(k)) {
            k++;
            if (!afterOf) {
                from = k;
            }
        }
        int words = 0;
        while (words < MAX_WORDS && isNounPhraseWord(t, k)) {
            k++;
            words++;
        }
        if (k == from) {
            return new Result(null, null, i);
        }
        return new Result(new TokenRange(from, k), null, k);
    }

    static boolean isNounPhraseWord(Tokens t, int k) {
        if (!t.isWord(k)) {
            return false;
        }
        String w = t.lower(k);
        if (Words.NP_STOP.contains(w) || Words.DETERMINERS.contains(w) || EventLexicon.isVerb(w)) {
            return false;
        }
        if (t.isCapitalised(k)) {
            return !Words.MONTHS.contains(w) && !Words.WEEKDAYS.contains(w);
        }
        if (w.endsWith("ly") || w.endsWith("ing")) {
            return false;
        }
        // An unknown participle is a modifier only when a noun follows: "undocumented Afghan migrants" but not
        // "2.6 million people expelled"; the lexicon already stops the known event verbs.
        return !w.endsWith("ed") || isNounPhraseWord(t, k + 1);
    }
}
