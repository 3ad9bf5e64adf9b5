package claimdesk.analysis.consistency;

import java.time.LocalDate;
import java.util.Objects;

/**
 * How the periods of two figures relate. Resolved dates decide when both figures have them. Without dates, two
 * periods are the same only when their written text is equal and the figures were published the same day (same
 * article, or equal publication dates), since "this week" means different weeks on different days.
 */
enum PeriodRelation {
    SAME, FIRST_INSIDE_SECOND, SECOND_INSIDE_FIRST, OVERLAP, DISJOINT, UNKNOWN;

    static PeriodRelation of(Measured a, Measured b) {
        if (a.hasDates() && b.hasDates()) {
            return byDates(a.from(), a.to(), b.from(), b.to());
        }
        if (a.hasDates() || b.hasDates() || a.periodText() == null || !a.periodText().equals(b.periodText())) {
            return UNKNOWN;
        }
        boolean sameDay = a.article() == b.article() || (a.article().publishedOn() != null
                && Objects.equals(a.article().publishedOn(), b.article().publishedOn()));
        return sameDay ? SAME : UNKNOWN;
    }

    static PeriodRelation byDates(LocalDate fromA, LocalDate toA, LocalDate fromB, LocalDate toB) {
        if (fromA.equals(fromB) && toA.equals(toB)) {
            return SAME;
        }
        if (toA.isBefore(fromB) || toB.isBefore(fromA)) {
            return DISJOINT;
        }
        if (!fromA.isBefore(fromB) && !toA.isAfter(toB)) {
            return FIRST_INSIDE_SECOND;
        }
        if (!fromB.isBefore(fromA) && !toB.isAfter(toA)) {
            return SECOND_INSIDE_FIRST;
        }
        return OVERLAP;
    }

    boolean overlaps() {
        return this == SAME || this == FIRST_INSIDE_SECOND || this == SECOND_INSIDE_FIRST || this == OVERLAP;
    }
}
