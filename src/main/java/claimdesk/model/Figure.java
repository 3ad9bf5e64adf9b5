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
 */
public record Figure(Span span, FigureKind kind, BigDecimal low, BigDecimal high, boolean lowInclusive,
                     boolean highInclusive, boolean approx, String qualifier, String unit, String currency,
                     String per, FigureContext context) {

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
                per, newContext);
    }

    /** What a figure counts, where, when and according to whom; every part may be null. */
    public record FigureContext(Span subject, Span event, Span place, Span period, Span source,
                                LocalDate periodFrom, LocalDate periodTo) {
        public static final FigureContext NONE = new FigureContext(null, null, null, null, null, null, null);
    }
}
