package claimdesk.analysis.figures;

import java.math.BigDecimal;
import java.util.Locale;

/** Character and word helpers shared by the scanners; all offsets are UTF-16 indices into the text. */
final class Text {
    private Text() {
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isLetter(String s, int i) {
        return i >= 0 && i < s.length() && Character.isLetter(s.charAt(i));
    }

    static boolean isDigitAt(String s, int i) {
        return i >= 0 && i < s.length() && isDigit(s.charAt(i));
    }

    static boolean isWordChar(String s, int i) {
        return i >= 0 && i < s.length() && Character.isLetterOrDigit(s.charAt(i));
    }

    /** Spaces inside numbers and phrases: ordinary, no-break, thin and narrow no-break spaces. */
    static boolean isSpace(char c) {
        return c == ' ' || c == '\u00a0' || c == '\u2009' || c == '\u202f' || c == '\t';
    }

    static int skipSpaces(String s, int i) {
        while (i < s.length() && isSpace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    static int skipSpacesBack(String s, int i) {
        while (i > 0 && isSpace(s.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    static int wordEnd(String s, int i) {
        while (i < s.length() && isLetter(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /**
     * {@link Character#isLetter(char)} with ASCII decided inline: the scanner walks every word of every article
     * through here, and the table lookup was its largest single cost.
     */
    static boolean isLetter(char c) {
        return c < 128 ? (char) ((c | 0x20) - 'a') < 26 : Character.isLetter(c);
    }

    /** {@link Character#isLetterOrDigit(char)} with ASCII decided inline, for the same reason as {@link #isLetter}. */
    static boolean isLetterOrDigit(char c) {
        return c < 128 ? (char) ((c | 0x20) - 'a') < 26 || isDigit(c) : Character.isLetterOrDigit(c);
    }

    static int wordStartBack(String s, int end) {
        int i = end;
        while (i > 0 && Character.isLetter(s.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    /**
     * True when the word at {@code wordStart} opens a sentence or a line: only spaces, quotes and opening brackets
     * stand between it and the text's start or a . ! ? : ; or line break.
     */
    static boolean opensSentence(String s, int wordStart) {
        int p = wordStart;
        while (p > 0 && (isSpace(s.charAt(p - 1)) || "\"'\u201c\u2018([".indexOf(s.charAt(p - 1)) >= 0)) {
            p--;
        }
        return p == 0 || ".!?:;\n".indexOf(s.charAt(p - 1)) >= 0;
    }

    static String lower(String s, int start, int end) {
        return s.substring(start, end).toLowerCase(Locale.ROOT);
    }

    /** True when {@code word} occurs at {@code i} (case-insensitive) and is not followed by a letter. */
    static boolean wordAt(String s, int i, String word) {
        return s.regionMatches(true, i, word, 0, word.length()) && !isLetter(s, i + word.length());
    }

    /** A plain-scale value without trailing zeros: 75000, not 7.5E+4. */
    static BigDecimal plain(BigDecimal v) {
        if (v == null) {
            return null;
        }
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
