package claimdesk.analysis.figures;

import claimdesk.model.FigureKind;
import java.math.BigDecimal;
import java.util.Set;

/**
 * Decides whether a number is a date, year, duration, age, ordinal, identifier or time of day rather than a
 * statistic. Years: a plain 4-digit number 1900..2100 is a YEAR unless a plural or counted noun follows and no
 * year cue ("in", "since", "of"...) precedes it ("2022 people" is a count; "in 2022 deportations" a year), and
 * never with a money or percent sign ("$2000"). Names, scores, clock times and word compounds are decided by
 * {@link NameNumbers}, {@link ScoresAndTimes} and {@link WordCompounds}; race names, ranks, multipliers, ages and
 * the durations the plain rule misses by the small classes named for them.
 */
final class NonStatisticClassifier {
    private NonStatisticClassifier() {
    }

    private static final Set<String> COUNTED = Set.of("people", "persons", "individuals", "children", "women",
            "men", "staff", "personnel", "police", "troops", "cattle", "sheep");

    /** The non-statistic reading of token {@code t}, or null when it may be a statistic. */
    static NonStatistic classify(String s, NumberToken t) {
        if (t.form() == NumberToken.Form.ORDINAL) {
            NonStatistic date = Dates.around(s, t);
            return date != null ? date : new NonStatistic(FigureKind.OTHER, t.start(), t.end());
        }
        NonStatistic r = timeOfDay(s, t);
        if (r == null) {
            r = bareSlashFraction(s, t);
        }
        if (r == null) {
            r = ScoresAndTimes.classify(s, t);
        }
        if (r == null) {
            r = identifier(s, t);
        }
        if (r == null && t.form() == NumberToken.Form.WORDS) {
            r = WordCompounds.classify(s, t);
        }
        if (r == null && t.form() != NumberToken.Form.VAGUE) {
            r = Dates.around(s, t);
        }
        if (r == null) {
            r = NameNumbers.classify(s, t);
        }
        if (r == null) {
            r = positionOrName(s, t);
        }
        if (r == null) {
            r = year(s, t);
        }
        if (r == null) {
            r = durationOrAge(s, t);
        }
        return r != null ? r : Durations.classify(s, t);
    }

    /** Race names, names with number words, ranks, multipliers and ages: numbers that count nothing. */
    private static NonStatistic positionOrName(String s, NumberToken t) {
        NonStatistic r = RaceDistances.classify(s, t);
        if (r == null) {
            r = NumberWordNames.classify(s, t);
        }
        if (r == null) {
            r = Ranks.classify(s, t);
        }
        if (r == null) {
            r = Multiples.classify(s, t);
        }
        return r != null ? r : Ages.classify(s, t);
    }

    /**
     * "5/4 favourite", "4/9 and 8/13 odds", "13/10 (Vid by ...)": a written fraction standing alone, without "of"
     * after it, is betting odds, a rating or a label in news text, not a share of anything ("2/3 of members" is).
     */
    private static NonStatistic bareSlashFraction(String s, NumberToken t) {
        // A signed fraction ("a net rating of -4/5") is a value: odds and ratings out of ten are never negative.
        if (t.form() != NumberToken.Form.DIGITS || t.value().signum() < 0 || s.indexOf('/', t.start()) < 0
                || s.indexOf('/', t.start()) >= t.end()) {
            return null;
        }
        int p = Text.skipSpaces(s, t.end());
        // "a 1/4 mile oval", "10 1/2 miles": a fraction of a unit is a measure.
        if (Text.wordAt(s, p, "of") || Units.after(s, t.end()) != null || Units.before(s, t.start()) != null) {
            return null;
        }
        return new NonStatistic(FigureKind.OTHER, t.start(), t.end());
    }

