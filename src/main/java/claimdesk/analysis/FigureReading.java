package claimdesk.analysis;

import claimdesk.model.Figure;
import claimdesk.model.FigureKind;
import claimdesk.model.Span;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The normalised reading of a figure in one line, as the reader's tooltip shows it:
 * {@code ≥ 1,200,000 people · deported · Iran and Pakistan · 2025-01-01..2025-07-06 · UNHCR}. Pure.
 */
public final class FigureReading {

    private FigureReading() {
    }

    public static String describe(Figure figure) {
        List<String> parts = new ArrayList<>();
        String value = value(figure);
        Span subject = figure.context().subject();
        parts.add(subject == null ? value : value + " " + subject.text());
        add(parts, figure.context().event());
        add(parts, figure.context().place());
        String period = period(figure);
        if (period != null) {
            parts.add(period);
        }
        add(parts, figure.context().source());
        return String.join(" \u00b7 ", parts);
    }

    /**
     * The interval with its unit: "≥ 1,200,000", "> 75 %", "20,000–99,999 per day", "≈ EUR 3,000,000,000"; money
     * in a sub-unit in the main unit, then as written: "USD 0.19 (USD 19 cent)"; a proportion as a fraction with
     * its percent: "2/3 ≈ 66.7 %".
     */
    public static String value(Figure figure) {
        if (figure.kind() == FigureKind.PROPORTION) {
            return ProportionText.describe(figure);
        }
        Figure amount = figure.normalised();
        String value = interval(amount);
        // "19 cents" reads "USD 0.19 (19 cent)": the amount compares with "$0.19", the written unit stays visible.
        return amount == figure ? value : value + " (" + interval(figure) + ")";
    }

    private static String interval(Figure figure) {
        BigDecimal low = figure.low();
        BigDecimal high = figure.high();
        String interval;
        if (low != null && high != null && low.compareTo(high) == 0) {
            interval = (figure.approx() ? "\u2248 " : "") + number(low);
        } else if (low != null && high != null) {
            interval = (figure.approx() ? "\u2248 " : "") + number(low) + "\u2013" + number(high);
        } else if (low != null) {
            interval = (figure.lowInclusive() ? "\u2265 " : "> ") + number(low);
        } else if (high != null) {
            interval = (figure.highInclusive() ? "\u2264 " : "< ") + number(high);
        } else {
            interval = figure.text();
        }
        StringBuilder text = new StringBuilder();
        if (figure.kind() == FigureKind.MONEY && figure.currency() != null) {
            text.append(figure.currency()).append(' ');
        }
        text.append(interval);
        if (figure.kind() == FigureKind.PERCENT) {
            text.append(" %");
        } else if (figure.unit() != null) {
            text.append(' ').append(figure.unit());
        }
        if (figure.per() != null) {
            text.append(" per ").append(figure.per());
        }
        return text.toString();
    }

    private static String period(Figure figure) {
        LocalDate from = figure.context().periodFrom();
        LocalDate to = figure.context().periodTo();
        if (from != null || to != null) {
            return (from == null ? "\u2026" : from.toString()) + ".." + (to == null ? "\u2026" : to.toString());
        }
        return figure.context().period() == null ? null : figure.context().period().text();
    }

    private static void add(List<String> parts, Span span) {
        if (span != null) {
            parts.add(span.text());
        }
    }

    private static String number(BigDecimal value) {
        DecimalFormat format = new DecimalFormat("#,##0.######", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(value);
    }
}
