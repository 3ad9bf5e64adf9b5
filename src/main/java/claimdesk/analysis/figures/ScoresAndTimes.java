package claimdesk.analysis.figures;

import claimdesk.model.FigureKind;
import java.util.Set;

/**
 * Sports scores ("won 2-1", "89-89", "a 3-0 lead") and clock times ("0401 GMT", "(1030 GMT)", "10.30 local
 * time"), which look like numbers but count nothing. A falling or level pair of small numbers is a score, since a
 * range is written low to high; a rising one ("lost 1-2") only next to a word of sport.
 */
final class ScoresAndTimes {
    private ScoresAndTimes() {
    }

    private static final Set<String> SCORE_BEFORE = Set.of("won", "lost", "beat", "beaten", "drew", "defeated",
            "trailed", "led", "leading", "trailing", "ended", "finished", "score", "scoreline", "win", "victory",
            "defeat", "loss", "draw");
    private static final Set<String> SCORE_AFTER = Set.of("lead", "win", "victory", "defeat", "loss", "draw",
            "home", "away", "aggregate", "scoreline", "thrashing", "rout", "advantage", "deficit");
    private static final Set<String> ZONES = Set.of("gmt", "utc", "bst", "cet", "cest", "est", "edt", "et", "pst",
            "pdt", "pt", "cst", "cdt", "ct", "ist", "jst", "aest", "aedt", "msk", "local");

    /** A score or a clock time starting at {@code t}, or null. */
    static NonStatistic classify(String s, NumberToken t) {
        NonStatistic time = clockTime(s, t);
        return time != null ? time : score(s, t);
    }

    private static NonStatistic clockTime(String s, NumberToken t) {
        int len = t.end() - t.start();
        String digits = s.substring(t.start(), t.end()).replace(".", "").replace(":", "");
        if (len < 3 || len > 5 || !digits.chars().allMatch(Character::isDigit) || digits.length() < 3) {
            return null;
        }
        int hhmm = Integer.parseInt(digits);
        if (hhmm / 100 > 23 || hhmm % 100 > 59) {
            return null;
        }
        int p = Text.skipSpaces(s, t.end());
        int e = Text.wordEnd(s, p);
        if (p == t.end() || e == p || !ZONES.contains(Text.lower(s, p, e))) {
            return null;
        }
        if (Text.wordAt(s, p, "local")) {
            int q = Text.skipSpaces(s, e);
            if (!Text.wordAt(s, q, "time")) {
                return null;
            }
            e = q + 4;
        } else if (Character.isLowerCase(s.charAt(p))) {
            return null;                                // "pt" or "et" in lower case is no time zone
        }
        return new NonStatistic(FigureKind.OTHER, t.start(), e);
    }

    private static NonStatistic score(String s, NumberToken t) {
        int e = t.end();
        if (t.form() != NumberToken.Form.PLAIN_DIGITS || e - t.start() > 3 || e + 1 >= s.length()
                || s.charAt(e) != '-' && s.charAt(e) != '\u2013' || !Text.isDigitAt(s, e + 1)) {
            return null;
        }
        int q = e + 1;
        while (Text.isDigitAt(s, q)) {
            q++;
        }
        if (q - e - 1 > 3 || Text.isWordChar(s, q) || q < s.length() && ".,%".indexOf(s.charAt(q)) >= 0
                && Text.isDigitAt(s, q + 1)) {
            return null;
        }
        int first = t.value().intValue();
        int second = Integer.parseInt(s.substring(e + 1, q));
        if (Units.after(s, q) != null && !sportAfter(s, q)) {
            return null;
        }
        // "won 10-15 seats" is a range of seats, not a score: a rising pair needs no counted noun after it
        boolean rising = second > first;
        if (!rising || sportAfter(s, q) || sportBefore(s, t.start()) && !pluralNounAfter(s, q)
                || pairBefore(s, t.start()) || pairAfter(s, q)) {
            return new NonStatistic(FigureKind.OTHER, t.start(), q);
        }
        return null;
    }

    /** "6-3 3-6", "6-7 (4-7)": set scores come in a line; a pair right before (past spaces and brackets). */
    private static boolean pairBefore(String s, int start) {
        int p = start;
        while (p > 0 && (s.charAt(p - 1) == ' ' || s.charAt(p - 1) == '(' || s.charAt(p - 1) == ')')) {
            p--;
        }
        if (p == start || !Text.isDigitAt(s, p - 1)) {
            return false;
        }
        while (Text.isDigitAt(s, p - 1)) {
            p--;
        }
        return p >= 2 && (s.charAt(p - 1) == '-' || s.charAt(p - 1) == '\u2013') && Text.isDigitAt(s, p - 2);
    }

    /** A score pair right after {@code end}, past spaces and brackets: "3-6 6-3". */
    private static boolean pairAfter(String s, int end) {
        int p = end;
        while (p < s.length() && (s.charAt(p) == ' ' || s.charAt(p) == '(' || s.charAt(p) == ')')) {
            p++;
        }
        if (p == end || !Text.isDigitAt(s, p)) {
            return false;
        }
        while (Text.isDigitAt(s, p)) {
            p++;
        }
        return p + 1 < s.length() && (s.charAt(p) == '-' || s.charAt(p) == '\u2013') && Text.isDigitAt(s, p + 1);
    }

    private static boolean sportBefore(String s, int start) {
        int p = start;
        for (int k = 0; k < 3; k++) {
            int end = Text.skipSpacesBack(s, p);
            int ws = Text.wordStartBack(s, end);
            if (ws == end) {
                return false;
            }
            if (SCORE_BEFORE.contains(Text.lower(s, ws, end))) {
                return true;
            }
            p = ws;
        }
        return false;
    }

    private static boolean sportAfter(String s, int end) {
        int p = Text.skipSpaces(s, end);
        int e = Text.wordEnd(s, p);
        return e > p && SCORE_AFTER.contains(Text.lower(s, p, e));
    }

    private static boolean pluralNounAfter(String s, int end) {
        int p = Text.skipSpaces(s, end);
        int e = Text.wordEnd(s, p);
        return e - p > 3 && Character.isLowerCase(s.charAt(p)) && s.charAt(e - 1) == 's';
    }
}