    private static NonStatistic timeOfDay(String s, NumberToken t) {
        int e = t.end();
        if (t.form() == NumberToken.Form.PLAIN_DIGITS && e + 2 < s.length() && s.charAt(e) == ':'
                && Text.isDigitAt(s, e + 1) && Text.isDigitAt(s, e + 2)) {
            return new NonStatistic(FigureKind.OTHER, t.start(), Math.min(s.length(), e + 3));
        }
        int p = Text.skipSpaces(s, e);
        if (p - e <= 1 && (Text.wordAt(s, p, "pm") || Text.wordAt(s, p, "am") || s.startsWith("a.m.", p)
                || s.startsWith("p.m.", p)) && t.value().signum() > 0 && t.value().intValue() <= 12) {
            return new NonStatistic(FigureKind.OTHER, t.start(), p + (s.charAt(p + 1) == '.' ? 4 : 2));
        }
        return null;
    }

    private static NonStatistic identifier(String s, NumberToken t) {
        int b = t.start();
        if (t.form() == NumberToken.Form.WORDS || t.form() == NumberToken.Form.VAGUE) {
            return null;
        }
        boolean glued = Text.isLetter(s, b - 1) && Units.before(s, b) == null || b >= 2 && s.charAt(b - 1) == '-' && Text.isWordChar(s, b - 2)
                || b >= 1 && (s.charAt(b - 1) == '#' || s.charAt(b - 1) == '+');
        boolean chained = t.end() + 1 < s.length() && (s.charAt(t.end()) == '-' || s.charAt(t.end()) == '.')
                && Text.isDigitAt(s, t.end() + 1) && !Text.isDigitAt(s, b - 2) && chainOfThree(s, t.end());
        int p = Text.skipSpacesBack(s, b);
        if (p > 0 && s.charAt(p - 1) == '.') {
            p--;
        }
        int ws = Text.wordStartBack(s, p);
        boolean labelled = ws < p && p < b && Calendar.ID_LABELS.contains(Text.lower(s, ws, p))
                && Character.isUpperCase(s.charAt(ws));
        if (glued || chained || labelled) {
            return new NonStatistic(FigureKind.OTHER, t.start(), t.end());
        }
        return null;
    }

    /** "222-2222-2222", "192.168.1.2": at least three digit groups joined by the same separator. */
    private static boolean chainOfThree(String s, int p) {
        char sep = s.charAt(p);
        int q = p + 1;
        while (Text.isDigitAt(s, q)) {
            q++;
        }
        return q + 1 < s.length() && s.charAt(q) == sep && Text.isDigitAt(s, q + 1);
    }

    private static NonStatistic year(String s, NumberToken t) {
        if (t.form() != NumberToken.Form.PLAIN_DIGITS || signed(s, t)) {
            return null;
        }
        int v = t.value().intValue();
        int len = t.end() - t.start();
        String before = previousWord(s, t.start());
        if (len <= 4 && before.equals("year")) {
            return new NonStatistic(FigureKind.YEAR, t.start(), t.end());
        }
        if (len != 4 || v < 1000 || v > 2100) {
            return null;
        }
        if (t.end() < s.length() && s.charAt(t.end()) == 's' && !Text.isLetter(s, t.end() + 1)) {
            return new NonStatistic(FigureKind.YEAR, t.start(), t.end() + 1, BigDecimal.valueOf(v + 9L));
        }
        int rangeEnd = yearRangeEnd(s, t.end(), v);
        if (rangeEnd > t.end()) {
            String last = s.substring(t.end() + 1, rangeEnd);
            int full = last.length() == 2 ? v / 100 * 100 + Integer.parseInt(last) : Integer.parseInt(last);
            return new NonStatistic(FigureKind.YEAR, t.start(), rangeEnd, BigDecimal.valueOf(full));
        }
        if (v < 1900 || t.gluedToLetters()) {
            return null;
        }
        int p = Text.skipSpaces(s, t.end());
        int e = Text.wordEnd(s, p);
        if (p > t.end() && e > p && Character.isLowerCase(s.charAt(p)) && !Calendar.YEAR_CUES.contains(before)
                && !namedEdition(s, t)) {
            String next = Text.lower(s, p, e);
            if (COUNTED.contains(next) || next.endsWith("s") && next.length() > 3 && !next.endsWith("ss")) {
                return null;
            }
        }
        return new NonStatistic(FigureKind.YEAR, t.start(), t.end());
    }

