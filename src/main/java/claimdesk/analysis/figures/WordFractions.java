package claimdesk.analysis.figures;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Spelled-out fractions and ordinals: "two thirds", "one and a half", "twenty and three fifths", "a quarter",
 * "one hundred thirty fifths" (100/35: a tens word right before a unit ordinal belongs to the denominator unless
 * "and" ties it to the numerator), and bare ordinals such as "fifteenth".
 */
final class WordFractions {
    /** Words that may follow a fraction ("a third of", "a quarter or more", "by a fifth in"). */
    private static final java.util.Set<String> FRACTION_FOLLOWERS = java.util.Set.of("of", "and", "or", "than",
            "to", "from", "in", "on", "at", "for", "by", "as", "is", "was", "were", "are", "more", "less", "fewer",
            "over", "since", "last", "this", "a", "an", "the");

    private WordFractions() {
    }

    /** "one one hundred (and) fifth": one over the ordinal written as a cardinal plus a singular ordinal. */
    static NumberWords.Parsed oneOverOrdinal(WordRun r, int j) {
        Cardinal den = Cardinal.parse(r, j);
        if (den == null) {
            return null;
        }
        int k = r.w(den.next()).equals("and") ? den.next() + 1 : den.next();
        long ord = WordLexicon.denominator(r.w(k));
        if (ord == 0 || ord >= 10 || WordLexicon.isPlural(r.w(k)) || r.w(k).startsWith("qu")) {
            return null;
        }
        BigDecimal d = den.value().add(BigDecimal.valueOf(ord));
        return NumberWords.words(r, k, BigDecimal.ONE.divide(d, MathContext.DECIMAL64));
    }

    /** "a half", "a quarter", "a fifth", "a twenty-first", or an ordinal such as "fifteenth". */
    static NumberWords.Parsed leadingA(WordRun r, int i) {
        String w = r.w(i);
        boolean article = w.equals("a") || w.equals("an");
        int k = article ? i + 1 : i;
        long den = WordLexicon.denominator(r.w(k));
        int last = k;
        Integer tens = WordLexicon.TENS.get(r.w(k));
        if (tens != null && k + 1 < r.size && r.hyphenBefore[k + 1]) {
            long unitOrd = WordLexicon.denominator(r.w(k + 1));
            if (unitOrd > 0 && unitOrd < 10) {
                den = tens + unitOrd;
                last = k + 1;
            }
        }
        if (den == 0) {
            return null;
        }
        if (!article) {
            if (WordLexicon.isPlural(r.w(last)) || r.w(last).startsWith("ha") || r.w(last).startsWith("qu")) {
                return null;
            }
            return new NumberWords.Parsed(r.end[last], BigDecimal.valueOf(den), null, NumberToken.Form.ORDINAL);
        }
        if (den == 1 || (den == 2 && !r.w(last).startsWith("ha"))) {
            return null;
        }
        String next = r.w(last + 1);
        if (den > 2 && !next.isEmpty() && !FRACTION_FOLLOWERS.contains(next) && !WordLexicon.SCALES.containsKey(next)) {
            // "a sixth straight quarter", "capturing a seventh", "a third man": an ordinal before its noun.
            return null;
        }
        return NumberWords.words(r, last, BigDecimal.ONE.divide(BigDecimal.valueOf(den), MathContext.DECIMAL64));
    }

    /** "one and a half (million)", "twenty and three fifths". */
    static NumberWords.Parsed mixed(WordRun r, int j, BigDecimal whole) {
        String a = r.w(j + 1);
        long den = WordLexicon.denominator(r.w(j + 2));
        if (den < 3 && !r.w(j + 2).startsWith("hal")) {
            return null;                                // "one and a second" is not one and a half
        }
        Integer unit = WordLexicon.UNITS.get(a);
        BigDecimal num = a.equals("a") || a.equals("an") ? BigDecimal.ONE
                : unit != null && unit > 0 && unit < 10 ? BigDecimal.valueOf(unit) : null;
        if (num == null) {
            return null;
        }
        BigDecimal v = whole.add(num.divide(BigDecimal.valueOf(den), MathContext.DECIMAL64));
        Long scale = WordLexicon.SCALES.get(r.w(j + 3));
        if (scale != null) {
            return NumberWords.words(r, j + 3, v.multiply(BigDecimal.valueOf(scale)));
        }
        return NumberWords.words(r, j + 2, v);
    }

    /**
     * A cardinal followed by an ordinal: "two thirds", "one hundred thirty fifths" (100/35: a tens word
     * right before a unit ordinal belongs to the denominator unless "and" joins it to the numerator).
     */
    static NumberWords.Parsed fraction(WordRun r, Cardinal c, int j, long den) {
        String d = r.w(j);
        boolean plural = WordLexicon.isPlural(d) || d.equals("halves");
        BigDecimal num = c.value();
        if (den < 10 && c.lastWasTens() && !c.andBeforeLast()) {
            BigDecimal rest = num.subtract(BigDecimal.valueOf(c.lastTens()));
            if (rest.signum() > 0) {
                num = rest;
                den += c.lastTens();
            }
        }
        boolean one = num.compareTo(BigDecimal.ONE) == 0;
        if (!plural && !one) {
            return NumberWords.words(r, c.next() - 1, c.value());
        }
        if ((d.equals("second") || d.equals("first")) && den < 10) {
            return NumberWords.words(r, c.next() - 1, c.value());
        }
        return NumberWords.words(r, j, num.divide(BigDecimal.valueOf(den), MathContext.DECIMAL64));
    }
}
