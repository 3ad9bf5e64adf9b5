package claimdesk.analysis.figures;

import claimdesk.analysis.lexicon.EventLexicon;
import java.util.Set;

/**
 * Reads what a figure counts: the noun phrase right after the number ("75,000 undocumented Afghan migrants have
 * left" gives "undocumented Afghan migrants"), or after "of" ("84% of the respondents" gives "the respondents";
 * a determiner is kept only there, because "of the" picks a known group). The phrase ends at a preposition,
 * auxiliary, conjunction, reporting verb, event verb, adverb or punctuation, and is at most six words.
 */
final class SubjectFinder {

    private static final int MAX_WORDS = 6;
    private static final Set<String> COMPARATIVES = Set.of("more", "other", "additional", "further", "fewer");
    private static final Set<String> LEVEL_VERBS = Set.of("reached", "rose", "risen", "stood", "totalled",
            "totaled", "climbed", "increased", "exceeded", "topped", "surpassed", "jumped", "grew", "numbered",
            "peaked");
    private static final Set<String> TIME_WORDS = Set.of("year", "month", "week", "day", "morning", "evening",
            "summer", "winter", "spring", "autumn", "time", "weekend", "quarter");
    /** "The toll later climbed to 73": adverbs of time between the noun and its level verb. */
    private static final Set<String> TIME_ADVERBS = Set.of("later", "earlier", "since", "now", "then", "already",
            "again", "soon", "also", "still", "meanwhile", "subsequently");
    private static final Set<String> LOCATIVES = Set.of("from", "in", "at", "through", "via");
    /** "The figure rose to": a noun that names the number itself says nothing about what is counted. */
    private static final Set<String> LEVEL_NOUNS = Set.of("number", "figure", "total", "tally", "toll", "count");

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
        if (Words.DETERMINERS.contains(t.lower(k)) && TIME_WORDS.contains(t.lower(k + 1))) {
            // "1.2 million this year": the phrase after the number is a period, not what is counted.
            return new Result(null, null, i);
        }
        if (t.isWord(k) && Words.DETERMINERS.contains(t.lower(k)) && !t.isCapitalised(k)) {
            k++;
            if (!afterOf) {
                from = k;
            }
        }
        if (!afterOf && COMPARATIVES.contains(t.lower(k))) {
            // "Two more U.S. citizens": "more" says how the count relates to an earlier one, not what it counts.
            k++;
            from = k;
        }
        int abbreviation = abbreviationEnd(t, k);
        if (abbreviation > k && !afterOf) {
            // "U.S." is tokenised letter by letter; as a modifier it must not end the phrase at its first dot.
            k = abbreviation;
            from = k;
        }
        int words = 0;
        while (words < MAX_WORDS && !isVerbAfterPlural(t, k, words) && (isNounPhraseWord(t, k)
                || isPluralNoun(t, k, words) || (words == 0 && isModifyingParticiple(t, k)))) {
            k++;
            words++;
        }
        if (k == from) {
            return new Result(null, null, i);
        }
        return new Result(new TokenRange(from, k), null, k);
    }

    /**
     * What a level verb before the number measures: "Deportations reached 12,000" (an event noun), "the number of
     * Afghan returnees rose to 1.2 million" (a subject). {@code k} is the last token before the figure.
     */
    static Result level(Tokens t, int k) {
        while (k >= 0 && t.isWord(k) && Words.QUALIFIERS.contains(t.lower(k))) {
            k--;
        }
        if (!LEVEL_VERBS.contains(t.lower(k))) {
            return null;
        }
        k--;
        while (k >= 0 && (Words.AUX.contains(t.lower(k)) || EventFinder.isAdverb(t, k)
                || TIME_ADVERBS.contains(t.lower(k)))) {
            k--;
        }
        int end = k + 1;
        while (k >= 0 && end - k <= MAX_WORDS && isNounPhraseWord(t, k)) {
            k--;
        }
        TokenRange place = PlaceFinder.named(t, k + 1);
        if (k >= 0 && LOCATIVES.contains(t.lower(k)) && place != null && place.to() == end) {
            // "Returns from Iran peaked at 40,000": what peaked stands before the place.
            end = k;
            k--;
            while (k >= 0 && end - k <= MAX_WORDS && isNounPhraseWord(t, k)) {
                k--;
            }
        }
        int from = k + 1;
        if (from < end && t.lower(end - 1).equals("toll")) {
            // "The death toll rose to 73": a toll counts the dead, so it is the figure's event.
            int first = t.lower(end - 2).equals("death") && end - 2 >= from ? end - 2 : end - 1;
            return new Result(null, new TokenRange(first, end), end);
        }
        if (from == end || LEVEL_NOUNS.contains(t.lower(end - 1))) {
            return null;
        }
        return end - from == 1 && EventLexicon.isNoun(t.lower(from))
                ? new Result(null, new TokenRange(from, end), end)
                : new Result(new TokenRange(from, end), null, end);
    }

    /** The token after a dotted abbreviation ("U.S.", "U.N.") starting at {@code k}, else {@code k}. */
    static int abbreviationEnd(Tokens t, int k) {
        int j = k;
        while (t.isWord(j) && t.end(j) - t.start(j) == 1 && t.isCapitalised(j) && t.isPunct(j + 1, ".")) {
            j += 2;
        }
        return j - k >= 4 ? j : k;
    }

    /**
     * "The 28 member states": after a noun of the phrase, a reporting verb's -s form is a plural noun, since a
     * count of more than one never takes "states" or "reports" as its verb.
     */
    private static boolean isPluralNoun(Tokens t, int k, int words) {
        String w = t.lower(k);
        return words > 0 && t.isWord(k) && Words.REPORTING.contains(w) && w.endsWith("s") && !w.equals("says");
    }

    /**
     * "More than 20 Jonesboro ministers urged music fans": after a plural noun of the phrase, an "-ed" word is its
     * verb, not a modifier of the next noun.
     */
    private static boolean isVerbAfterPlural(Tokens t, int k, int words) {
        String w = t.lower(k);
        String prev = t.lower(k - 1);
        return words > 0 && w.endsWith("ed") && w.length() > 4 && !t.isCapitalised(k) && prev.endsWith("s")
                && !prev.endsWith("ss") && t.isWord(k - 1);
    }

    /** "1.4 million registered refugees": a known event participle used as an adjective before a common noun. */
    private static boolean isModifyingParticiple(Tokens t, int k) {
        String w = t.lower(k);
        return EventLexicon.isVerb(w) && w.endsWith("ed") && !t.isCapitalised(k + 1) && isNounPhraseWord(t, k + 1);
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
