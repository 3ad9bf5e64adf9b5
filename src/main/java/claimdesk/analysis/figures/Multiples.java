package claimdesk.analysis.figures;

import claimdesk.model.FigureKind;

/**
 * Multipliers in a comparison: "twenty times worse", "eight times more than", "3 times the size". The number says
 * how many times one thing exceeds another, not how many there are, so it is OTHER. "Three times a day" is a rate
 * and stays: only a comparative or "as"/"the" after "times" makes a multiplier.
 */
final class Multiples {
    private Multiples() {
    }

    /** The multiplier reading of {@code t}, or null. */
    static NonStatistic classify(String s, NumberToken t) {
        int p = Text.skipSpaces(s, t.end());
        if (p == t.end() || !Text.wordAt(s, p, "times")) {
            return null;
        }
        int q = Text.skipSpaces(s, p + 5);
        int e = Text.wordEnd(s, q);
        String next = Text.lower(s, q, e);
        boolean comparative = next.equals("more") || next.equals("less") || next.equals("worse")
                || next.equals("better") || next.equals("as") || next.equals("the") || next.equals("over")
                || next.length() > 4 && next.endsWith("er") && !next.equals("under") && !next.equals("after");
        return q > p + 5 && comparative ? new NonStatistic(FigureKind.OTHER, t.start(), t.end()) : null;
    }
}
