package claimdesk.model;

import java.util.Objects;

/**
 * A stored split: the figure at {@code start..end} (end exclusive; {@code text} is what it read) of a ledger
 * article belongs to {@code measureKey} and to no other measure.
 */
public record MeasureSplit(long articleId, int start, int end, String text, String measureKey) {

    public MeasureSplit {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(measureKey, "measureKey");
    }
}
