package claimdesk.model;

import java.util.List;
import java.util.Locale;

/**
 * Why the checker reported a finding: {@code relation} is what it assumed links the figures ({@code same-quantity},
 * {@code part-of}, {@code update}, {@code copy}, {@code passage}, or empty when it did not say), {@code confidence}
 * how sure it is ({@code high}, {@code medium} or {@code low}; anything else reads as medium, as do findings stored
 * before explanations existed), and {@code why} plain sentences for the reviewer (empty when there are none). Never
 * null; equal when all three components are equal.
 */
public record FindingExplanation(String relation, String confidence, String why) {

    /** The confidence codes, surest first: the order the Consistency tab lists findings in. */
    public static final List<String> CONFIDENCES = List.of("high", "medium", "low");

    /** What a finding without an explanation reads as. */
    public static final FindingExplanation NONE = new FindingExplanation("", "medium", "");

    public FindingExplanation {
        relation = relation == null ? "" : relation.strip();
        confidence = confidence == null ? "" : confidence.strip().toLowerCase(Locale.ROOT);
        confidence = CONFIDENCES.contains(confidence) ? confidence : "medium";
        why = why == null ? "" : why.strip();
    }

    /** 0 for high, 1 for medium, 2 for low: sorting by it puts the surest findings first. */
    public int confidenceRank() {
        return CONFIDENCES.indexOf(confidence);
    }
}
