package claimdesk.analysis.figures;

import claimdesk.model.FigureKind;
import java.math.BigDecimal;
import java.util.Set;

/**
 * Spelled-out numbers that are part of a word or a time rather than a quantity: compounds such as "half-staff",
 * "half-time" and "six-speed" (a number word, a hyphen, a word that is no time unit, scale or unit), the
 * halves of a match or year ("the first half"), and fractions of a time unit, which are durations ("a quarter of an
 * hour", "half a day"), and "zero" in a set phrase ("zero tolerance").
 */
final class WordCompounds {
    private WordCompounds() {
    }

    private static final Set<String> ORDINALS = Set.of("first", "second", "third", "fourth", "final", "last");
    private static final Set<String> SCALES = Set.of("hundred", "thousand", "million", "billion", "trillion",
            "dozen");

    /** The non-statistic reading of the spelled-out number {@code t}, or null. */
    static NonStatistic classify(String s, NumberToken t) {
        int e = t.end();
        if (setPhrase(s, t)) {
            return new NonStatistic(FigureKind.OTHER, t.start(), Text.wordEnd(s, Text.skipSpaces(s, e)));
        }
        if (e + 1 < s.length() && s.charAt(e) == '-' && Text.isLetter(s, e + 1)) {
            String next = Text.lower(s, e + 1, Text.wordEnd(s, e + 1));
            // "six-mile", "one-yen": a hyphenated unit keeps the number a measure
            if (!Calendar.TIME_UNITS.contains(next) && !SCALES.contains(next) && Units.after(s, e) == null) {
                return new NonStatistic(FigureKind.OTHER, t.start(), Text.wordEnd(s, e + 1));
            }
            return null;
        }
        boolean fraction = t.value().signum() > 0 && t.value().compareTo(BigDecimal.ONE) < 0;
        if (!fraction) {
            return null;
        }
        int unitEnd = timeUnitAfter(s, e);
        if (unitEnd > 0) {
            return new NonStatistic(FigureKind.DURATION, t.start(), unitEnd);
        }
        int p = Text.skipSpacesBack(s, t.start());
        if (p == t.start() && p > 0 && s.charAt(p - 1) == '-') {
            p--;                                        // "a second-half goal"
        }
        int ws = Text.wordStartBack(s, p);
        if (ws < p && p < t.start() && ORDINALS.contains(Text.lower(s, ws, p))) {
            return new NonStatistic(FigureKind.OTHER, t.start(), e);
        }
        return null;
    }

    /** "zero tolerance", "zero hour": "zero" in a set phrase counts nothing. */
    private static boolean setPhrase(String s, NumberToken t) {
        if (!Text.lower(s, t.start(), t.end()).equals("zero")) {
            return false;
        }
        int p = Text.skipSpaces(s, t.end());
        return p > t.end() && (Text.wordAt(s, p, "tolerance") || Text.wordAt(s, p, "hour")
                || Text.wordAt(s, p, "gravity"));
    }

    /** The end of "(of) a/an TIME-UNIT" after {@code end} ("of an hour", "a day"), or -1. */
    private static int timeUnitAfter(String s, int end) {
        int p = Text.skipSpaces(s, end);
        if (Text.wordAt(s, p, "of")) {
            p = Text.skipSpaces(s, p + 2);
        }
        int ae = Text.wordEnd(s, p);
        String article = Text.lower(s, p, ae);
        if (!article.equals("a") && !article.equals("an")) {
            return -1;
        }
        int q = Text.skipSpaces(s, ae);
        int qe = Text.wordEnd(s, q);
        return q > ae && qe > q && Calendar.TIME_UNITS.contains(Text.lower(s, q, qe)) && !Text.isLetter(s, qe)
                ? qe : -1;
    }
}
