package claimdesk.analysis.figures;

import java.math.BigDecimal;
import java.util.Set;

/**
 * "more than a mile", "nearly a kilometre", "almost a metre": after a qualifier, the article before a unit of
 * length or area stands for one of it, and the phrase is a measure of 1. Without a qualifier "a mile" stays no
 * number, as "a" is everywhere else; other units are left out because "a pound", "a foot" and "a ton of" are
 * seldom measures.
 */
final class ArticleUnits {
    private ArticleUnits() {
    }

    private static final Set<String> UNITS = Set.of("mile", "kilometre", "kilometer", "metre", "meter", "yard",
            "hectare", "acre", "centimetre", "centimeter", "millimetre", "millimeter");

    /** The article at word {@code i} of {@code r} read as one, or null. */
    static NumberWords.Parsed at(WordRun r, int i) {
        String w = r.w(i);
        if (!w.equals("a") && !w.equals("an") || !UNITS.contains(r.w(i + 1))
                || Qualifiers.before(r.text, r.start[i]) == null) {
            return null;
        }
        return new NumberWords.Parsed(r.end[i], BigDecimal.ONE, null, NumberToken.Form.WORDS);
    }
}
