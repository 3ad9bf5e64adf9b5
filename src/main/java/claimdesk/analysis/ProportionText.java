package claimdesk.analysis;

import claimdesk.model.Figure;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * A proportion as a reader sees it: the fraction where a small denominator gives it exactly ("2/3", "1/5"),
 * else the decimal, then the percent to one decimal: "2/3 ≈ 66.7 %", "> 1/2 ≈ 50 %". Pure.
 */
final class ProportionText {
    private static final int MAX_DENOMINATOR = 12;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal CLOSE = new BigDecimal("1e-9");

    private ProportionText() {
    }

    static String describe(Figure figure) {
        BigDecimal low = figure.low();
        BigDecimal high = figure.high();
        String prefix = figure.approx() ? "\u2248 " : "";
        if (low != null && high != null && low.compareTo(high) == 0) {
            return prefix + fraction(low) + " \u2248 " + percent(low) + " %";
        }
        if (low != null && high != null) {
            return prefix + fraction(low) + "\u2013" + fraction(high) + " \u2248 " + percent(low) + "\u2013"
                    + percent(high) + " %";
        }
        if (low != null) {
            return (figure.lowInclusive() ? "\u2265 " : "> ") + fraction(low) + " \u2248 " + percent(low) + " %";
        }
        if (high != null) {
            return (figure.highInclusive() ? "\u2264 " : "< ") + fraction(high) + " \u2248 " + percent(high) + " %";
        }
        return figure.text();
    }

    /** "2/3" when some denominator up to 12 gives the value to nine places, else the decimal ("0.35"). */
    private static String fraction(BigDecimal value) {
        if (value.signum() <= 0 || value.compareTo(BigDecimal.ONE) >= 0) {
            return format("#,##0.######", value);
        }
        for (int d = 2; d <= MAX_DENOMINATOR; d++) {
            BigDecimal times = value.multiply(BigDecimal.valueOf(d));
            BigDecimal whole = times.setScale(0, RoundingMode.HALF_UP);
            if (times.subtract(whole).abs().compareTo(CLOSE) < 0 && whole.signum() > 0) {
                return whole.toPlainString() + "/" + d;
            }
        }
        return format("#,##0.######", value);
    }

    private static String percent(BigDecimal value) {
        return format("#,##0.#", value.multiply(HUNDRED, MathContext.DECIMAL64));
    }

    private static String format(String pattern, BigDecimal value) {
        return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT)).format(value);
    }
}
