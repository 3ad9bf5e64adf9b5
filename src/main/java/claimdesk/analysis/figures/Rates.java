package claimdesk.analysis.figures;

import java.util.Map;
import java.util.Set;

/**
 * Rate phrases after a figure: "daily", "a day", "per week", "every month", "annually", "-a-year". "14,000 a
 * month" is a RATE with per "month": the figure's numbers are the count per period. The period may also stand
 * apart from the number: after the counted noun ("4,000 people a day"), after a conversion in brackets
 * ("A$1 billion ($780 million) a year"), before it ("an annual target of 8,000", "Each year, ... 200 people").
 * {@link Frequencies} reads "twice a year"; {@link #perThing} reads money per thing ("$50 a barrel").
 */
final class Rates {
    private Rates() {
    }

    /** A rate phrase at {@code start}..{@code end} with its period. */
    record Found(int start, int end, String per) {
    }

    private static final Map<String, String> ADVERBS = Map.of("daily", "day", "weekly", "week", "monthly",
            "month", "annually", "year", "yearly", "year", "nightly", "day", "hourly", "hour");
    private static final Map<String, String> ADJECTIVES = Map.of("daily", "day", "weekly", "week", "monthly",
            "month", "annual", "year", "yearly", "year", "nightly", "day", "hourly", "hour");
    private static final Map<String, String> PERIODS = Map.ofEntries(Map.entry("day", "day"),
            Map.entry("week", "week"), Map.entry("month", "month"), Map.entry("year", "year"),
            Map.entry("annum", "year"), Map.entry("night", "day"), Map.entry("hour", "hour"),
            Map.entry("minute", "minute"), Map.entry("second", "second"));

