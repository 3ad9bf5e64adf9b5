package claimdesk.analysis.figures;

import java.math.BigDecimal;

/**
 * A spelled-out whole number read from a {@link WordRun}: "twenty-one trillion and three hundred".
 * Word order is checked the way English builds numbers, so "three-nought-four" stays three numbers.
 */
record Cardinal(BigDecimal value, int next, boolean lastWasTens, long lastTens, boolean andBeforeLast,
                long lastUnit) {

    private enum Kind { NONE, A, UNIT, TENS, HUNDRED, SCALE, AND }

    static Cardinal parse(WordRun r, int from) {
        long total = 0;
        long current = 0;
        long maxScale = 1;
        Kind kind = Kind.NONE;
        int last = -1;
        long lastTens = 0;
        boolean andBeforeLast = false;
        long lastUnit = 0;
        int i = from;
        try {
            while (i < r.size) {
                String w = r.w(i);
                Integer unit = WordLexicon.UNITS.get(w);
                Integer tens = WordLexicon.TENS.get(w);
                Long scale = WordLexicon.SCALES.get(w);
                if (kind == Kind.NONE && (w.equals("a") || w.equals("an"))) {
                    String n = r.w(i + 1);
                    if (!n.equals("hundred") && !WordLexicon.SCALES.containsKey(n) && !WordLexicon.DOZEN.contains(n)) {
                        break;
                    }
                    current = 1;
                    kind = Kind.A;
                } else if (unit != null) {
                    boolean afterTens = kind == Kind.TENS && unit > 0 && unit < 10;
                    if (!(afterTens || kind == Kind.NONE || kind == Kind.HUNDRED || kind == Kind.SCALE
                            || kind == Kind.AND)) {
                        break;
                    }
                    andBeforeLast = kind == Kind.AND;
                    current += unit;
                    lastUnit = unit;
                    kind = Kind.UNIT;
                } else if (tens != null) {
                    if (!(kind == Kind.NONE || kind == Kind.HUNDRED || kind == Kind.SCALE || kind == Kind.AND)) {
                        break;
                    }
                    andBeforeLast = kind == Kind.AND;
                    current += tens;
                    lastTens = tens;
                    kind = Kind.TENS;
                } else if (w.equals("hundred")) {
                    if (kind == Kind.HUNDRED || kind == Kind.AND || (kind == Kind.NONE && i > from)) {
                        break;
                    }
                    current = Math.multiplyExact(current == 0 ? 1 : current, 100);
                    kind = Kind.HUNDRED;
                } else if (scale != null && kind != Kind.NONE && kind != Kind.AND) {
                    if (kind == Kind.SCALE && scale > maxScale) {
                        total = Math.multiplyExact(total, scale);
                    } else if (scale > maxScale && total > 0) {
                        total = Math.multiplyExact(total + current, scale);
                    } else if (kind == Kind.SCALE) {
                        break;
                    } else {
                        total = Math.addExact(total, Math.multiplyExact(current, scale));
                    }
                    maxScale = Math.max(maxScale, scale);
                    current = 0;
                    kind = Kind.SCALE;
                } else if (w.equals("and") && joinsWithAnd(r, i, kind)) {
                    kind = Kind.AND;
                    i++;
                    continue;
                } else {
                    break;
                }
                last = i;
                i++;
            }
        } catch (ArithmeticException overflow) {
            return null;
        }
        if (last < 0) {
            return null;
        }
        boolean endsOnTens = kind == Kind.TENS;
        return new Cardinal(BigDecimal.valueOf(total + current), last + 1, endsOnTens, lastTens, andBeforeLast,
                kind == Kind.UNIT ? lastUnit : 0);
    }

    /** "and" joins only inside a number, and not before "three fifths" (that is a mixed fraction). */
    private static boolean joinsWithAnd(WordRun r, int i, Kind kind) {
        String n = r.w(i + 1);
        Integer unit = WordLexicon.UNITS.get(n);
        boolean nextIsNumber = unit != null || WordLexicon.TENS.containsKey(n);
        if (!nextIsNumber || WordLexicon.denominator(r.w(i + 2)) > 2 && unit != null) {
            return false;
        }
        return kind == Kind.HUNDRED || kind == Kind.SCALE
                || kind == Kind.TENS && unit != null && unit > 0 && unit < 10;
    }
}
