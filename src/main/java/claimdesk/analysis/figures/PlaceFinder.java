package claimdesk.analysis.figures;

import static claimdesk.analysis.figures.PlacePhrases.PLACE_LEADERS;
import static claimdesk.analysis.figures.PlacePhrases.isName;

import claimdesk.analysis.lexicon.EventLexicon;
import java.util.Map;
import java.util.Set;

/**
 * Finds where a figure happened. The place is a named phrase (it holds a capitalised word that is not a month or
 * weekday), returned without its preposition or a leading "the": "from Iran and Pakistan" gives "Iran and
 * Pakistan", "through the Islam Qala border crossing" gives "Islam Qala border crossing". In the figure's clause
 * the origin wins ("from X", or the object of "left"/"fled"), then a crossing ("through", "via", "at"), then "in X",
 * then the object of "entered"/"crossed". Destinations ("to Afghanistan") are not places: every return in our
 * corpus ends in Afghanistan, so they would tell figures nothing apart. Failing that, a fronted "in Iran," or
 * the actor of an active removal verb ("Pakistan deported 286,631") is used, as the country the count belongs to.
 */
final class PlaceFinder {

    private static final Map<String, Integer> PREPOSITION_RANK = Map.ofEntries(Map.entry("from", 0),
            Map.entry("through", 1), Map.entry("via", 1), Map.entry("across", 1), Map.entry("at", 1),
            Map.entry("around", 1),
            Map.entry("in", 2), Map.entry("inside", 2), Map.entry("within", 2), Map.entry("near", 2),
            Map.entry("off", 2), Map.entry("outside", 2));
    private static final Set<String> ORIGIN_VERBS = Set.of("left", "leave", "leaves", "leaving", "fled", "flee",
            "flees", "fleeing");
    private static final Set<String> OBJECT_VERBS = Set.of("entered", "enter", "enters", "entering", "crossed",
            "cross", "crosses");
    private static final Set<String> ACTOR_NOUNS = Set.of("government", "authorities", "police", "forces",
            "officials");
    private static final Set<String> REMOVAL_LEMMAS = Set.of("deport", "expel", "remove", "repatriate", "return",
            "host");
    /** Words between a hosting country and its verb: "Turkey, which is hosting". */
    private static final Set<String> RELATIVES = Set.of("which", "that", "who");
    /** Prepositions that set a count in a place; "to", "with" and "from" name destinations, parties, origins. */
    private static final Set<String> LOCATIVES = Set.of("in", "at", "near", "off", "outside", "inside");
    private static final Set<String> CLAUSE_BREAKS = Set.of("while", "whereas", "but");
    static final String CLAUSE_MARKS = ",;:–—()\"“”";
    static final int MAX_SCAN = 25;
    /** Words that say the whole world is the place: "3.9 million units worldwide", "Globally, ...". */
    private static final Set<String> WORLD_WORDS = Set.of("worldwide", "globally", "world-wide");

    private PlaceFinder() {
    }

    /** A named place phrase at token {@code k}, or null: what one is, {@link PlacePhrases} says. */
    static TokenRange named(Tokens t, int k) {
        return PlacePhrases.named(t, k);
    }

    /** The place in the clause from token {@code k} on; {@code event} may be null. */
    static TokenRange after(Tokens t, int k, TokenRange event) {
        TokenRange best = null;
        int bestRank = Integer.MAX_VALUE;
        if (event != null && event.to() >= k) {
            String verb = t.lower(event.from());
            if (ORIGIN_VERBS.contains(verb) || OBJECT_VERBS.contains(verb)) {
                best = named(t, event.to());
                bestRank = best == null ? Integer.MAX_VALUE : ORIGIN_VERBS.contains(verb) ? 0 : 3;
            }
            k = event.to();
        }
        for (int n = 0; k < t.size() && n < MAX_SCAN && bestRank > 0; k++, n++) {
            String w = t.lower(k);
            if (n == 0 && t.isPunct(k, "(")) {
                // "360 billion yen ($3.2 billion) to build ... in Japan": a conversion right after is no aside.
                k = closing(t, k);
                continue;
            }
            if (best == null && isWorld(t, k)) {
                return world(t, k);
            }
            // A new clause ("said the repatriation ... in Pakistan") no longer speaks of the figure; a passive
            // ("were reported in Tulsa County") and "found guilty" report nothing.
            if (t.isPunct(k, CLAUSE_MARKS) || Words.REPORTING.contains(w) && !isPassive(t, k)
                    && !t.lower(k + 1).equals("guilty")
                    || (Words.CLAUSE.contains(w) && !w.equals("and") && !w.equals("or"))) {
                break;
            }
            Integer rank = PREPOSITION_RANK.get(w);
            if (rank != null && rank < bestRank) {
                TokenRange p = named(t, k + 1);
                if (p != null) {
                    best = p;
                    bestRank = rank;
                }
            }
        }
        return best;
    }

