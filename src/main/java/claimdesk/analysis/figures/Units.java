package claimdesk.analysis.figures;

/**
 * Matches units and currencies next to a number: after it ("75 percent", "330 kilometres", "3-inch",
 * "20 (kg)") or before it ("$", "US$", "Rs.", "c $"). Longest phrase wins.
 */
final class Units {
    private Units() {
    }

    /** A unit found at {@code start}..{@code end}. */
    record Found(int start, int end, Unit unit, boolean glued) {
    }

    private static final int MAX_WORDS = 3;
    private static final String SYMBOLS = "%€₡₾₭元£$°";

    /** The unit right after {@code end} (glued, hyphenated, spaced or bracketed), or null. */
    static Found after(String s, int end) {
        if (end >= s.length()) {
            return null;
        }
        char c = s.charAt(end);
        if (Character.isLetter(c) || SYMBOLS.indexOf(c) >= 0) {
            return phrase(s, end, end, true);
        }
        if (c == '-' && Text.isLetter(s, end + 1)) {
            return phrase(s, end, end + 1, false);
        }
        int p = Text.skipSpaces(s, end);
        if (p == end || p >= s.length()) {
            return null;
        }
        char b = s.charAt(p);
        int close = "([{<".indexOf(b);
        if (close >= 0) {
            Found inner = phrase(s, end, p + 1, false);
            if (inner != null && inner.end() < s.length() && s.charAt(inner.end()) == ")]}>".charAt(close)) {
                return new Found(end, inner.end() + 1, inner.unit(), false);
            }
            return null;
        }
        return phrase(s, end, p, false);
    }

    private static Found phrase(String s, int from, int p, boolean glued) {
        StringBuilder key = new StringBuilder();
        Found best = null;
        int q = p;
        for (int k = 0; k < MAX_WORDS && q < s.length(); k++) {
            int e = unitWordEnd(s, q);
            if (e == q) {
                break;
            }
            String raw = s.substring(q, e);
            key.append(k == 0 ? "" : " ").append(raw.toLowerCase(java.util.Locale.ROOT));
            Unit u = k == 0 && (glued || !UnitLexicon.GLUED_ONLY.contains(raw))
                    ? UnitLexicon.AFTER_EXACT.get(raw) : null;
            if (u == null) {
                u = UnitLexicon.AFTER.get(key.toString());
            }
            if (u != null) {
                best = new Found(from, e, u, glued);
            }
            if (glued && !raw.equalsIgnoreCase("sq")) {
                break;                                  // "3923sq m" is the one glued unit of two words
            }
            int next = Text.skipSpaces(s, e);
            if (next == e) {
                break;
            }
            q = next;
        }
        return best;
    }

    /** A unit word: letters (with combining marks), "km2", "km/hr", "u.s.", or one currency symbol. */
    private static int unitWordEnd(String s, int q) {
        if (s.charAt(q) == '°' && (s.startsWith("C", q + 1) || s.startsWith("F", q + 1))
                && !Text.isLetter(s, q + 2)) {
            return q + 2;                               // "45°C" reads as one symbol
        }
        if (SYMBOLS.indexOf(s.charAt(q)) >= 0) {
            return q + 1;
        }
        int e = q;
        while (e < s.length() && (Character.isLetter(s.charAt(e)) || isMark(s.charAt(e))
                || s.charAt(e) == '.' && Text.isLetter(s, e + 1) && e > q)) {
            e++;
        }
        if (e == q) {
            return q;
        }
        if (e < s.length() && (s.charAt(e) == '2' || s.charAt(e) == '3') && !Text.isWordChar(s, e + 1)) {
            e++;
        } else if (e + 1 < s.length() && s.charAt(e) == '/' && Text.isLetter(s, e + 1)) {
            e = Text.wordEnd(s, e + 1);
        }
        boolean code = e + 1 < s.length() && s.charAt(e) == '-' && Text.isDigitAt(s, e + 1);
        return Text.isWordChar(s, e) || code ? q : e;
    }

    private static boolean isMark(char c) {
        int t = Character.getType(c);
        return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK;
    }

    /**
     * The start of "percent of" / "per cent of" right before {@code start} ("percent of 10"), or -1. Not when a
     * number precedes the percent word: in "5 percent of 10" the 10 is what the share is taken of.
     */
    static int percentBefore(String s, int start) {
        int p = Text.skipSpacesBack(s, start);
        int of = Text.wordStartBack(s, p);
        if (p == start || !Text.wordAt(s, of, "of")) {
            return -1;
        }
        int q = Text.skipSpacesBack(s, of);
        int ws = Text.wordStartBack(s, q);
        String w = Text.lower(s, ws, q);
        if (w.equals("cent")) {
            int r = Text.skipSpacesBack(s, ws);
            int ps = Text.wordStartBack(s, r);
            ws = r < ws && Text.lower(s, ps, r).equals("per") ? ps : -1;
        } else if (!(w.equals("percent") || w.equals("percents") || w.equals("percentage"))) {
            return -1;
        }
        if (ws < 0) {
            return -1;
        }
        int before = Text.skipSpacesBack(s, ws);
        boolean number = Text.isDigitAt(s, before - 1) || before > 0 && Text.isLetter(s, before - 1)
                && WordLexicon.canStart(Text.lower(s, Text.wordStartBack(s, before), before));
        return number ? -1 : ws;
    }

    /** A currency written before {@code start} ("$ 75", "US$1", "Rs. 500"), or null. */
    static Found before(String s, int start) {
        int end = Text.skipSpacesBack(s, start);
        if (start - end > 1 || end == 0) {
            return null;
        }
        Found best = null;
        for (var e : UnitLexicon.BEFORE.entrySet()) {
            String key = e.getKey();
            int b = end - key.length();
            if (b >= 0 && s.regionMatches(true, b, key, 0, key.length()) && !Text.isWordChar(s, b - 1)
                    && (best == null || b < best.start())
                    && (!key.equals(UnitLexicon.PS) || b + 2 == start && scaledAmountAt(s, start))) {
                best = new Found(b, start, e.getValue(), false);
            }
        }
        return best;
    }

    /** "5m", "2.5bn", "5 million" at {@code p}: digits with a scale, the only amounts a mangled "PS" (£) takes. */
    private static boolean scaledAmountAt(String s, int p) {
        int q = p;
        while (q < s.length() && (Text.isDigit(s.charAt(q)) || s.charAt(q) == '.' || s.charAt(q) == ',')) {
            q++;
        }
        if (q == p) {
            return false;
        }
        int w = Text.skipSpaces(s, q);
        String word = Text.lower(s, w, Text.wordEnd(s, w));
        return word.equals("m") || word.equals("bn") || word.equals("k") || word.equals("million")
                || word.equals("billion") || word.equals("tn");
    }
}
