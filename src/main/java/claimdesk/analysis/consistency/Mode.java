package claimdesk.analysis.consistency;

import java.util.Locale;

/**
 * In what mood a figure is stated. Only actual counts and estimates describe what happened; a projection ("could
 * flee", "in the worst case") or a target ("aims to resettle") says what may or should happen, so it is never
 * compared with a count of what did.
 */
public enum Mode {
    ACTUAL, ESTIMATE, PROJECTION, TARGET;

    /** {@code actual}, {@code estimate}, {@code projection}, {@code target}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    boolean isFact() {
        return this == ACTUAL || this == ESTIMATE;
    }
}
