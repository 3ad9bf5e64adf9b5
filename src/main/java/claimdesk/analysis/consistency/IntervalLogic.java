package claimdesk.analysis.consistency;

import claimdesk.model.Figure;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

/**
 * Interval arithmetic on figures. Pure.
 *
 * <p>A figure's interval is its low/high with their inclusivity; a missing bound is open (unbounded). An approximate
 * figure ("about 3,000", "nearly 1.6 million") is widened to a ±10% band around its written bounds, and the widened
 * bounds are inclusive: reporters round, and a 10% band keeps "about 3,000" compatible with "3,250" but not with
 * "4,000". Two figures can both be true exactly when their intervals intersect.
 */
final class IntervalLogic {

    static final BigDecimal APPROX_BAND = new BigDecimal("0.10");

    /** An interval; a null bound is open. */
    record Interval(BigDecimal low, boolean lowInclusive, BigDecimal high, boolean highInclusive) {
    }

    private IntervalLogic() {
    }

    static Interval of(Figure figure) {
        if (!figure.approx()) {
            return new Interval(figure.low(), figure.lowInclusive(), figure.high(), figure.highInclusive());
        }
        BigDecimal low = figure.low() == null ? null : figure.low().multiply(BigDecimal.ONE.subtract(APPROX_BAND));
        BigDecimal high = figure.high() == null ? null : figure.high().multiply(BigDecimal.ONE.add(APPROX_BAND));
        return new Interval(low, true, high, true);
    }

    /** True when some value lies in both intervals. */
    static boolean intersect(Interval a, Interval b) {
        return !below(a, b) && !below(b, a);
    }

    /** True when every value of {@code a} is smaller than every value of {@code b}. */
    static boolean below(Interval a, Interval b) {
        if (a.high() == null || b.low() == null) {
            return false;
        }
        int cmp = a.high().compareTo(b.low());
        return cmp < 0 || (cmp == 0 && !(a.highInclusive() && b.lowInclusive()));
    }

    /** The interval of the sum of values drawn from each interval. */
    static Interval sum(List<Interval> parts) {
        BigDecimal low = BigDecimal.ZERO;
        BigDecimal high = BigDecimal.ZERO;
        boolean lowInclusive = true;
        boolean highInclusive = true;
        for (Interval part : parts) {
            low = low == null || part.low() == null ? null : low.add(part.low());
            high = high == null || part.high() == null ? null : high.add(part.high());
            lowInclusive &= part.lowInclusive();
            highInclusive &= part.highInclusive();
        }
        return new Interval(low, lowInclusive, high, highInclusive);
    }

    /**
     * The value a reader takes from the figure: the single value of an exact figure, the written bound of a
     * one-sided one ("more than 75,000" → 75,000), the midpoint of a range; null when there is no bound at all.
     */
    static BigDecimal nominal(Figure figure) {
        if (figure.low() == null) {
            return figure.high();
        }
        if (figure.high() == null) {
            return figure.low();
        }
        return figure.low().add(figure.high()).divide(BigDecimal.valueOf(2), MathContext.DECIMAL64);
    }

    /** True when the two figures read as different values (nominal values differ). */
    static boolean differ(Figure a, Figure b) {
        BigDecimal x = nominal(a);
        BigDecimal y = nominal(b);
        return x != null && y != null && x.compareTo(y) != 0;
    }
}
