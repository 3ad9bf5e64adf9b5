package claimdesk.analysis.figures;

import java.util.Set;

/**
 * When the word "one" counts: "One individual was detained", "One dead, 3 hurt", "One Fatality, Three Injured",
 * "at least one suicide bomber". Elsewhere "one" is a pronoun or an article ("one of the banks", "one was
 * critical", "at one point") or tells of one person's doing ("One protester held a placard"), and stays OTHER. It
 * counts after a qualifier when a noun follows, and elsewhere when a noun and then a casualty or arrest word follow
 * (the things news counts), or the casualty word comes at once.
 */
final class CountedOne {
    private CountedOne() {
    }

    private static final int REACH = 4;
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
            "missing", "arrested", "detained", "kidnapped", "abducted", "rescued", "drowned", "shot", "stabbed",
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
        boolean qualified = q != null && !PREPOSITIONS.contains(q.text());
        return qualified && Character.isLowerCase(s.charAt(p)) || casualtySoon(s, e);
    }

    /** A casualty or arrest word among the next few words: "One individual was detained". */
    private static boolean casualtySoon(String s, int from) {
        int p = from;
        for (int k = 0; k < REACH; k++) {
            int q = Text.skipSpaces(s, p);
            int e = Text.wordEnd(s, q);
            if (q == p || e == q) {
                return false;
            }
            if (CASUALTIES.contains(Text.lower(s, q, e))) {
                return true;
            }
            p = e;
        }
        return false;
    }
}
