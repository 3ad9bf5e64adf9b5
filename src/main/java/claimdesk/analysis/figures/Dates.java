package claimdesk.analysis.figures;

import claimdesk.model.FigureKind;

/** Dates around a day or year number: "6 July", "Sunday, 6 July", "July 5", "May 2023", "Jan. 3, 2024". */
final class Dates {
    private Dates() {
    }

    /** "6 July", "6 July 2025", "Sunday, 6 July", "July 5", "May 2023", "12 March 2025". */
    static NonStatistic around(String s, NumberToken t) {
        boolean digits = t.form() == NumberToken.Form.PLAIN_DIGITS || t.form() == NumberToken.Form.ORDINAL;
        if (!digits) {
            return null;
        }
        int v = t.value().intValue();
        int start = t.start();
        int end = t.end();
        int p = Text.skipSpaces(s, end);
        if (p - end <= 1 && p > end && v >= 1 && v <= 31 && Text.isLetter(s, p)
                && Calendar.isMonth(s, p, Text.wordEnd(s, p))) {
            end = withYear(s, Text.wordEnd(s, p));
            return new NonStatistic(FigureKind.DATE, withWeekday(s, start), end);
        }
        int span = firstDayOfSpan(s, t, v);
        if (span > 0) {
            return new NonStatistic(FigureKind.DATE, start, span);
        }
        int m = Text.skipSpacesBack(s, start);
        if (m > 0 && s.charAt(m - 1) == '.' && m < start) {
            m--;                                        // "Jan. 3"
        }
        int ms = Text.wordStartBack(s, m);
        if (ms < m && m < start && Calendar.isMonth(s, ms, m) && (v >= 1 && v <= 31 || v >= 1000 && v <= 2100)) {
            end = v <= 31 ? withYear(s, secondDay(s, end)) : end;
            return new NonStatistic(FigureKind.DATE, withWeekday(s, ms), end);
        }
        return null;
    }

    /**
     * "from 1 to 21 January 2016": after "from" or "between", a day, "to"/"and"/"until", a day and a month is one
     * span of dates, and so is "4 or 5 April"; returns its end, or -1. Without this the first day would be read
     * as a count of one.
     */
    private static int firstDayOfSpan(String s, NumberToken t, int v) {
        int b = Text.skipSpacesBack(s, t.start());
        int ws = Text.wordStartBack(s, b);
        String before = ws < b ? Text.lower(s, ws, b) : "";
        if (v < 1 || v > 31) {
            return -1;
        }
        int p = Text.skipSpaces(s, t.end());
        int e = Text.wordEnd(s, p);
        String link = Text.lower(s, p, e);
        boolean span = (before.equals("from") || before.equals("between"))
                && (link.equals("to") || link.equals("and") || link.equals("until"));
        // "on 4 or 5 April": two days offered for one date need no "from"
        if (!span && !link.equals("or")) {
            return -1;
        }
        int d = Text.skipSpaces(s, e);
        int de = d;
        while (Text.isDigitAt(s, de)) {
            de++;
        }
        if (de == d || de - d > 2) {
            return -1;
        }
        int q = Text.skipSpaces(s, Text.isLetter(s, de) ? Text.wordEnd(s, de) : de);
        if (Text.wordAt(s, q, "of")) {
            q = Text.skipSpaces(s, q + 2);
        }
        int me = Text.wordEnd(s, q);
        return me > q && Calendar.isMonth(s, q, me) ? withYear(s, me) : -1;
    }

    /** "March 3 to 9": the end of the second day after a month and day, or {@code end} when none follows. */
    private static int secondDay(String s, int end) {
        int p = Text.skipSpaces(s, end);
        int e = Text.wordEnd(s, p);
        if (p == end || !Text.wordAt(s, p, "to") && !Text.wordAt(s, p, "until")) {
            return end;
        }
        int d = Text.skipSpaces(s, e);
        int de = d;
        while (Text.isDigitAt(s, de)) {
            de++;
        }
        return de > d && de - d <= 2 && !Text.isWordChar(s, de) && Integer.parseInt(s.substring(d, de)) <= 31
                ? de : end;
    }

    private static int withYear(String s, int end) {
        int p = end;
        if (p < s.length() && s.charAt(p) == ',') {
            p++;
        }
        p = Text.skipSpaces(s, p);
        int q = p;
        while (Text.isDigitAt(s, q)) {
            q++;
        }
        return q - p == 4 && !Text.isWordChar(s, q) && p - end <= 2 ? q : end;
    }

    private static int withWeekday(String s, int start) {
        int p = Text.skipSpacesBack(s, start);
        if (p > 0 && s.charAt(p - 1) == ',') {
            p = Text.skipSpacesBack(s, p - 1);
        }
        int ws = Text.wordStartBack(s, p);
        return ws < p && Calendar.WEEKDAYS.contains(Text.lower(s, ws, p)) ? ws : start;
    }
}
