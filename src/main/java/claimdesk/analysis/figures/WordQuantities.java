package claimdesk.analysis.figures;

import java.math.BigDecimal;

/**
 * Loose spoken quantities: "a few dozen" and "several hundred" (read like "dozens" and "hundreds": 2N..10N-1),
 * "scores of" (40..99; "scores" alone is a verb or a result, so only before "of"), "a couple of" (2, or 2N before
 * a scale: "a couple of hundred") and alternatives such as "six or seven" (6..7) and "two or three million".
 */
final class WordQuantities {
    private WordQuantities() {
    }

    /** A loose quantity starting at word {@code i}, or null. */
    static NumberWords.Parsed at(WordRun r, int i) {
        String w = r.w(i);
        boolean article = w.equals("a") || w.equals("an");
        if (article && r.w(i + 1).equals("few") || w.equals("several")) {
            int k = article ? i + 2 : i + 1;
            long unit = unitOf(r.w(k));
            return unit == 0 ? null : vague(r.end[k], unit);
        }
        if (w.equals("scores") && r.w(i + 1).equals("of")) {
            return new NumberWords.Parsed(r.end[i], BigDecimal.valueOf(40), BigDecimal.valueOf(99),
                    NumberToken.Form.VAGUE);
        }
        if (article && r.w(i + 1).equals("couple") && r.w(i + 2).equals("of")) {
            long unit = unitOf(r.w(i + 3));
            return unit == 0 ? NumberWords.words(r, i + 1, BigDecimal.valueOf(2))
                    : NumberWords.words(r, i + 3, BigDecimal.valueOf(2 * unit));
        }
        return null;
    }

    /**
     * "six or seven", "three or four", "two or three hundred": the first number, "or", and a larger one. A scale
     * after the second number covers both ("two or three hundred" is 200..300); the interval is [first, second].
     */
    static NumberWords.Parsed alternative(WordRun r, Cardinal first) {
        int or = first.next();
        if (!r.w(or).equals("or")) {
            return null;
        }
        Cardinal second = Cardinal.parse(r, or + 1);
        if (second == null || r.w(or + 1).equals("a") || r.w(or + 1).equals("an")) {
            return null;
        }
        int words = second.next() - (or + 1);
        BigDecimal low = first.value();
        if (words == 2 && unitOf(r.w(or + 2)) > 1) {
            low = low.multiply(BigDecimal.valueOf(unitOf(r.w(or + 2))));
        } else if (words != 1) {
            return null;
        }
        if (low.compareTo(second.value()) >= 0) {
            return null;
        }
        return new NumberWords.Parsed(r.end[second.next() - 1], Text.plain(low), Text.plain(second.value()),
                NumberToken.Form.WORDS);
    }

    /** The multiplier a scale word stands for ("dozen" 12, "hundred" 100, "million"...), or 0. */
    private static long unitOf(String w) {
        if (w.equals("dozen")) {
            return 12;
        }
        if (w.equals("hundred")) {
            return 100;
        }
        Long scale = WordLexicon.SCALES.get(w);
        return scale == null ? 0 : scale;
    }

    /** As the plurals read: 2N..10N-1, except that "a few dozen", like "dozens", stops below a hundred. */
    private static NumberWords.Parsed vague(int end, long unit) {
        long high = unit == 12 ? 99 : 10 * unit - 1;
        return new NumberWords.Parsed(end, BigDecimal.valueOf(2 * unit), BigDecimal.valueOf(high),
                NumberToken.Form.VAGUE);
    }
}
