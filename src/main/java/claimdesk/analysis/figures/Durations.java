package claimdesk.analysis.figures;

import claimdesk.model.FigureKind;
import java.util.Set;

/**
 * Durations the plain "number, time unit" rule misses: an adjective in between ("four straight quarters", "three
 * consecutive months"), a hyphen-suspended compound ("a two- to three-week truce") and a range whose second end
 * carries the unit ("two to 2.5 hours", "three or 4 days"). Each is DURATION: how long, not how many.
 */
final class Durations {
    private Durations() {
    }

    private static final Set<String> IN_A_ROW = Set.of("straight", "consecutive", "successive", "full", "whole");
    /** With an adjective of succession these are periods too: "four straight quarters", "two full seasons". */
    private static final Set<String> PERIODS = Set.of("quarter", "quarters", "season", "seasons", "term", "terms",
            "session", "sessions");

    /** The duration reading of {@code t}, or null. */
    static NonStatistic classify(String s, NumberToken t) {
        if (t.form() != NumberToken.Form.PLAIN_DIGITS && t.form() != NumberToken.Form.WORDS
                && t.form() != NumberToken.Form.DIGITS || Units.before(s, t.start()) != null) {
            return null;
        }
        int e = t.end();
        boolean duration = inARow(s, e) || suspendedHyphen(s, e) || rangeToTimeUnit(s, e);
        return duration ? new NonStatistic(FigureKind.DURATION, t.start(), e) : null;
    }

    private static boolean inARow(String s, int end) {
        int p = Text.skipSpaces(s, end);
        int e = Text.wordEnd(s, p);
        if (p == end || e == p || !IN_A_ROW.contains(Text.lower(s, p, e))) {
            return false;
        }
        int q = Text.skipSpaces(s, e);
        String unit = Text.lower(s, q, Text.wordEnd(s, q));
        return Calendar.TIME_UNITS.contains(unit) || PERIODS.contains(unit);
    }

    /** "two- to three-week": a hyphen and a space, a link word, a number glued by a hyphen to a time unit. */
    private static boolean suspendedHyphen(String s, int end) {
        if (end + 1 >= s.length() || s.charAt(end) != '-' || !Text.isSpace(s.charAt(end + 1))) {
            return false;
        }
        int q = link(s, Text.skipSpaces(s, end + 1));
        int n = numberEnd(s, q);
        return n > q && n < s.length() && s.charAt(n) == '-'
                && Calendar.TIME_UNITS.contains(Text.lower(s, n + 1, Text.wordEnd(s, n + 1)));
    }

    /** "two to 2.5 hours", "three or 4 days": a link word, a second number, then a time unit. */
    private static boolean rangeToTimeUnit(String s, int end) {
        int p = Text.skipSpaces(s, end);
        if (p == end) {
            return false;
        }
        int q = link(s, p);
        int n = numberEnd(s, q);
        if (q == p || n == q) {
            return false;
        }
        int u = Text.skipSpaces(s, n);
        return u > n && Calendar.TIME_UNITS.contains(Text.lower(s, u, Text.wordEnd(s, u)));
    }

    /** The start of the word after "to", "or" or "and" at {@code p}, or {@code p} when none is there. */
    private static int link(String s, int p) {
        for (String w : new String[] {"to", "or", "and"}) {
            if (Text.wordAt(s, p, w)) {
                return Text.skipSpaces(s, p + w.length());
            }
        }
        return p;
    }

    /** The end of digits ("2.5") or of a number word ("three", "twenty") at {@code p}, or {@code p}. */
    private static int numberEnd(String s, int p) {
        int d = p;
        while (Text.isDigitAt(s, d) || d > p && d < s.length() && (s.charAt(d) == '.' || s.charAt(d) == ',') && Text.isDigitAt(s, d + 1)) {
            d++;
        }
        if (d > p) {
            return d;
        }
        int e = Text.wordEnd(s, p);
        String w = Text.lower(s, p, e);
        return WordLexicon.UNITS.containsKey(w) || WordLexicon.TENS.containsKey(w) ? e : p;
    }
}
