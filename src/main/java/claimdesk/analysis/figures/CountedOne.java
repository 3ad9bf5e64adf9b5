package claimdesk.analysis.figures;

import java.util.Set;

/**
 * When the word "one" counts: "One dead, 3 hurt", "One Fatality, Three Injured", "two dead, one injured",
 * "at least one suicide bomber". Elsewhere "one" is a pronoun or an article ("one of the banks", "one was
 * critical", "at one point") or tells of one person's doing ("One protester held a placard"), and stays OTHER. It
 * counts after a qualifier when a noun follows, and when a casualty word comes at once. "One person was killed"
 * stays OTHER for now: counted, it is set against the running death toll of the same story by the consistency
 * check, which cannot yet tell a single incident from the total.
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

    /** True when the bare "one" at {@code t} counts the thing that follows it. */
    static boolean counts(String s, NumberToken t) {
        int p = Text.skipSpaces(s, t.end());
        int e = Text.wordEnd(s, p);
        if (p == t.end() || e == p) {
            return false;
        }
        String next = Text.lower(s, p, e);
        if (CASUALTIES.contains(next)) {
            return true;
        }
        // "One game into his career", "one week into the strike": a point in time, not a count
        if (NOT_NOUNS.contains(next) || next.endsWith("ly") || Text.wordAt(s, Text.skipSpaces(s, e), "into")) {
            return false;
        }
        Qualifiers.Found q = Qualifiers.before(s, t.start());
        return q != null && !PREPOSITIONS.contains(q.text()) && Character.isLowerCase(s.charAt(p));
    }
}
