package claimdesk.analysis.consistency;

import java.util.Locale;

/**
 * How sure the checker is that a finding is real: it rises with how many parts of the measure (what is counted,
 * who, where, when, in which mode) both figures state, so a reviewer reads the high ones first.
 */
public enum Confidence {
    HIGH,
    MEDIUM,
    LOW;

    /** The stable code used in JSON and in the ledger: {@code high}, {@code medium}, {@code low}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads a {@link #code()} back; unknown or missing codes read as {@link #MEDIUM}. */
    public static Confidence ofCode(String code) {
        for (Confidence confidence : values()) {
            if (confidence.code().equals(code)) {
                return confidence;
            }
        }
        return MEDIUM;
    }
}
