package claimdesk.analysis.figures;

import java.math.BigDecimal;

/** The interval a figure stands for, and how qualifiers change it. Null bounds are open. */
record Interval(BigDecimal low, BigDecimal high, boolean lowInclusive, boolean highInclusive, boolean approx,
                String qualifier) {

    /**
     * Applies a qualifier written before the number. "fewer than 500" leaves low null rather than 0: a count's
     * floor is obvious to a reader, and a null keeps "below" comparable with percents and money.
     */
    Interval qualified(Qualifier q, String text) {
        return switch (q) {
            case ABOVE -> new Interval(low, null, false, false, approx, text);
            case AT_LEAST -> new Interval(low, null, true, false, approx, text);
            case BELOW -> new Interval(null, high, false, false, approx, text);
            case AT_MOST -> new Interval(null, high, false, true, approx, text);
            case APPROX -> new Interval(low, high, true, true, true, text);
            case EXACT -> new Interval(low, high, true, true, approx, text);
        };
    }

    /** Applies a qualifier written after the number: "500 or more", "less than 5000 or equal". */
    Interval qualifiedAfter(Qualifier q, String text) {
        String joined = qualifier == null ? text : qualifier + " " + text;
        return switch (q) {
            case AT_LEAST, ABOVE -> new Interval(low != null ? low : high, null, true, false, approx, joined);
            case AT_MOST, BELOW -> new Interval(null, high != null ? high : low, false, true, approx, joined);
            case EXACT -> new Interval(low, high, low != null, high != null, approx, joined);
            case APPROX -> new Interval(low, high, lowInclusive, highInclusive, true, joined);
        };
    }
}