    /** A rate phrase starting (after spaces) at {@code from}, or null; also glued by hyphens: "-a-year". */
    static Found at(String s, int from) {
        if (from < s.length() && s.charAt(from) == '-') {
            return hyphenated(s, from);
        }
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
                if (per != null && !relativeTime(s, qe) && !(per.equals("second") && ordinalSecond(s, qe))) {
                    return new Found(from, qe, per);
                }
            }
        }
        return null;
    }

    /** "£100,000-a-year", "$50-a-month", "10-per-day": the rate phrase glued to the number as one word. */
    private static Found hyphenated(String s, int dash) {
        int p = dash + 1;
        int e = Text.wordEnd(s, p);
        String w = Text.lower(s, p, e);
        if (!(w.equals("a") || w.equals("an") || w.equals("per")) || e >= s.length() || s.charAt(e) != '-') {
            return null;
        }
        int qe = Text.wordEnd(s, e + 1);
        String per = PERIODS.get(Text.lower(s, e + 1, qe));
        return per == null || s.startsWith("-", qe) ? null : new Found(dash, qe, per);
    }

    /** "a year earlier", "a week ago": a point in time, not a period of a rate. */
    private static boolean relativeTime(String s, int end) {
        int p = Text.skipSpaces(s, end);
        return Text.wordAt(s, p, "earlier") || Text.wordAt(s, p, "ago") || Text.wordAt(s, p, "later")
                || Text.wordAt(s, p, "before") || Text.wordAt(s, p, "after") || Text.wordAt(s, p, "on");
    }

    private static final Set<String> AFTER_ORDINAL = Set.of("day", "week", "month", "year", "time", "straight",
            "consecutive", "round", "quarter", "half", "term", "season", "successive");

    /** "fell 300 a second day", "won 2 a second time": "second" the ordinal, not the unit of time. */
    private static boolean ordinalSecond(String s, int end) {
        int p = Text.skipSpaces(s, end);
        return p > end && AFTER_ORDINAL.contains(Text.lower(s, p, Text.wordEnd(s, p)));
    }

    /**
     * "A$1 billion ($780 million) a year", "250,000 euros ($277,000) daily": the rate phrase after the
     * conversion in brackets applies to both amounts. Called with the end of either amount: before "(" or
     * before ")". The figures' spans are not stretched over the brackets.
     */
    static Found afterBrackets(String s, int from) {
        int p = Text.skipSpaces(s, from);
        if (p < s.length() && s.charAt(p) == '(') {
            int close = closingBracket(s, p);
            if (close < 0) {
                return null;
            }
            p = close;
        }
        if (p >= s.length() || s.charAt(p) != ')') {
            return null;
        }
        return at(s, p + 1);
    }

    /** The ")" closing the short bracket at {@code open} (a conversion is short), or -1; bounded look-ahead. */
    private static int closingBracket(String s, int open) {
        int limit = Math.min(s.length(), open + 41);
        for (int i = open + 1; i < limit; i++) {
            char c = s.charAt(i);
            if (c == ')') {
                return i;
            }
            if (c == '(') {
                return -1;
            }
        }
        return -1;
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
        String previous = null;
        for (int k = 0; k < maxTries; k++) {
            int ws = Text.skipSpaces(s, q);
            if (ws == q || !Text.isLetter(s, ws) || CLAUSE_ENDS.contains(Text.lower(s, ws, Text.wordEnd(s, ws)))) {
                return null;
            }
            Found r = at(s, q);
            if (r != null) {
                // "died within a day", "jailed for a year": the period is how long, not how often
                return previous != null && SPAN_WORDS.contains(previous) ? null : r;
            }
            q = compoundEnd(s, ws);
            previous = Text.lower(s, ws, q);
        }
        return null;
    }

    /** The end of the word at {@code i}, hyphenated parts included: "ship-borne". */
    private static int compoundEnd(String s, int i) {
        int e = Text.wordEnd(s, i);
        while (e + 1 < s.length() && s.charAt(e) == '-' && Text.isLetter(s, e + 1)) {
            e = Text.wordEnd(s, e + 1);
        }
        return e;
    }

    private static final Set<String> CLAUSE_ENDS = Set.of("and", "but", "while", "or",
            "which", "who", "that", "whereas");
    /** Words that make "a day" after them a length of time or a point in it: "within a day", "half a year". */
    private static final Set<String> SPAN_WORDS = Set.of("for", "within", "in", "after", "over", "under",
            "than", "of", "by", "about", "around", "nearly", "almost", "half", "only", "just", "once", "since");

    /**
     * A period written before the figure: "an annual target of 8,000", "a daily fine of 250,000 euros", or a
     * clause opening "Each year," / "Every day," in the sentence before the figure ("Each year, malaria kills
     * 200 people"). A reported total for a year ("an annual turnover of £8.89bn") is money about that year,
     * not a rate, so only nouns of a standing amount per period count.
     */
    static String before(String s, int start) {
        String per = adjectiveBefore(s, start);
        return per != null ? per : clauseOpening(s, start);
    }

    private static final Set<String> STANDING_AMOUNTS = Set.of("target", "targets", "quota", "quotas", "cap",
            "limit", "average", "intake", "capacity", "fee", "fees", "fine", "salary", "wage", "wages", "rent",
            "subscription", "allowance", "cost", "costs", "subsidy", "payment", "payments", "budget", "bill");

    private static String adjectiveBefore(String s, int start) {
        int ofEnd = Text.skipSpacesBack(s, start);
        int ofStart = Text.wordStartBack(s, ofEnd);
        if (!Text.lower(s, ofStart, ofEnd).equals("of")) {
            return null;
        }
        int nounEnd = Text.skipSpacesBack(s, ofStart);
        int nounStart = Text.wordStartBack(s, nounEnd);
        if (nounEnd == ofStart || !STANDING_AMOUNTS.contains(Text.lower(s, nounStart, nounEnd))) {
            return null;
        }
        int adjEnd = Text.skipSpacesBack(s, nounStart);
        int adjStart = Text.wordStartBack(s, adjEnd);
        return adjEnd == nounStart ? null : ADJECTIVES.get(Text.lower(s, adjStart, adjEnd));
    }

    /** "Each year, ..." / "Every day, ..." opening the sentence or a clause after ";", with no stop before. */
    private static String clauseOpening(String s, int start) {
        int clause = clauseStart(s, start);
        if (clause < 0) {
            return null;
        }
        while (clause < start && !Text.isLetter(s, clause)) {
            clause++;
        }
        int e = Text.wordEnd(s, clause);
        String w = Text.lower(s, clause, e);
        if (!w.equals("each") && !w.equals("every")) {
            return null;
        }
        int q = Text.skipSpaces(s, e);
        int qe = Text.wordEnd(s, q);
        String per = q == e ? null : PERIODS.get(Text.lower(s, q, qe));
        return per != null && qe < start && s.charAt(qe) == ',' && !joinsAnotherClause(s, qe, start) ? per : null;
    }

    /** "Every day, 3,000 cross, and 12 have died": after a conjunction the opening no longer applies. */
    private static boolean joinsAnotherClause(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Text.isLetter(s, i) && !Text.isLetter(s, i - 1)) {
                int e = Text.wordEnd(s, i);
                if (CLAUSE_ENDS.contains(Text.lower(s, i, e)) || Text.lower(s, i, e).equals("although")) {
                    return true;
                }
                i = e;
            }
        }
        return false;
    }

    private static final int MAX_OPENING_DISTANCE = 200;

    /**
     * Where the clause holding {@code start} begins: after the nearest ";", ".", "!" or "?", or the text's
     * start. Looks back a bounded distance (-1 when no stop is that near), so a long line without full stops
     * stays linear.
     */
    private static int clauseStart(String s, int start) {
        int limit = Math.max(0, start - MAX_OPENING_DISTANCE);
        for (int i = start - 1; i >= limit; i--) {
            char c = s.charAt(i);
            if (c == ';' || c == '.' || c == '!' || c == '?') {
                return i + 1;
            }
        }
        return limit == 0 ? 0 : -1;
    }

    /** Things money is paid for one of: "$27 a piece", "115 euros a share", "$50 per barrel", "$5 apiece". */
    private static final Map<String, String> THINGS = Map.ofEntries(Map.entry("share", "share"),
            Map.entry("barrel", "barrel"), Map.entry("piece", "piece"), Map.entry("head", "head"),
            Map.entry("ounce", "ounce"), Map.entry("tonne", "tonne"), Map.entry("ton", "ton"),
            Map.entry("gallon", "gallon"), Map.entry("litre", "litre"), Map.entry("liter", "litre"));

    /** Money per thing right after the amount, or null; the phrase joins the span, the kind stays money. */
    static Found perThing(String s, int from) {
        int p = Text.skipSpaces(s, from);
        int e = Text.wordEnd(s, p);
        if (p == from || e == p) {
            return null;
        }
        String w = Text.lower(s, p, e);
        if (w.equals("apiece")) {
            return new Found(from, e, "piece");
        }
        if (!w.equals("a") && !w.equals("per")) {
            return null;
        }
        int q = Text.skipSpaces(s, e);
        int qe = Text.wordEnd(s, q);
        String thing = q == e ? null : THINGS.get(Text.lower(s, q, qe));
        return thing == null ? null : new Found(from, qe, thing);
    }

    /** "three times a week": "times" and a rate phrase after a number; the span takes both. */
    static Found times(String s, int from) {
        int p = Text.skipSpaces(s, from);
        if (p == from || !Text.wordAt(s, p, "times")) {
            return null;
        }
        Found r = at(s, p + 5);
        return r == null ? null : new Found(from, r.end(), r.per());
    }
}
