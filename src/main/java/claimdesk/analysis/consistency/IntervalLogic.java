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

    private static final java.util.regex.Pattern WRITTEN = java.util.regex.Pattern.compile(
            "(\\d+(?:[.,]\\d+)*)\\s*(million|billion|thousand|mn|m|bn|k)?\\b",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    private IntervalLogic() {
    }

    /**
     * Half the unit of the last digit the figure states: 50,000 for "11.5 million" or "900,000", 500 for
     * "21,000", 0 for "26,320", "64" or a range. Round thousands and scaled numbers are read as rounded; smaller
     * round numbers ("60 killed") are taken as written, since tolls are usually exact.
     */
    static BigDecimal halfUnit(Figure figure) {
        return halfUnit(figure, true);
    }

    /** {@link #halfUnit(Figure)}, reading round thousands as rounded only if {@code roundThousands}. */
    static BigDecimal halfUnit(Figure figure, boolean roundThousands) {
        // A bound ("at least 40,000", "under 30,000") or a range states its limits, not a rounded value.
        if (figure.low() == null || figure.high() == null || figure.low().compareTo(figure.high()) != 0) {
            return BigDecimal.ZERO;
        }
        java.util.regex.Matcher m = WRITTEN.matcher(figure.text());
        if (!m.find()) {
            return BigDecimal.ZERO;
        }
        String digits = m.group(1);
        String scale = m.group(2) == null ? "" : m.group(2).toLowerCase(java.util.Locale.ROOT);
        int exponent = switch (scale) {
            case "million", "mn", "m" -> 6;
            case "billion", "bn" -> 9;
            case "thousand", "k" -> 3;
            default -> 0;
        };
        if (exponent > 0) {
            int dot = digits.lastIndexOf('.');
            int decimals = dot < 0 ? 0 : digits.length() - dot - 1;
            return BigDecimal.ONE.scaleByPowerOfTen(exponent - decimals).divide(BigDecimal.valueOf(2));
        }
        String plain = digits.replace(",", "");
        if (plain.contains(".") || !roundThousands) {
            return BigDecimal.ZERO;
        }
        int zeros = 0;
        for (int i = plain.length() - 1; i > 0 && plain.charAt(i) == '0'; i--) {
            zeros++;
        }
        return zeros < 3 ? BigDecimal.ZERO : BigDecimal.ONE.scaleByPowerOfTen(zeros).divide(BigDecimal.valueOf(2));
    }

    /** The figure's interval widened by the rounding of its written precision only (sums, percentages). */
    static Interval rounded(Figure figure) {
        return rounded(figure, halfUnit(figure));
    }

    /** {@link #rounded(Figure)} with the rounding taken as at most {@code maxHalf}. */
    static Interval rounded(Figure figure, BigDecimal maxHalf) {
        BigDecimal half = halfUnit(figure).min(maxHalf);
        BigDecimal low = figure.low() == null ? null : figure.low().subtract(half);
        BigDecimal high = figure.high() == null ? null : figure.high().add(half);
        boolean wide = half.signum() > 0;
        return new Interval(low, figure.lowInclusive() || wide, high, figure.highInclusive() || wide);
    }

    /**
     * The wider of {@link #of} and the rounding of a scaled number ("1.6 million"): what two reports of one
     * quantity may both round to. Round thousands ("40,000") are taken as written here: reporters who round say
     * "about", and reading every round number as rounded would hide real conflicts.
     */
    static Interval loose(Figure figure) {
        Interval band = of(figure);
        BigDecimal half = halfUnit(figure, false);
        Interval round = new Interval(figure.low() == null ? null : figure.low().subtract(half), true,
                figure.high() == null ? null : figure.high().add(half), true);
        if (half.signum() == 0) {
            return band;
        }
        BigDecimal low = band.low() == null || round.low() == null ? null : band.low().min(round.low());
        BigDecimal high = band.high() == null || round.high() == null ? null : band.high().max(round.high());
        return new Interval(low, band.lowInclusive() || round.lowInclusive(), high,
                band.highInclusive() || round.highInclusive());
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
