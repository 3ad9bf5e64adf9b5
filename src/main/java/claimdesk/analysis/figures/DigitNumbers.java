package claimdesk.analysis.figures;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Parses numbers written with digits: "75,000", "1 234 567", ".08", "1.3e6", "2.5^-1", "3/4", "10 1/2",
 * "21st", and multipliers glued or spaced ("10k", "3.5bn", "1.2 million", "5 lakh", "3 dozens").
 */
final class DigitNumbers {
    /**
     * Longest digit sequence read as a number (groups and decimals counted together). Longer runs are codes,
     * hashes or pasted digits, not figures; parsing a 10-million-digit run as one number took minutes.
     */
    static final int MAX_DIGITS = 100;

    private DigitNumbers() {
    }

    /** Glued suffix multipliers, longest first so "bn" wins over "b". Lower-case "m" is metres, not million. */
    private static final String[] GLUED = {"bln", "tln", "trn", "mil", "bn", "tn", "MM", "k", "K", "M", "G", "b",
            "B"};
    private static final long[] GLUED_VALUE = {1_000_000_000L, 1_000_000_000_000L, 1_000_000_000_000L, 1_000_000L,
            1_000_000_000L, 1_000_000_000_000L, 1_000_000L, 1_000L, 1_000L, 1_000_000L, 1_000_000_000L,
            1_000_000_000L, 1_000_000_000L};
    private static final String[] SPACED = {"bln", "tln", "bn", "k", "K", "M", "G"};
    private static final long[] SPACED_VALUE = {1_000_000_000L, 1_000_000_000_000L, 1_000_000_000L, 1_000L,
            1_000L, 1_000_000L, 1_000_000_000L};

    /** Parses from {@code from}, which holds a digit, a '.' before a digit, or a minus sign. */
    static NumberToken parse(String s, int from) {
        int p = from;
        boolean negative = false;
        if (s.charAt(p) == '-' || s.charAt(p) == '\u2212') {
            negative = true;
            p = Text.skipSpaces(s, p + 1);
        }
        StringBuilder digits = new StringBuilder();
        boolean plain = !negative;
        int runStart = p;
        p = digitRun(s, p, digits);
        int firstRun = p - runStart;
        NumberToken mixed = mixedFraction(s, from, p, digits, negative);
        if (mixed != null) {
            return mixed;
        }
        while (p < s.length() && s.charAt(p) == ',' && threeDigits(s, p + 1)) {
            p = digitRun(s, p + 1, digits);
            plain = false;
        }
        if (plain && firstRun <= 3) {
            while (p < s.length() && Text.isSpace(s.charAt(p)) && threeDigits(s, p + 1)
                    && !Text.isLetter(s, p + 4) && s.charAt(Math.min(p + 4, s.length() - 1)) != '/') {
                p = digitRun(s, p + 1, digits);
            }
            plain = digits.length() == firstRun;
        }
        boolean inChain = from >= 2 && s.charAt(from - 1) == '.' && Text.isDigitAt(s, from - 2);
        if (p + 1 < s.length() && s.charAt(p) == '.' && Text.isDigitAt(s, p + 1) && !dotted(s, p + 1) && !inChain) {
            digits.append('.');
            p = digitRun(s, p + 1, digits);
            plain = false;
        }
        if (digits.length() == 0 || digits.toString().equals(".")) {
            return null;
        }
        BigDecimal v = new BigDecimal(digits.toString().startsWith(".") ? "0" + digits : digits.toString());
        boolean afterSlash = from >= 2 && s.charAt(from - 1) == '/' && Text.isDigitAt(s, from - 2);
        if (p < s.length() && s.charAt(p) == '/' && Text.isDigitAt(s, p + 1) && !afterSlash) {
            NumberToken f = simpleFraction(s, from, p, v, negative);
            if (f != null) {
                return f;
            }
        }
        int[] end = {p};
        BigDecimal powered = power(s, end, v);
        if (powered != null) {
            return token(from, end[0], negative ? powered.negate() : powered, NumberToken.Form.DIGITS, s);
        }
        int ord = ordinalSuffix(s, p);
        if (ord > p && plain) {
            return new NumberToken(from, ord, v, null, NumberToken.Form.ORDINAL, false);
        }
        long[] mult = {1};
        int q = NetworkGenerations.at(s, from, p) ? p : multiplier(s, p, mult);
        if (q > p) {
            plain = false;
            v = v.multiply(BigDecimal.valueOf(mult[0]));
            p = q;
        }
        NumberToken.Form form = plain ? NumberToken.Form.PLAIN_DIGITS : NumberToken.Form.DIGITS;
        return token(from, p, negative ? v.negate() : v, form, s);
    }

