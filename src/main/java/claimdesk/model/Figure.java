package claimdesk.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A number found in an article, normalised to an interval so that figures can be compared.
 *
 * <p>{@code low}/{@code high} bound the value; either is null for an open bound ("more than 75,000" has
 * low 75000, lowInclusive false, high null). An exact figure has low == high, both inclusive. {@code approx} marks
 * "about", "nearly" and the like: the interval is then the written value and should be compared loosely.
 * Percent values are in percent (75 for "75 percent"); money is in units of {@code currency} (ISO 4217 code).
 *
 * <p>{@code unit} is the measured unit ("km", "tonnes"; null for plain counts); {@code per} is a rate's period
 * ("day", "week", "month", "year"; null when the figure is not a rate). The context spans (subject, event, place,
 * period, source) are null when the text does not say; {@code periodFrom}/{@code periodTo} are the period resolved
 * to dates (inclusive) where the article's publication date allows.
 *
 * <p>Money written in a sub-unit keeps it: "19 cents" has low 19, currency USD and unit "cent"; {@link #amountLow}
 * and {@link #amountHigh} give it in the main unit (0.19), and {@link #normalised} is the figure restated so.
 * {@code changeFrom} links the end of a change to its start: in "fell from $2,415 to $2,315" the $2,315 figure has
 * changeFrom = the start offset of the $2,415 figure; null for every figure that is not the end of a change.
 */
public record Figure(Span span, FigureKind kind, BigDecimal low, BigDecimal high, boolean lowInclusive,
                     boolean highInclusive, boolean approx, String qualifier, String unit, String currency,
                     String per, FigureContext context, Integer changeFrom) {

    /** A figure that is not the end of a change. */
    public Figure(Span span, FigureKind kind, BigDecimal low, BigDecimal high, boolean lowInclusive,
                  boolean highInclusive, boolean approx, String qualifier, String unit, String currency,
                  String per, FigureContext context) {
        this(span, kind, low, high, lowInclusive, highInclusive, approx, qualifier, unit, currency, per, context,
                null);
    }

    public Figure {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(kind, "kind");
        context = context == null ? FigureContext.NONE : context;
    }

    public int start() {
        return span.start();
    }

    public int end() {
        return span.end();
    }

    public String text() {
        return span.text();
    }

    public Figure withContext(FigureContext newContext) {
        return new Figure(span, kind, low, high, lowInclusive, highInclusive, approx, qualifier, unit, currency,
                per, newContext, changeFrom);
    }

    /** This figure as the end of a change whose start figure begins at offset {@code fromStart}. */
    public Figure withChangeFrom(int fromStart) {
        return new Figure(span, kind, low, high, lowInclusive, highInclusive, approx, qualifier, unit, currency,
                per, context, fromStart);
    }

    /** {@code low} in the main unit of the currency (0.19 for "19 cents"); equal to low for every other figure. */
    public BigDecimal amountLow() {
        return inMainUnit(low);
    }

    /** {@code high} in the main unit of the currency; equal to high for every figure not in a money sub-unit. */
    public BigDecimal amountHigh() {
        return inMainUnit(high);
    }

    /** This figure with money sub-units restated in the main unit ("19 cents" as 0.19 USD, no unit); else itself. */
    public Figure normalised() {
        if (!isInSubunit()) {
            return this;
        }
        return new Figure(span, kind, amountLow(), amountHigh(), lowInclusive, highInclusive, approx, qualifier,
                null, currency, per, context, changeFrom);
    }

    private boolean isInSubunit() {
        return kind == FigureKind.MONEY && MoneySubunits.isSubunit(unit);
    }

    private BigDecimal inMainUnit(BigDecimal v) {
        if (v == null || !isInSubunit()) {
            return v;
        }
        BigDecimal amount = v.multiply(MoneySubunits.factor(unit)).stripTrailingZeros();
        return amount.scale() < 0 ? amount.setScale(0) : amount;
    }

    /** What a figure counts, where, when and according to whom; every part may be null. */
    public record FigureContext(Span subject, Span event, Span place, Span period, Span source,
                                LocalDate periodFrom, LocalDate periodTo) {
        public static final FigureContext NONE = new FigureContext(null, null, null, null, null, null, null);
    }
}
