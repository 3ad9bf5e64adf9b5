package claimdesk.analysis.consistency;

import java.util.Locale;

/**
 * What a {@link Finding} reports. The kinds carry no data of their own (every finding has the same shape), so an
 * enum is enough; see docs/decisions/consistency-findings.md.
 */
public enum FindingKind {
    /** Two figures for the same measure and period whose intervals cannot both be true. */
    CONFLICT,
    /** Same measure, different values, periods that differ or are unknown: shown side by side, not an error. */
    DIFFERS,
    /** Parts that do not add up to the total beside them, or "N things:" followed by a list of another length. */
    SUM,
    /** The same (or nearly the same) sentence twice with a number changed. */
    COPY_CHANGED,
    /** A rate and a total for the same measure and period that are far apart. */
    RATE,
    /** A part (a sub-period, a sub-place, "of whom") larger than the whole it belongs to. */
    PART_EXCEEDS_WHOLE,
    /** A percentage of a stated count that does not match another stated count, beyond their rounding. */
    PERCENT,
    /** A later figure of a running total or toll ("rose to"): shown as an update, not an error. */
    UPDATE,
    /** A passage of 12 words or more repeated within or across articles; informational. */
    DUPLICATE;

    /** The stable code used in JSON, CSV and fingerprints: {@code conflict}, {@code copy-changed}, ... */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