    /** "Meanwhile, in Iran, at least 2.6 million": a place phrase set off by commas just before the figure. */
    static TokenRange fronted(Tokens t, int before) {
        // "Globally, the number sold will reach 159 million": the opening word sets the whole sentence.
        if (WORLD_WORDS.contains(t.lower(0)) && t.isPunct(1, ",") && before >= 1) {
            return new TokenRange(0, 1);
        }
        int k = before;
        while (k >= 0 && t.isWord(k) && Words.QUALIFIERS.contains(t.lower(k))) {
            k--;
        }
        if (!t.isPunct(k, ",")) {
            return null;
        }
        int comma = k;
        if (WORLD_WORDS.contains(t.lower(k - 1)) && (k - 1 == 0 || t.isPunct(k - 2, CLAUSE_MARKS))) {
            return new TokenRange(k - 1, k);
        }
        k--;
        while (k >= 0 && !t.isPunct(k, CLAUSE_MARKS)) {
            k--;
        }
        int prep = k + 1;
        if (!PREPOSITION_RANK.containsKey(t.lower(prep))) {
            return null;
        }
        TokenRange p = named(t, prep + 1);
        return p != null && p.to() == comma ? p : null;
    }

    /**
     * The named actor of an active removal verb: "Iran and Pakistan alone have unlawfully expelled". Only states
     * deport or expel, so the actor is a country; "the Taliban had arrested" names no place.
     */
    static TokenRange actor(Tokens t, TokenRange event) {
        if (!REMOVAL_LEMMAS.contains(EventLexicon.lemma(t.lower(event.to() - 1)))) {
            return null;
        }
        int k = event.from() - 1;
        while (k >= 0 && (Words.AUX.contains(t.lower(k)) || EventFinder.isAdverb(t, k)
                || ACTOR_NOUNS.contains(t.lower(k)) || RELATIVES.contains(t.lower(k)) || t.isPunct(k, ","))) {
            k--;
        }
        int end = k + 1;
        while (k >= 0 && (isName(t, k) || (t.lower(k).equals("and") && isName(t, k - 1)))) {
            k--;
        }
        return k + 1 < end ? new TokenRange(k + 1, end) : null;
    }

    /**
     * Hosting is said of the host: in "Turkey, which is hosting 2.5 million refugees from Syria" the figure's
     * place is Turkey, and "from Syria" is where the refugees come from.
     */
    static boolean isHosting(Tokens t, TokenRange event) {
        return event != null && "host".equals(EventLexicon.lemma(t.lower(event.to() - 1)));
    }

    /**
     * A gazetteer place set in the figure's clause before the number: "Tuesday's attack in Paris killed 130"
     * states the place where the reading after the number cannot see it. Only after a locative ("in", "near",
     * "off"), never a destination ("fled to Turkey") or a party ("a conflict with Israel"), and not across a
     * comma, "while" or ";" (an aside or another clause). Null when there is none.
     */
    static TokenRange knownBefore(Tokens t, int figureToken) {
        int from = figureToken;
        while (from > 0 && !isClauseBreak(t, from - 1) && (!t.isPunct(from - 1, ",") || isPlaceAside(t, from))) {
            from--;
        }
        for (int k = from; k < figureToken; k++) {
            // "in western Indonesia", "in the capital Ankara": leading words are part of the place phrase.
            int start = k;
            while (start > from && PLACE_LEADERS.contains(t.lower(start - 1)) && !t.isCapitalised(start - 1)) {
                start--;
            }
            String prior = t.lower(start - 1).equals("the") ? t.lower(start - 2) : t.lower(start - 1);
            if (!t.isCapitalised(k) || !LOCATIVES.contains(prior)) {
                continue;
            }
            TokenRange known = PlaceNames.known(t, k);
            if (known != null && known.to() <= figureToken) {
                int end = known.to();
                while (end < figureToken && Words.PLACE_NOUNS.contains(t.lower(end))) {
                    end++;
                }
                return new TokenRange(start, end);
            }
        }
        return null;
    }

    /**
     * "in the US, where there are 16 million", "in the UK, with 474,000", "in Indonesia, killing 6": the comma goes
     * on about the place.
     */
    private static boolean isPlaceAside(Tokens t, int afterComma) {
        String w = t.lower(afterComma);
        // "A volcano erupted in western Indonesia, killing 6 people": the participle tells what happened there.
        return w.equals("where") || w.equals("with") || t.isWord(afterComma) && !t.isCapitalised(afterComma)
                && w.endsWith("ing") && !Words.PREPOSITIONS.contains(w) && !w.equals("according");
    }

    /** "worldwide", "globally", "around the world", "across the globe". */
    private static boolean isWorld(Tokens t, int k) {
        String w = t.lower(k);
        if (WORLD_WORDS.contains(w)) {
            return true;
        }
        return (w.equals("around") || w.equals("across") || w.equals("throughout")) && t.lower(k + 1).equals("the")
                && (t.lower(k + 2).equals("world") || t.lower(k + 2).equals("globe"));
    }

    private static TokenRange world(Tokens t, int k) {
        return WORLD_WORDS.contains(t.lower(k)) ? new TokenRange(k, k + 1) : new TokenRange(k + 2, k + 3);
    }

    /** The token after the ")" that closes the "(" at {@code k}, less one (the caller's loop adds it). */
    private static int closing(Tokens t, int k) {
        for (int j = k + 1; j < t.size() && j < k + 12; j++) {
            if (t.isPunct(j, ")")) {
                return j;
            }
            if (t.isPunct(j, "(")) {
                break;
            }
        }
        return t.size();
    }

    private static boolean isPassive(Tokens t, int k) {
        String w = t.lower(k - 1);
        return w.equals("was") || w.equals("were") || w.equals("been") || w.equals("be") || w.equals("is")
                || w.equals("are");
    }

    private static boolean isClauseBreak(Tokens t, int k) {
        return t.isPunct(k, ";") || CLAUSE_BREAKS.contains(t.lower(k));
    }

}