    private static NumberToken token(int start, int end, BigDecimal v, NumberToken.Form form, String s) {
        return new NumberToken(start, end, Text.plain(v), null, form, Text.isLetter(s, end));
    }

    /** Appends the digits at {@code p}; throws {@link NumberFormatException} past {@link #MAX_DIGITS}. */
    private static int digitRun(String s, int p, StringBuilder out) {
        while (p < s.length() && Text.isDigit(s.charAt(p))) {
            if (out.length() >= MAX_DIGITS) {
                throw new NumberFormatException("more than " + MAX_DIGITS + " digits");
            }
            out.append(s.charAt(p));
            p++;
        }
        return p;
    }

    private static boolean threeDigits(String s, int p) {
        return Text.isDigitAt(s, p) && Text.isDigitAt(s, p + 1) && Text.isDigitAt(s, p + 2)
                && !Text.isDigitAt(s, p + 3);
    }

    /** "192.168.1.2": a dot-separated digit sequence is several numbers, not a decimal. */
    private static boolean dotted(String s, int p) {
        while (Text.isDigitAt(s, p)) {
            p++;
        }
        return p + 1 < s.length() && s.charAt(p) == '.' && Text.isDigitAt(s, p + 1);
    }

    /** "2  1/4", "10 1/2": a whole number, spaces, then a simple fraction. */
    private static NumberToken mixedFraction(String s, int from, int p, StringBuilder whole, boolean negative) {
        int q = Text.skipSpaces(s, p);
        if (q == p || whole.length() == 0 || !Text.isDigitAt(s, q)) {
            return null;
        }
        int slash = q;
        while (Text.isDigitAt(s, slash)) {
            slash++;
        }
        if (slash >= s.length() || s.charAt(slash) != '/' || !Text.isDigitAt(s, slash + 1)
                || slash - q > MAX_DIGITS) {
            return null;
        }
        NumberToken f = simpleFraction(s, q, slash, new BigDecimal(s.substring(q, slash)), false);
        if (f == null || f.value().compareTo(BigDecimal.ONE) >= 0) {
            return null;
        }
        BigDecimal v = new BigDecimal(whole.toString()).add(f.value());
        return token(from, f.end(), negative ? v.negate() : v, NumberToken.Form.DIGITS, s);
    }

    private static NumberToken simpleFraction(String s, int from, int slash, BigDecimal num, boolean negative) {
        int e = slash + 1;
        while (Text.isDigitAt(s, e)) {
            e++;
        }
        if (e < s.length() && (s.charAt(e) == '/' || s.charAt(e) == '-') || Text.isLetter(s, e)
                || e - slash > MAX_DIGITS) {
            return null;
        }
        BigDecimal den = new BigDecimal(s.substring(slash + 1, e));
        if (den.signum() == 0) {
            return null;
        }
        BigDecimal v = num.divide(den, MathContext.DECIMAL64);
        return token(from, e, negative ? v.negate() : v, NumberToken.Form.DIGITS, s);
    }

    /** "1e10", "12.32e+14", "1.1^23", "-1.1^--23" (repeated signs multiply). */
    private static BigDecimal power(String s, int[] end, BigDecimal base) {
        int p = end[0];
        if (p >= s.length()) {
            return null;
        }
        char c = s.charAt(p);
        boolean exp = c == 'e' || c == 'E';
        if (!exp && c != '^') {
            return null;
        }
        int q = p + 1;
        int sign = 1;
        while (q < s.length() && (s.charAt(q) == '+' || s.charAt(q) == '-') && (!exp || q == p + 1)) {
            sign = s.charAt(q) == '-' ? -sign : sign;
            q++;
        }
        int ds = q;
        while (Text.isDigitAt(s, q) && q - ds < 4) {
            q++;
        }
        if (q == ds || Text.isWordChar(s, q)) {
            return null;
        }
        int n = sign * Integer.parseInt(s.substring(ds, q));
        end[0] = q;
        if (exp) {
            return withinDigits(base.scaleByPowerOfTen(n));
        }
        BigDecimal r = base.pow(Math.abs(n), MathContext.DECIMAL64);
        return withinDigits(n < 0 ? BigDecimal.ONE.divide(r, MathContext.DECIMAL64) : r);
    }

