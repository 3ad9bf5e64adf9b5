package claimdesk.analysis.figures;

import java.util.Map;
import java.util.Set;

/**
 * Rate phrases after a figure: "daily", "a day", "per week", "every month", "annually". "14,000 a month"
 * is a RATE with per "month": the figure's numbers are the count per period.
 */
final class Rates {
    private Rates() {
    }

    /** A rate phrase at {@code start}..{@code end} with its period. */
    record Found(int start, int end, String per) {
    }

    private static final Map<String, String> ADVERBS = Map.of("daily", "day", "weekly", "week", "monthly",
            "month", "annually", "year", "yearly", "year", "nightly", "day");
    private static final Map<String, String> PERIODS = Map.of("day", "day", "week", "week", "month", "month",
            "year", "year", "annum", "year", "night", "day");

    /** A rate phrase starting (after spaces) at {@code from}, or null. */
    static Found at(String s, int from) {
        int p = Text.skipSpaces(s, from);
        if (p == from && p < s.length() && Text.isLetter(s, p)) {
            return null;
        }
        int e = Text.wordEnd(s, p);
        if (e == p) {
            return null;
        }
        String w = Text.lower(s, p, e);
        String per = ADVERBS.get(w);
        if (per != null) {
            return new Found(from, e, per);
        }
        if (w.equals("a") || w.equals("an") || w.equals("per") || w.equals("each") || w.equals("every")) {
            int q = Text.skipSpaces(s, e);
            int qe = Text.wordEnd(s, q);
            if (q > e && qe > q) {
                per = PERIODS.get(Text.lower(s, q, qe));
                if (per != null && !relativeTime(s, qe)) {
                    return new Found(from, qe, per);
                }
            }
        }
        return null;
    }

    /** "a year earlier", "a week ago": a point in time, not a period of a rate. */
    private static boolean relativeTime(String s, int end) {
        int p = Text.skipSpaces(s, end);
        return Text.wordAt(s, p, "earlier") || Text.wordAt(s, p, "ago") || Text.wordAt(s, p, "later")
                || Text.wordAt(s, p, "before") || Text.wordAt(s, p, "after") || Text.wordAt(s, p, "on");
    }

    /**
     * "tens of thousands of migrants daily", "2,000 people a day": a rate phrase after at most two plain words
     * (and an optional "of"). The figure's span is not stretched over the noun in between.
     */
    static Found afterNoun(String s, int from) {
        return afterWords(s, from, 3);
    }

    /**
     * "30 migrants drown each day", "3,000 people cross the border each day": a rate phrase after up to four
     * words of the clause, for any figure. A conjunction ends the clause: "12 died and 30 more a day" is not read.
     */
    static Found afterClause(String s, int from) {
        return afterWords(s, from, 5);
    }

    private static Found afterWords(String s, int from, int maxTries) {
        int q = from;
        int p = Text.skipSpaces(s, q);
        if (Text.wordAt(s, p, "of")) {
            q = p + 2;
        }
        for (int k = 0; k < maxTries; k++) {
            int ws = Text.skipSpaces(s, q);
            if (ws == q || !Text.isLetter(s, ws) || CLAUSE_ENDS.contains(Text.lower(s, ws, Text.wordEnd(s, ws)))) {
                return null;
            }
            Found r = at(s, q);
            if (r != null) {
                return r;
            }
            q = Text.wordEnd(s, ws);
        }
        return null;
    }

    private static final Set<String> CLAUSE_ENDS = Set.of("and", "but", "while", "or",
            "which", "who", "that", "whereas");
}
