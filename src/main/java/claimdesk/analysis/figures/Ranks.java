package claimdesk.analysis.figures;

import claimdesk.model.FigureKind;
import java.util.Set;

/**
 * Ranks and places in a table or chart: "at number five this week", "the number two", "the number one spot",
 * "top six finishes", "the Top Ten". The number names a position, not a quantity, so each is OTHER. "The top five
 * banks" keeps its count: there the number counts the banks that follow.
 */
final class Ranks {
    private Ranks() {
    }

    private static final Set<String> PLACES = Set.of("finish", "finishes", "spot", "spots", "place", "places",
            "position", "positions", "slot", "seed", "seeds", "ranking", "rankings", "billing", "placing");
    /** "the top six", "his top ten": a determiner makes "top" an adjective; "could top 120 decibels" is a verb. */
    private static final Set<String> DETERMINERS = Set.of("the", "a", "his", "her", "their", "its", "our", "my",
            "your", "in", "into", "of");

    /** The rank reading of {@code t}, or null. */
    static NonStatistic classify(String s, NumberToken t) {
        if (t.form() != NumberToken.Form.PLAIN_DIGITS && t.form() != NumberToken.Form.WORDS) {
            return null;
        }
        String before = Ranges.previousWord(s, t.start());
        boolean rank = before.equals("number") && !Text.wordAt(s, Text.skipSpaces(s, t.end()), "of")
                || before.equals("top") && (placeAfter(s, t.end()) || !countedAfter(s, t.end())
                && (Character.isUpperCase(s.charAt(topStart(s, t))) || DETERMINERS.contains(
                Ranges.previousWord(s, topStart(s, t)))));
        return rank ? new NonStatistic(FigureKind.OTHER, t.start(), t.end()) : null;
    }

    private static int topStart(String s, NumberToken t) {
        return Text.wordStartBack(s, Text.skipSpacesBack(s, t.start()));
    }

    private static boolean placeAfter(String s, int end) {
        int p = Text.skipSpaces(s, end);
        return p > end && PLACES.contains(Text.lower(s, p, Text.wordEnd(s, p)));
    }

    /** True when a lower-case noun that is no place in a ranking follows: "top five banks" counts banks. */
    private static boolean countedAfter(String s, int end) {
        int p = Text.skipSpaces(s, end);
        int e = Text.wordEnd(s, p);
        return p > end && e > p && Character.isLowerCase(s.charAt(p)) && !PLACES.contains(Text.lower(s, p, e))
                && !Text.wordAt(s, p, "in") && !Text.wordAt(s, p, "of") && !Text.wordAt(s, p, "this");
    }
}
