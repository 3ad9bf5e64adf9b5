package claimdesk.analysis.figures;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Parses spelled-out numbers: cardinals ("one hundred and sixty-one"), scales ("two point six million",
 * "three lakh crore"), halves and dozens ("half a million", "a dozen"), fractions ("two thirds",
 * "one and a half"), vague plurals ("tens of thousands") and ordinals ("fifteenth").
 */
final class NumberWords {
    private NumberWords() {
    }

    /** A parsed number ending at {@code end}; {@code high} is non-null only for vague quantities. */
    record Parsed(int end, BigDecimal value, BigDecimal high, NumberToken.Form form) {
    }

    /** Parses a number starting at the word at {@code from}, or returns null. */
    static Parsed parse(String text, int from) {
        WordRun r = new WordRun(text, from);
        if (r.size == 0) {
            return null;
        }
        int i = 0;
        boolean negative = false;
        if (r.w(0).equals("minus") || r.w(0).equals("negative")) {
            negative = true;
            i = 1;
        }
        Parsed p = parseUnsigned(r, i);
        if (p == null || !negative || p.form() != NumberToken.Form.WORDS) {
            return negative ? null : p;
        }
        return new Parsed(p.end(), p.value().negate(), null, p.form());
    }

    private static Parsed parseUnsigned(WordRun r, int i) {
        Parsed vague = vague(r, i);
        if (vague != null) {
            return vague;
        }
        String w = r.w(i);
        if (w.equals("half")) {
            return half(r, i);
        }
        Cardinal c = Cardinal.parse(r, i);
        if (c == null) {
            return leadingA(r, i);
        }
        int j = c.next();
        String next = r.w(j);
        if (WordLexicon.DOZEN.contains(next)) {
            // "three hundred and two dozen" is 300 + 24: the dozen counts only the part after "and".
            BigDecimal part = c.andBeforeLast() && c.lastUnit() > 0 ? BigDecimal.valueOf(c.lastUnit()) : c.value();
            return words(r, j, c.value().subtract(part).add(part.multiply(BigDecimal.valueOf(12))));
        }
        if (c.value().compareTo(BigDecimal.ONE) == 0 && WordLexicon.UNITS.containsKey(next)) {
            Parsed compound = oneOverOrdinal(r, j);
            if (compound != null) {
                return compound;
            }
        }
        if (next.equals("point")) {
            return point(r, j, c.value());
        }
        if (next.equals("and")) {
            Parsed mixed = mixed(r, j, c.value());
            if (mixed != null) {
                return mixed;
            }
        }
        Integer tens = WordLexicon.TENS.get(next);
        long unitOrd = WordLexicon.denominator(r.w(j + 1));
        if (tens != null && unitOrd > 0 && unitOrd < 10 && !r.w(j + 1).startsWith("qu")) {
            Cardinal whole = new Cardinal(c.value(), c.next(), false, 0, false, c.startsWithA(), 0);
            return fraction(r, whole, j + 1, tens + unitOrd);
        }
        long den = WordLexicon.denominator(next);
        if (den > 0 && !(den <= 2 && !next.startsWith("ha") && !next.startsWith("qu"))) {
            return fraction(r, c, j, den);
        }
        return words(r, c.next() - 1, c.value());
    }

    private static Parsed words(WordRun r, int lastWord, BigDecimal v) {
        return new Parsed(r.end[lastWord], Text.plain(v), null, NumberToken.Form.WORDS);
    }

    /** "one one hundred (and) fifth": one over the ordinal written as a cardinal plus a singular ordinal. */
    private static Parsed oneOverOrdinal(WordRun r, int j) {
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
        return words(r, k, BigDecimal.ONE.divide(d, MathContext.DECIMAL64));
    }

    /** "dozens", "hundreds of thousands", "tens of millions". */
    private static Parsed vague(WordRun r, int i) {
        Long a = WordLexicon.VAGUE.get(r.w(i));
        if (a == null) {
            return null;
        }
        if (r.w(i + 1).equals("of") && WordLexicon.VAGUE.containsKey(r.w(i + 2)) && a != 12) {
            long unit = a * WordLexicon.VAGUE.get(r.w(i + 2));
            return vagueRange(r.end[i + 2], unit);
        }
        if (a == 10) {
            return null;
        }
        if (a == 12) {
            return new Parsed(r.end[i], BigDecimal.valueOf(24), BigDecimal.valueOf(99), NumberToken.Form.VAGUE);
        }
        return vagueRange(r.end[i], a);
    }

