package claimdesk.analysis.figures;

import claimdesk.model.FigureKind;
import java.math.BigDecimal;
import java.util.List;

/**
 * Finds "between 10,000 and 15,000", "10,000-15,000", "10,000 to 15,000" and "from X to Y": two numbers that
 * form one closed interval. A scale written only on the second number applies to both ("2 to 3 million").
 */
final class Ranges {
    private Ranges() {
    }

    /** A range from {@code start} (including "between"/"from") with its two bounds. */
    record Found(int start, NumberToken high, BigDecimal lowValue, String prefix) {
    }

    static Found after(String s, List<NumberToken> tokens, int i) {
        if (i + 1 >= tokens.size()) {
            return null;
        }
        NumberToken a = tokens.get(i);
        NumberToken b = tokens.get(i + 1);
        if (a.form() == NumberToken.Form.ORDINAL || b.form() == NumberToken.Form.ORDINAL || a.gluedToLetters()) {
            return null;
        }
        int p = Text.skipSpaces(s, a.end());
        if (p >= s.length()) {
            return null;
        }
        String prefix = previousWord(s, a.start());
        char c = s.charAt(p);
        int q;
        if (c == '-' || c == '\u2013' || c == '\u2014' || c == '~') {
            q = p + 1;
        } else if (Text.wordAt(s, p, "to") || Text.wordAt(s, p, "through")
                || Text.wordAt(s, p, "and") && prefix.equals("between")) {
            q = Text.wordEnd(s, p);
        } else {
            return null;
        }
        if (Text.skipSpaces(s, q) != b.start() || chained(s, b.end())) {
            return null;
        }
        int prefixStart = Text.wordStartBack(s, Text.skipSpacesBack(s, a.start()));
        if (prefix.equals("from") && ChangeWords.beforeFrom(s, prefixStart)) {
            return null;                                // "rose from 10.9bn to 11.1bn": two figures, see UnitRanges
        }
        NonStatistic bNon = NonStatisticClassifier.classify(s, b);
        // The dash before b makes it look like an identifier ("B-17"); only a date or a year ends the range.
        if (bNon != null && (bNon.kind() == FigureKind.DATE || bNon.kind() == FigureKind.YEAR)) {
            return null;
        }
        BigDecimal low = a.value();
        BigDecimal high = b.value();
        long scale = trailingScale(s, b);
        if (scale > 1 && trailingScale(s, a) == 1
                && low.multiply(BigDecimal.valueOf(scale)).compareTo(high) <= 0) {
            low = low.multiply(BigDecimal.valueOf(scale));
        }
        if (low.compareTo(high) >= 0) {
            return null;
        }
        boolean framed = prefix.equals("between") || prefix.equals("from") && Text.wordAt(s, p, "to");
        int start = framed ? Text.wordStartBack(s, Text.skipSpacesBack(s, a.start())) : a.start();
        return new Found(start, b, Text.plain(low), framed ? prefix : null);
    }

    private static boolean chained(String s, int end) {
        return end + 1 < s.length() && (s.charAt(end) == '-' || s.charAt(end) == '/') && Text.isDigitAt(s, end + 1);
    }

    /** The scale word ("million") or suffix ("bn") at the end of a token, or 1. */
    static long trailingScale(String s, NumberToken t) {
        int e = t.end();
        int b = Text.wordStartBack(s, e);
        if (b == e) {
            return 1;
        }
        String w = Text.lower(s, b, e);
        Long sc = WordLexicon.SCALES.get(w);
        if (sc != null) {
            return sc;
        }
        return switch (w) {
            case "k" -> 1_000L;
            case "m", "mil", "mm" -> 1_000_000L;
            case "b", "bln" -> 1_000_000_000L;
            default -> 1;
        };
    }

    static String previousWord(String s, int start) {
        int p = Text.skipSpacesBack(s, start);
        int ws = Text.wordStartBack(s, p);
        return ws < p && p < start ? Text.lower(s, ws, p) : "";
    }
}
