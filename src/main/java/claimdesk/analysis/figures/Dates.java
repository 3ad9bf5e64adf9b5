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
        int m = Text.skipSpacesBack(s, start);
        if (m > 0 && s.charAt(m - 1) == '.' && m < start) {
            m--;                                        // "Jan. 3"
        }
        int ms = Text.wordStartBack(s, m);
        if (ms < m && m < start && Calendar.isMonth(s, ms, m) && (v >= 1 && v <= 31 || v >= 1000 && v <= 2100)) {
            end = v <= 31 ? withYear(s, end) : end;
            return new NonStatistic(FigureKind.DATE, withWeekday(s, ms), end);
        }
        return null;
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