    private static Parsed vagueRange(int end, long unit) {
        return new Parsed(end, BigDecimal.valueOf(2 * unit), BigDecimal.valueOf(10 * unit - 1),
                NumberToken.Form.VAGUE);
    }

    /** "half", "half a million", "half a dozen". */
    private static Parsed half(WordRun r, int i) {
        String a = r.w(i + 1);
        if (a.equals("a") || a.equals("an")) {
            String s = r.w(i + 2);
            Long scale = s.equals("hundred") ? Long.valueOf(100) : WordLexicon.SCALES.get(s);
            if (WordLexicon.DOZEN.contains(s)) {
                scale = 12L;
            }
            if (scale != null) {
                return words(r, i + 2, BigDecimal.valueOf(scale).divide(BigDecimal.valueOf(2)));
            }
        }
        return words(r, i, new BigDecimal("0.5"));
    }

    /** "a half", "a quarter", "a fifth", "a twenty-first", or an ordinal such as "fifteenth". */
    private static Parsed leadingA(WordRun r, int i) {
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
            return new Parsed(r.end[last], BigDecimal.valueOf(den), null, NumberToken.Form.ORDINAL);
        }
        if (den == 1 || (den == 2 && !r.w(last).startsWith("ha"))) {
            return null;
        }
        return words(r, last, BigDecimal.ONE.divide(BigDecimal.valueOf(den), MathContext.DECIMAL64));
    }

    /** "two point six million", "nine point nought four". */
    private static Parsed point(WordRun r, int j, BigDecimal whole) {
        StringBuilder digits = new StringBuilder();
        int k = j + 1;
        int last = -1;
        while (k < r.size) {
            Integer u = WordLexicon.UNITS.get(r.w(k));
            Integer t = WordLexicon.TENS.get(r.w(k));
            if (u != null) {
                digits.append(u);
            } else if (t != null) {
                Integer u2 = WordLexicon.UNITS.get(r.w(k + 1));
                if (u2 != null && u2 > 0 && u2 < 10) {
                    digits.append(t + u2);
                    k++;
                } else {
                    digits.append(t);
                }
            } else {
                break;
            }
            last = k;
            k++;
        }
        if (last < 0) {
            return words(r, j - 1, whole);
        }
        BigDecimal v = whole.add(new BigDecimal("0." + digits));
        Long scale = WordLexicon.SCALES.get(r.w(last + 1));
        if (scale != null) {
            return words(r, last + 1, v.multiply(BigDecimal.valueOf(scale)));
        }
        return words(r, last, v);
    }

    /** "one and a half (million)", "twenty and three fifths". */
    private static Parsed mixed(WordRun r, int j, BigDecimal whole) {
        String a = r.w(j + 1);
        long den = WordLexicon.denominator(r.w(j + 2));
        if (den < 2) {
            return null;
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
            return words(r, j + 3, v.multiply(BigDecimal.valueOf(scale)));
        }
        return words(r, j + 2, v);
    }

    /**
     * A cardinal followed by an ordinal: "two thirds", "one hundred thirty fifths" (100/35: a tens word
     * right before a unit ordinal belongs to the denominator unless "and" joins it to the numerator).
     */
    private static Parsed fraction(WordRun r, Cardinal c, int j, long den) {
        String d = r.w(j);
        boolean plural = WordLexicon.isPlural(d) || d.equals("halves");
        BigDecimal num = c.value();
        if (den < 10 && c.lastWasTens() && !c.andBeforeLast()) {
            BigDecimal rest = num.subtract(BigDecimal.valueOf(c.lastTens()));
            if (rest.signum() > 0 || c.startsWithA()) {
                num = c.startsWithA() && rest.signum() == 0 ? BigDecimal.ONE : rest;
                den += c.lastTens();
            }
        }
        boolean one = num.compareTo(BigDecimal.ONE) == 0;
        if (!plural && !one) {
            return words(r, c.next() - 1, c.value());
        }
        if ((d.equals("second") || d.equals("first")) && den < 10) {
            return words(r, c.next() - 1, c.value());
        }
        return words(r, j, num.divide(BigDecimal.valueOf(den), MathContext.DECIMAL64));
    }
}