    /**
     * {@code v}, unless writing it out takes more than {@link #MAX_DIGITS} digits before or after the point
     * ("1e9999"): such a value is no statistic, and every later step (even stripping its zeros) costs its length.
     */
    private static BigDecimal withinDigits(BigDecimal v) {
        int magnitude = v.precision() - v.scale();
        if (v.signum() != 0 && (magnitude > MAX_DIGITS || magnitude < -MAX_DIGITS)) {
            throw new NumberFormatException("a number of " + Math.abs(magnitude) + " digits");
        }
        return v;
    }

    private static int ordinalSuffix(String s, int p) {
        if (p + 2 <= s.length() && !Text.isLetter(s, p + 2)) {
            String suf = s.substring(p, p + 2).toLowerCase(java.util.Locale.ROOT);
            if (suf.equals("st") || suf.equals("nd") || suf.equals("rd") || suf.equals("th")) {
                return p + 2;
            }
        }
        return p;
    }

    /** Reads glued or spaced multipliers and scale words; returns the new end and sets {@code mult[0]}. */
    private static int multiplier(String s, int p, long[] mult) {
        for (int k = 0; k < GLUED.length; k++) {
            if (s.startsWith(GLUED[k], p) && !Text.isWordChar(s, p + GLUED[k].length())) {
                mult[0] = GLUED_VALUE[k];
                return p + GLUED[k].length();
            }
        }
        if (Text.isLetter(s, p)) {
            return p;
        }
        int q = Text.skipSpaces(s, p);
        if (q == p) {
            return p;
        }
        if (s.startsWith("B", q) && lowerWordAfter(s, q + 1) && shortWholePart(s, p)) {
            mult[0] = 1_000_000_000L;                   // "8 B people"; not "2015 B shares", a year and a class
            return q + 1;
        }
        for (int k = 0; k < SPACED.length; k++) {
            if (s.startsWith(SPACED[k], q) && !Text.isWordChar(s, q + SPACED[k].length())) {
                mult[0] = SPACED_VALUE[k];
                return q + SPACED[k].length();
            }
        }
        return scaleWords(s, q, p, mult);
    }

    /** At most three digits before the point of the number ending at {@code end}: "8", "7.9", "120". */
    private static boolean shortWholePart(String s, int end) {
        int b = end;
        while (b > 0 && (Text.isDigit(s.charAt(b - 1)) || s.charAt(b - 1) == '.')) {
            b--;
        }
        int dot = s.indexOf('.', b);
        int whole = (dot < 0 || dot >= end ? end : dot) - b;
        return whole <= 3;
    }

    private static boolean lowerWordAfter(String s, int p) {
        int q = Text.skipSpaces(s, p);
        return q > p && q < s.length() && Character.isLowerCase(s.charAt(q));
    }

    /** "million", "lakh crore", "hundred", "dozens" after a digit number. */
    private static int scaleWords(String s, int q, int p, long[] mult) {
        int end = p;
        long m = 1;
        while (Text.isLetter(s, q)) {
            int e = Text.wordEnd(s, q);
            String w = Text.lower(s, q, e);
            Long scale = w.equals("hundred") ? Long.valueOf(100) : WordLexicon.SCALES.get(w);
            if (WordLexicon.DOZEN.contains(w)) {
                scale = 12L;
            }
            if (scale == null || Text.isDigitAt(s, e)) {
                break;
            }
            m = Math.multiplyExact(m, scale);
            end = e;
            q = Text.skipSpaces(s, e);
        }
        mult[0] = m;
        return end;
    }
}
