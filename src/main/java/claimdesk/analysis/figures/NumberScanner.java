package claimdesk.analysis.figures;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds every number in an English text, written in digits or in words, without deciding what it counts.
 *
 * <p>Stateless and thread-safe. Never throws for any input; tokens are ordered by start and do not overlap.
 * A minus sign counts only where it cannot be a hyphen or a range dash: "SCP-173" is 173 and "10-15" is two
 * numbers. "1 in 5" and "3 out of 10" are ratios when both are whole numbers and the first is not larger (up to
 * 1000); "1 over 3" and larger ratios only when nothing but punctuation or "or" follows, so "$2000 over 3 years"
 * stays two numbers.
 */
public final class NumberScanner {

    /** Marks inside a number ("1,000.5", "1e-9", "2^3"), and the signs that may follow them. */
    private static final String MARKS = ".,^eE+-\u2212";
    private static final String SIGNS = "+-\u2212";

    /** All numbers in {@code text} in order; empty for null or number-free text. */
    public List<NumberToken> scan(String text) {
        List<NumberToken> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        int n = text.length();
        int i = 0;
        while (i < n) {
            NumberToken t = tokenAt(text, i);
            if (t == null) {
                i = Text.isLetter(text, i) ? Text.wordEnd(text, i)
                        : Text.isDigitAt(text, i) ? pastNumber(text, i) : i + 1;
                continue;
            }
            NumberToken f = ratioFraction(text, t);
            out.add(f == null ? t : f);
            i = Math.max(i + 1, (f == null ? t : f).end());
        }
        return out;
    }

    /**
     * Past digits that are no number (too long, "1e9999"), with their marks: otherwise the scan would restart
     * inside them and report a piece ("999" of "2^-999") as a figure.
     */
    private static int pastNumber(String s, int i) {
        int p = i;
        while (p < s.length() && (Text.isDigit(s.charAt(p))
                || MARKS.indexOf(s.charAt(p)) >= 0 && p + 1 < s.length()
                        && (Text.isDigit(s.charAt(p + 1)) || SIGNS.indexOf(s.charAt(p + 1)) >= 0))) {
            p++;
        }
        return Math.max(p, i + 1);
    }

    /** The number starting exactly at {@code i}, or null. */
    NumberToken tokenAt(String s, int i) {
        char c = s.charAt(i);
        try {
            if (Text.isDigit(c)) {
                return Text.isDigitAt(s, i - 1) ? null : DigitNumbers.parse(s, i);
            }
            if (c == '.' && Text.isDigitAt(s, i + 1) && !Text.isWordChar(s, i - 1)) {
                return DigitNumbers.parse(s, i);
            }
            if ((c == '-' || c == '\u2212') && minusCanStart(s, i)) {
                return DigitNumbers.parse(s, i);
            }
            if (Character.isLetter(c) && !Text.isWordChar(s, i - 1)) {
                return wordToken(s, i);
            }
        } catch (ArithmeticException | NumberFormatException | IndexOutOfBoundsException e) {
            // An absurd number ("1e9999^9999") is not worth a crash; the text is simply not a number there.
            return null;
        }
        return null;
    }

    private static NumberToken wordToken(String s, int i) {
        int e = Text.wordEnd(s, i);
        if (!WordLexicon.canStart(s, i, e)) {
            return null;
        }
        NumberWords.Parsed p = NumberWords.parse(s, i);
        if (p == null) {
            return signedDigits(s, i, e);
        }
        return new NumberToken(i, p.end(), p.value(), p.high(), p.form(), Text.isLetter(s, p.end()));
    }

