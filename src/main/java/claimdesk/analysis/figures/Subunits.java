package claimdesk.analysis.figures;

import java.math.BigDecimal;

/**
 * The cents written after a money amount: "3 dollars 50 cents", "thirteen dollars and forty-five cents",
 * "c $ 100 and fifty". Without the word "cents" the number must be spelled out, so "$5 and 10 people" stays
 * two figures.
 */
final class Subunits {
    private Subunits() {
    }

    /** The extra amount (in the main unit) and where the phrase ends. */
    record Found(BigDecimal amount, int end) {
    }

    static Found after(String s, int end, NumberScanner scanner, boolean spaced) {
        int p = Text.skipSpaces(s, end);
        if (p == end || !spaced || p >= s.length()) {
            return null;
        }
        if (Text.wordAt(s, p, "and")) {
            p = Text.skipSpaces(s, p + 3);
        }
        if (p >= s.length()) {
            return null;
        }
        NumberToken t = scanner.tokenAt(s, p);
        if (t == null || t.form() == NumberToken.Form.ORDINAL || t.form() == NumberToken.Form.VAGUE
                || t.value().signum() <= 0 || t.value().compareTo(BigDecimal.valueOf(100)) >= 0
                || t.value().scale() > 0) {
            return null;
        }
        int q = Text.skipSpaces(s, t.end());
        boolean centsWord = Text.wordAt(s, q, "cents") || Text.wordAt(s, q, "cent");
        if (!centsWord && t.form() != NumberToken.Form.WORDS) {
            return null;
        }
        int stop = centsWord ? Text.wordEnd(s, q) : t.end();
        return new Found(t.value().movePointLeft(2), stop);
    }
}
