package claimdesk.analysis.figures;

import claimdesk.model.FigureKind;
import java.math.BigDecimal;

/**
 * A number classified as not a statistic: its kind, the span it covers (a date covers the whole date) and, for
 * spans of years ("the 1990s", "2023-24"), the last year; {@code high} is null otherwise.
 */
record NonStatistic(FigureKind kind, int start, int end, BigDecimal high) {

    NonStatistic(FigureKind kind, int start, int end) {
        this(kind, start, end, null);
    }
}
