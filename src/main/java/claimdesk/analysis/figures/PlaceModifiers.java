package claimdesk.analysis.figures;

import claimdesk.analysis.lexicon.EventLexicon;
import java.util.Set;

/**
 * Places named as modifiers of a figure's noun phrase (issue 12): "UK house prices", "12 US regions", "1% of
 * India's exports". {@link PlaceFinder} reads places after prepositions; these have none, and were left empty.
 * Stateless.
 */
final class PlaceModifiers {

    /** "The US currency", "US dollars": a currency's country is not where its figure is. */
    private static final Set<String> MONEY_NOUNS = Set.of("dollar", "dollars", "currency", "currencies", "treasury",
            "treasuries", "cents");
    /** Words before a name that make it a destination, a party or an origin rather than the figure's place. */
    private static final Set<String> NOT_LOCATING = Set.of("to", "with", "from", "against", "by", "for");

    private PlaceModifiers() {
    }

    /**
     * A place named as a modifier in the figure's noun phrase: "12 US regions", "six million UK households",
     * "1% of India's exports", "UK house prices fell 0.7%". The name must be followed by a lower-case word that is
     * no verb ("Norway promised $100 million" names a donor, not a place), and is not read after a destination or
     * a party ("to", "with"). A demonym is not enough: "12 German tourists" says who, not where. Null if none.
     */
    static TokenRange find(Tokens t, int before, int after) {
        int right = t.lower(after).equals("of") ? after + 1 : after;
        TokenRange named = PlaceNames.known(t, right);
        if (named != null && (isModifying(t, named, true) || isPossessive(t, named.to() - 1))) {
            return named;
        }
        for (int k = before, n = 0; k >= 0 && n < PlaceFinder.MAX_SCAN / 2; k--, n++) {
            String w = t.lower(k);
            if (t.isPunct(k, PlaceFinder.CLAUSE_MARKS) || Words.REPORTING.contains(w) || Words.CLAUSE.contains(w)) {
                return null;
            }
            named = PlaceNames.known(t, k);
            // "Air China plans": a name inside a longer name is no modifier.
            if (named != null && named.to() <= before + 1 && isModifying(t, named, false)
                    && !NOT_LOCATING.contains(t.lower(k - 1)) && !isInsideName(t, k)) {
                return named;
            }
        }
        return null;
    }

    private static boolean isInsideName(Tokens t, int k) {
        String prior = t.lower(k - 1);
        return t.isWord(k - 1) && t.isCapitalised(k - 1) && !Words.DETERMINERS.contains(prior)
                && !Words.NP_STOP.contains(prior);
    }

    /**
     * The name at {@code named} modifies the lower-case noun after it. Before the figure a place noun makes the
     * name the clause's subject ("Herat province received 20,000"), not a modifier; after it, "15 US cities".
     */
    private static boolean isModifying(Tokens t, TokenRange named, boolean afterFigure) {
        int k = named.to();
        String w = t.lower(k);
        boolean placeNoun = Words.PLACE_NOUNS.contains(w) || PlacePhrases.PLACE_LEADERS.contains(w);
        return t.isWord(k) && !t.isCapitalised(k) && !Words.NP_STOP.contains(w) && !Words.DETERMINERS.contains(w)
                && (afterFigure || !placeNoun) && !MONEY_NOUNS.contains(w)
                && !EventLexicon.isVerb(w) && !w.endsWith("ed") && !isPossessive(t, named.to() - 1);
    }

    private static boolean isPossessive(Tokens t, int k) {
        String w = t.lower(k);
        return w.endsWith("'s") || w.endsWith("’s");
    }
}
