package claimdesk.analysis.consistency;

import java.time.LocalDate;

/**
 * What the checker read a figure (or the figures of a finding) to measure: what is counted ({@code killed},
 * {@code deport}...), the population ({@code person}, {@code women-children}...), the place set ({@code iran},
 * {@code baghdad}), the period as written and as resolved dates (inclusive), the mode and the dimension
 * ({@code count}, {@code percent}, {@code rate/day}). Every part but mode and dimension may be null: unknown.
 */
public record MeasureParts(String counted, String population, String place, String period, LocalDate from,
                           LocalDate to, Mode mode, String dimension) {

    /** Nothing known: the parts of a finding that is not about a measure (a duplicate passage). */
    public static final MeasureParts NONE = new MeasureParts(null, null, null, null, null, null, Mode.ACTUAL, "");

    /** How many of counted, population, place and resolved period are known. */
    int known() {
        return (counted == null ? 0 : 1) + (population == null ? 0 : 1) + (place == null ? 0 : 1)
                + (from == null ? 0 : 1);
    }
}