    /** "minus 5", "negative 2.5": a sign word before digits. */
    private static NumberToken signedDigits(String s, int i, int wordEnd) {
        // "minus 5" and "minus-5 yards": the hyphen after a sign word joins it to its number
        boolean hyphen = wordEnd + 1 < s.length() && s.charAt(wordEnd) == '-';
        int d = hyphen ? wordEnd + 1 : Text.skipSpaces(s, wordEnd);
        if (d == wordEnd || !Text.isDigitAt(s, d)
                || !(Text.wordAt(s, i, "minus") || Text.wordAt(s, i, "negative"))) {
            return null;
        }
        NumberToken t = DigitNumbers.parse(s, d);
        if (t == null || t.form() == NumberToken.Form.ORDINAL) {
            return null;
        }
        return new NumberToken(i, t.end(), t.value().negate(), null, NumberToken.Form.DIGITS, t.gluedToLetters());
    }

    /**
     * A minus sign begins a number only at the start, after a space/bracket/comparison, never after a digit: after
     * a word and a space it is a sign when glued to its digits ("FTSE -0.6%"), but "pages 5 -10" stays a range.
     */
    private static boolean minusCanStart(String s, int i) {
        int q = Text.skipSpaces(s, i + 1);
        if (!Text.isDigitAt(s, q) || (q > i + 1 && i > 0)) {
            return false;
        }
        if (i == 0) {
            return true;
        }
        char p = s.charAt(i - 1);
        if (p == '<' || p == '>' || p == '=' || p == '(' || p == '[') {
            return true;
        }
        if (!Text.isSpace(p)) {
            return false;
        }
        int b = Text.skipSpacesBack(s, i);
        return b == 0 || !Text.isDigitAt(s, b - 1) && s.charAt(b - 1) != '-';
    }

    private NumberToken ratioFraction(String s, NumberToken a) {
        if (a.form() == NumberToken.Form.VAGUE || a.form() == NumberToken.Form.ORDINAL || a.gluedToLetters()) {
            return null;
        }
        int p = Text.skipSpaces(s, a.end());
        if (p == a.end()) {
            return null;
        }
        int q;
        boolean share = !Text.wordAt(s, p, "over");
        if (Text.wordAt(s, p, "over") || Text.wordAt(s, p, "in")) {
            q = Text.wordEnd(s, p);
        } else if (Text.wordAt(s, p, "out") && Text.wordAt(s, Text.skipSpaces(s, p + 3), "of")) {
            q = Text.skipSpaces(s, p + 3) + 2;
        } else {
            return null;
        }
        int bStart = Text.skipSpaces(s, q);
        if (bStart == q || bStart >= s.length()) {
            return null;
        }
        NumberToken b = tokenAt(s, bStart);
        if (b != null && (looksLikeYear(b) || scaled(s, a))) {
            return null;
        }
        if (b == null || b.form() == NumberToken.Form.VAGUE || b.form() == NumberToken.Form.ORDINAL
                || b.value().signum() == 0 || b.gluedToLetters()
                || !(endsClause(s, b.end()) || share && smallShare(a, b))) {
            return null;
        }
        BigDecimal v = a.value().divide(b.value(), MathContext.DECIMAL64);
        return new NumberToken(a.start(), b.end(), Text.plain(v), null, NumberToken.Form.RATIO, false);
    }

    /** "1 in 5 Afghans", "3 out of 10": whole numbers, the part no larger than the whole, the whole up to 1000. */
    private static boolean smallShare(NumberToken a, NumberToken b) {
        return a.value().signum() > 0 && a.value().scale() <= 0 && b.value().scale() <= 0
                && a.value().compareTo(b.value()) <= 0 && b.value().compareTo(BigDecimal.valueOf(1000)) <= 0;
    }

    /** "$ 186 million in 2001" is an amount and a year, not a ratio. */
    private static boolean looksLikeYear(NumberToken t) {
        return t.form() == NumberToken.Form.PLAIN_DIGITS && t.end() - t.start() == 4;
    }

    private static boolean scaled(String s, NumberToken t) {
        return t.form() == NumberToken.Form.DIGITS && Text.isLetter(s, t.end() - 1);
    }

    private static boolean endsClause(String s, int end) {
        int p = Text.skipSpaces(s, end);
        return p >= s.length() || !Text.isWordChar(s, p) || Text.wordAt(s, p, "or");
    }
}
