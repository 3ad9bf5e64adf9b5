package claimdesk.analysis.figures;

import java.math.BigDecimal;

/**
 * Parses spelled-out numbers: cardinals ("one hundred and sixty-one"), scales ("two point six million",
 * "three lakh crore"), halves and dozens ("half a million", "a dozen"), fractions ("two thirds",
 * "one and a half"), vague plurals ("tens of thousands"), ordinals ("fifteenth") and the loose quantities of
 * {@link WordQuantities} ("a few dozen", "six or seven").
 */
final class NumberWords {
    private NumberWords() {
    }

    /** A parsed number ending at {@code end}; {@code high} is non-null for vague quantities and alternatives. */
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
        Parsed loose = WordQuantities.at(r, i);
        if (loose != null) {
            return loose;
        }
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
            NumberWords.Parsed fraction = WordFractions.leadingA(r, i);
            return fraction != null ? fraction : ArticleUnits.at(r, i);
        }
        int j = c.next();
        String next = r.w(j);
        if (WordLexicon.DOZEN.contains(next)) {
            // "three hundred and two dozen" is 300 + 24: the dozen counts only the part after "and".
            BigDecimal part = c.andBeforeLast() && c.lastUnit() > 0 ? BigDecimal.valueOf(c.lastUnit()) : c.value();
            return words(r, j, c.value().subtract(part).add(part.multiply(BigDecimal.valueOf(12))));
        }
        if (c.value().compareTo(BigDecimal.ONE) == 0 && WordLexicon.UNITS.containsKey(next)) {
            Parsed compound = WordFractions.oneOverOrdinal(r, j);
            if (compound != null) {
                return compound;
            }
        }
        if (next.equals("point")) {
            return point(r, j, c.value());
        }
        if (next.equals("and")) {
            Parsed mixed = WordFractions.mixed(r, j, c.value());
            if (mixed != null) {
                return mixed;
            }
        }
        // "one twenty-fifth", "twenty twenty fifths": a tens word plus a unit ordinal is one denominator;
        // "quarters" counts as 4 but never combines ("twenty quarters" is 20/4).
        Integer tens = WordLexicon.TENS.get(next);
        long unitOrd = WordLexicon.denominator(r.w(j + 1));
        if (tens != null && unitOrd > 0 && unitOrd < 10 && !r.w(j + 1).startsWith("qu")) {
            Cardinal whole = new Cardinal(c.value(), c.next(), false, 0, false, 0);
            return WordFractions.fraction(r, whole, j + 1, tens + unitOrd);
        }
        Parsed alternative = WordQuantities.alternative(r, c);
        if (alternative != null) {
            return alternative;
        }
        long den = WordLexicon.denominator(next);
        // "first" and "second" are never denominators: "one second" is a time, "a first" an ordinal.
        if (den >= 3 || den == 2 && next.startsWith("hal")) {
            return WordFractions.fraction(r, c, j, den);
        }
        return words(r, c.next() - 1, c.value());
    }

    static Parsed words(WordRun r, int lastWord, BigDecimal v) {
        return new Parsed(r.end[lastWord], Text.plain(v), null, NumberToken.Form.WORDS);
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

}
