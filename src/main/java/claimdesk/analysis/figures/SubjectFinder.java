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
    private static final Set<String> COMPARATIVES = Set.of("more", "other", "additional", "further", "fewer",
            "less");
    private static final Set<String> LEVEL_VERBS = Set.of("reached", "rose", "risen", "stood", "totalled",
            "totaled", "climbed", "increased", "exceeded", "topped", "surpassed", "jumped", "grew", "numbered",
            "peaked", "fell", "fallen", "dropped", "declined", "slipped", "slumped", "plunged", "tumbled", "dipped",
            "eased", "gained", "surged", "soared", "shrank", "decreased", "valued", "priced", "is", "was", "are",
            "were");
    private static final Set<String> TIME_WORDS = Set.of("year", "month", "week", "day", "morning", "evening",
            "summer", "winter", "spring", "autumn", "time", "weekend", "quarter");
    /** "The toll later climbed to 73": adverbs of time between the noun and its level verb. */
    private static final Set<String> TIME_ADVERBS = Set.of("later", "earlier", "since", "now", "then", "already",
            "again", "soon", "also", "still", "meanwhile", "subsequently");
    private static final Set<String> LOCATIVES = Set.of("from", "in", "at", "through", "via");
    /** Prepositions of a setting between a noun and its level verb: "Output in the period grew". */
    /** "the error rate is around 4 percent": a copula states the level only right before the number. */
    private static final Set<String> COPULAS = Set.of("is", "was", "are", "were");
    private static final Set<String> PLURALS = Set.of("people", "children", "men", "women", "police");
    private static final Set<String> SETTINGS = Set.of("in", "during", "over", "for", "at", "on");
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
        while (Words.SCALE.contains(t.lower(i)) && !(t.lower(i).equals("per") && !t.lower(i + 1).equals("cent"))
                || (t.lower(i).equals("of") && Words.SCALE.contains(t.lower(i + 1)))) {
            // "$1.364 per euro": "per" is a scale word only in "per cent".
            i++;
        }
        int conversion = i;
        i = afterConversion(t, i);
        if (isUnitWord(t, i) && !t.isWord(i + 1)) {
            // "12,900 acres (5,200 hectares)", "360 billion yen ($3.2 billion)": the unit is the figure's own, not
            // what it counts ("330 kilometres of border" keeps it: there the unit names the measured length).
            i++;
        }
        boolean afterOf = t.lower(i).equals("of");
        int from = afterOf ? i + 1 : i;
        int k = from;
        if (afterOf && Words.DETERMINERS.contains(t.lower(k)) && t.isCount(k + 1)) {
            // "173 of the 299 votes": the noun after the whole says what the part counts.
            k += 2;
            from = k;
        } else if (afterOf && Words.DETERMINERS.contains(t.lower(k)) && isParticiple(t, k + 1)
                && !EventLexicon.isVerb(t.lower(k + 1))) {
            // "70% of those asked", "half of those surveyed"; "of those returned" keeps "returned" as its event.
            return new Result(new TokenRange(k, k + 2), null, k + 2);
        }
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
        if (k < t.size() && words > 0 && words < MAX_WORDS && EventLexicon.isNoun(t.lower(k))
                && (Words.AUX.contains(t.lower(k + 1)) || !t.isWord(k + 1))) {
            // "£4bn tax cuts are too modest": an event noun that ends the phrase is its head.
            k++;
        }
        if (k == from || t.lower(k).equals("ago")) {
            // "14% four years ago": a time phrase, not what is counted.
            return new Result(null, null, i);
        }
        // Across a conversion the event and the place are still read from right after the figure: the phrase
        // after the noun ("fraud that eventually saw", "prize at the US National Book Awards") is the noun's.
        boolean crossed = conversion < i && t.isPunct(conversion, "()");
        return new Result(new TokenRange(from, k), null, crossed ? conversion : k);
    }

    /**
     * "$11bn (£6bn) accounting fraud", "(£6bn) accounting fraud": past a conversion in parentheses, or past the
     * closing parenthesis of the conversion itself, to the noun both amounts describe. Else {@code i}.
     */
    private static int afterConversion(Tokens t, int i) {
        if (t.isPunct(i, ")") && t.isWord(i + 1)) {
            return i + 1;
        }
        if (!t.isPunct(i, "(")) {
            return i;
        }
        for (int j = i + 1; j < Math.min(t.size(), i + 8); j++) {
            if (t.isPunct(j, ")")) {
                return t.isWord(j + 1) ? j + 1 : i;
            }
            boolean amount = t.isNumber(j) || t.isPunct(j, "$£€¥.,") || Words.SCALE.contains(t.lower(j))
                    || UnitLexicon.AFTER.containsKey(t.lower(j)) || UnitLexicon.BEFORE.containsKey(t.lower(j))
                    || t.lower(j).length() <= 3 && t.isWord(j) && t.isCapitalised(j);
            if (!amount) {
                return i;
            }
        }
        return i;
    }

    /** A lower-case unit or currency word right after the number: "acres", "roubles", "hectares", "yen". */
    private static boolean isUnitWord(Tokens t, int k) {
        return t.isWord(k) && !t.isCapitalised(k) && UnitLexicon.AFTER.containsKey(t.lower(k))
                && !Words.SCALE.contains(t.lower(k));
    }

    private static boolean isParticiple(Tokens t, int k) {
        String w = t.lower(k);
        return t.isWord(k) && !t.isCapitalised(k) && w.endsWith("ed") && w.length() > 4;
    }

    /**
     * What a level verb before the number measures: "Deportations reached 12,000" (an event noun), "the number of
     * Afghan returnees rose to 1.2 million", "UK house prices fell 0.7%", "the error rate is around 4 percent" (a
     * subject). {@code k} is the last token before the figure.
     */
    static Result level(Tokens t, int k) {
        while (k >= 0 && t.isWord(k) && Words.QUALIFIERS.contains(t.lower(k))) {
            k--;
        }
        if ((t.lower(k).equals("by") || t.lower(k).equals("from")) && LEVEL_VERBS.contains(t.lower(k - 1))
                && !COPULAS.contains(t.lower(k - 1))) {
            // "fell by 5%", "fell from £180,126 in November"
            k--;
        }
        if (t.lower(k).equals("of")) {
            return nounOf(t, k);
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
        if (k > 0 && k + 1 < end && Words.DETERMINERS.contains(t.lower(k)) && SETTINGS.contains(t.lower(k - 1))) {
            // "Output in the period grew 0.1%": what grew stands before its setting.
            int head = k - 2;
            while (head >= 0 && (k - 1) - head <= MAX_WORDS && isNounPhraseWord(t, head)) {
                head--;
            }
            if (head + 1 < k - 1) {
                end = k - 1;
                k = head;
            }
        }
        int from = k + 1;
        if (from < end && t.lower(end - 1).equals("toll")) {
            // "The death toll rose to 73": a toll counts the dead, so it is the figure's event.
            int first = t.lower(end - 2).equals("death") && end - 2 >= from ? end - 2 : end - 1;
            return new Result(null, new TokenRange(first, end), end);
        }
        if (from == end || LEVEL_NOUNS.contains(t.lower(end - 1))
                || end - from == 1 && Words.PRONOUNS.contains(t.lower(from))) {
            return null;
        }
        return end - from == 1 && EventLexicon.isNoun(t.lower(from))
                ? new Result(null, new TokenRange(from, end), end)
                : new Result(new TokenRange(from, end), null, end);
    }

    /**
     * "the average analyst estimate of 222,000", "a debt of £103m": the noun before "of" (token {@code of}) names
     * a figure that has no noun of its own. Event nouns ("the killings of 14") and nouns that name the number
     * itself ("a total of") are left to the event finder and the figure's siblings.
     */
    private static Result nounOf(Tokens t, int of) {
        int end = of;
        int k = end - 1;
        while (k >= 0 && end - k <= MAX_WORDS && isNounPhraseWord(t, k)) {
            k--;
        }
        int from = k + 1;
        if (from == end || LEVEL_NOUNS.contains(t.lower(end - 1)) || EventLexicon.isNoun(t.lower(end - 1))
                || !Words.DETERMINERS.contains(t.lower(k)) || t.isCapitalised(end - 1)) {
            return null;
        }
        return new Result(new TokenRange(from, end), null, end);
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
        if (w.equals("a") && t.isCapitalised(k) && t.isCapitalised(k - 1) && t.isWord(k - 1) && k > 0) {
            // "Class A shares": a capital letter inside a name is no article.
            return true;
        }
        if (Words.NP_STOP.contains(w) || Words.DETERMINERS.contains(w) || EventLexicon.isVerb(w)
                || EventLexicon.LIGHT_VERBS.contains(w)) {
            return false;
        }
        if (t.isCapitalised(k)) {
            return !Words.MONTHS.contains(w) && !Words.WEEKDAYS.contains(w);
        }
        if (w.endsWith("ing") && w.length() > 5 && !t.isCapitalised(k + 1) && t.isWord(k + 1)
                && !t.lower(k - 1).endsWith("s") && !PLURALS.contains(t.lower(k - 1))
                && !Words.NP_STOP.contains(t.lower(k + 1)) && !Words.DETERMINERS.contains(t.lower(k + 1))
                && !t.lower(k + 1).endsWith("ly") && !t.lower(k + 1).endsWith("ing")
                && !EventLexicon.isVerb(t.lower(k + 1))) {
            // "a $48.7 million emergency spending package": an "-ing" noun before the head noun; after a plural
            // ("300 people living rough") it is a verb.
            return true;
        }
        if (w.endsWith("ly") || w.endsWith("ing")) {
            return false;
        }
        // An unknown participle is a modifier only when a noun follows: "undocumented Afghan migrants" but not
        // "2.6 million people expelled"; the lexicon already stops the known event verbs.
        return !w.endsWith("ed") || isNounPhraseWord(t, k + 1);
    }
}