    /** "Germany 2006 looks far off", "Euro 2016 starts": a capitalised name right before a year names an edition. */
    private static boolean namedEdition(String s, NumberToken t) {
        int p = Text.skipSpacesBack(s, t.start());
        int ws = Text.wordStartBack(s, p);
        if (p == t.start() || ws == p || p != t.start() - 1 || !Character.isUpperCase(s.charAt(ws))) {
            return false;
        }
        int q = ws;
        while (q > 0 && (Text.isSpace(s.charAt(q - 1)) || "\"'\u201c(".indexOf(s.charAt(q - 1)) >= 0)) {
            q--;
        }
        int n = Text.skipSpaces(s, t.end());
        return q > 0 && ".!?\n".indexOf(s.charAt(q - 1)) < 0
                && !COUNTED.contains(Text.lower(s, n, Text.wordEnd(s, n)));
    }

    /** "$2000", "2000 percent": a money or percent sign makes the number a value, whatever it looks like. */
    private static boolean signed(String s, NumberToken t) {
        if (Units.before(s, t.start()) != null) {
            return true;
        }
        Units.Found after = Units.after(s, t.end());
        return after != null && after.unit() != null
                && (after.unit().kind() == FigureKind.PERCENT || after.unit().kind() == FigureKind.MONEY);
    }

    /** "2023-24", "2020–2022": the end of a span of years, or {@code end} when none follows. */
    private static int yearRangeEnd(String s, int end, int first) {
        if (end + 2 >= s.length() || s.charAt(end) != '-' && s.charAt(end) != '\u2013' || v1900(first)) {
            return end;
        }
        int q = end + 1;
        while (Text.isDigitAt(s, q)) {
            q++;
        }
        int digits = q - end - 1;
        if (Text.isWordChar(s, q) || digits != 2 && digits != 4) {
            return end;
        }
        int second = Integer.parseInt(s.substring(end + 1, q));
        int full = digits == 2 ? first / 100 * 100 + second : second;
        return full > first && full - first < 100 ? q : end;
    }

    private static boolean v1900(int year) {
        return year < 1900 || year > 2100;
    }

    private static String previousWord(String s, int start) {
        int p = Text.skipSpacesBack(s, start);
        int ws = Text.wordStartBack(s, p);
        return ws < p && p < start ? Text.lower(s, ws, p) : "";
    }

    /** "10 days", "12-day conflict", "two weeks" (DURATION); "aged 12", "12-year-old" (an age: OTHER). */
    private static NonStatistic durationOrAge(String s, NumberToken t) {
        String before = previousWord(s, t.start());
        if (before.equals("aged")) {
            return new NonStatistic(FigureKind.OTHER, t.start(), t.end());
        }
        int p = t.end();
        boolean hyphen = p < s.length() && s.charAt(p) == '-';
        p = hyphen ? p + 1 : Text.skipSpaces(s, p);
        int e = Text.wordEnd(s, p);
        if (e == p || !Calendar.TIME_UNITS.contains(Text.lower(s, p, e))) {
            return before.equals("of") && previousWord(s, Text.wordStartBack(s, Text.skipSpacesBack(s,
                    t.start()))).equals("age") ? new NonStatistic(FigureKind.OTHER, t.start(), t.end()) : null;
        }
        int q = e < s.length() && s.charAt(e) == '-' ? e + 1 : Text.skipSpaces(s, e);
        if (Text.wordAt(s, q, "old") || Text.wordAt(s, q, "olds")) {
            return new NonStatistic(FigureKind.OTHER, t.start(), t.end());
        }
        return new NonStatistic(FigureKind.DURATION, t.start(), t.end());
    }
}
