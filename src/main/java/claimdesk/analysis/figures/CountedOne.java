package claimdesk.analysis.figures;

import claimdesk.analysis.lexicon.PersonNouns;
import java.util.Set;

/**
 * When the word "one" counts: "One dead, 3 hurt", "One Fatality, Three Injured", "two dead, one injured",
 * "at least one suicide bomber". Elsewhere "one" is a pronoun or an article ("one of the banks", "one was
 * critical", "at one point") or tells of one person's doing ("One protester held a placard"), and stays OTHER. It
 * counts after a qualifier when a noun follows, when a casualty word comes at once, and when a person noun is
 * followed by what happened to that person ("One person was killed", "one officer was wounded"): the gold counts
 * those as 1, while "One protester held a sign" tells of a doing and stays OTHER.
 */
final class CountedOne {
    private CountedOne() {
    }

    /** Qualifiers that are prepositions too: "a case about one iPhone", "over one weekend" count nothing. */
    private static final Set<String> PREPOSITIONS = Set.of("about", "around", "over", "under", "some", "above",
            "below", "up to", "within");
    /** Words after "one" that make it a pronoun or an article, not a count. */
    private static final Set<String> NOT_NOUNS = Set.of(
            "of", "is", "was", "has", "had", "would", "could", "will", "may", "might", "can", "should", "must",
            "does", "did", "day", "time", "thing", "way", "point", "another", "who", "that", "which", "in", "on",
            "at", "and", "or", "but", "such", "hand", "more", "less", "says", "said", "thinks", "wonders", "knows",
            "sees", "expects", "gets", "needs", "wants", "feels", "only", "too", "also", "year", "month", "week",
            "night", "morning", "evening");
    private static final Set<String> CASUALTIES = Set.of("dead", "died", "killed", "injured", "hurt", "wounded",
            "missing", "arrested", "detained", "kidnapped", "abducted", "rescued", "drowned", "stabbed",
            "hospitalised", "hospitalized", "fatality", "death", "casualty");

    /** Words before "one" that make it a pronoun or a choice, not a count: "the one man who", "no one person". */
    private static final Set<String> DETERMINERS = Set.of("the", "no", "any", "every", "each", "only", "that", "this",
            "which", "same");
    /** The verb between the person and the casualty word: "was killed", "has been detained", "had died". */
    private static final Set<String> AUXILIARIES = Set.of("was", "is", "has", "had", "been", "reportedly", "also",
            "shot", "and");

    /** True when the bare "one" at {@code t} counts the thing that follows it. */
    static boolean counts(String s, NumberToken t) {
        int p = Text.skipSpaces(s, t.end());
        int e = Text.wordEnd(s, p);
        if (p == t.end() || e == p) {
            return false;
        }
        String next = Text.lower(s, p, e);
        if (CASUALTIES.contains(next) || PersonNouns.contains(next) && casualtyAfterPerson(s, e)
                && !determinerBefore(s, t.start())) {
            return true;
        }
        // "One game into his career", "one week into the strike": a point in time, not a count
        if (NOT_NOUNS.contains(next) || next.endsWith("ly") || Text.wordAt(s, Text.skipSpaces(s, e), "into")) {
            return false;
        }
        Qualifiers.Found q = Qualifiers.before(s, t.start());
        return q != null && !PREPOSITIONS.contains(q.text()) && Character.isLowerCase(s.charAt(p));
    }

    /** Whether, after the person noun ending at {@code i}, a casualty word follows its auxiliaries at once. */
    private static boolean casualtyAfterPerson(String s, int i) {
        for (int words = 0; words < 5; words++) {
            int p = Text.skipSpaces(s, i);
            int e = Text.wordEnd(s, p);
            if (p == i || e == p) {
                return false;
            }
            String w = Text.lower(s, p, e);
            if (CASUALTIES.contains(w)) {
                return true;
            }
            if (!AUXILIARIES.contains(w)) {
                return false;
            }
            i = e;
        }
        return false;
    }

    private static boolean determinerBefore(String s, int start) {
        int end = Text.skipSpacesBack(s, start);
        int begin = Text.wordStartBack(s, end);
        return begin < end && DETERMINERS.contains(Text.lower(s, begin, end));
    }
}
