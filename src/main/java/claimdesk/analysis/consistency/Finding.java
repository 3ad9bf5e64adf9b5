package claimdesk.analysis.consistency;

import java.util.List;
import java.util.Objects;

/**
 * One thing a reviewer should look at. {@code message} is one plain-English sentence; {@code refs} are the
 * figures, numbers or passages involved (never empty); {@code measureKey} groups findings about the same measure
 * (for example {@code person|deport|iran+pakistan|count}, or {@code passage:<hash>} for duplicates) so the UI can
 * group them and a reviewer can merge or split groups. {@code fingerprint} is the same for the same finding on
 * every run whatever the order of the input articles; a reviewer's ruling is stored against it. Two findings are
 * equal when all components are equal.
 *
 * <p>{@code relation} names what the checker assumed links the figures ({@code same-quantity}, {@code part-of},
 * {@code update}, {@code copy}, {@code passage}, or empty), {@code why} says in a reviewer's words why it assumed
 * it, and {@code confidence} how sure it is; {@code measureParts} what the checker read the figures to measure
 * ({@link MeasureParts#NONE} for passages). None of these is part of the fingerprint: a better explanation of the
 * same finding keeps the reviewer's ruling.
 */
public record Finding(FindingKind kind, String message, List<TextRef> refs, String measureKey, String fingerprint,
                      String relation, Confidence confidence, String why, MeasureParts measureParts) {

    public Finding {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(relation, "relation");
        Objects.requireNonNull(confidence, "confidence");
        Objects.requireNonNull(why, "why");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(measureKey, "measureKey");
        Objects.requireNonNull(fingerprint, "fingerprint");
        measureParts = measureParts == null ? MeasureParts.NONE : measureParts;
        refs = List.copyOf(refs);
        if (refs.isEmpty()) {
            throw new IllegalArgumentException("a finding needs at least one reference");
        }
    }

    /** A finding as stored: the measure parts are not kept. */
    public Finding(FindingKind kind, String message, List<TextRef> refs, String measureKey, String fingerprint,
                   String relation, Confidence confidence, String why) {
        this(kind, message, refs, measureKey, fingerprint, relation, confidence, why, MeasureParts.NONE);
    }

    /** A finding without an explanation yet: no relation, medium confidence. */
    public Finding(FindingKind kind, String message, List<TextRef> refs, String measureKey, String fingerprint) {
        this(kind, message, refs, measureKey, fingerprint, "", Confidence.MEDIUM, "");
    }

    /** The finding with its fingerprint set; the checks build findings first and fingerprint them at the end. */
    Finding withFingerprint(String newFingerprint) {
        return new Finding(kind, message, refs, measureKey, newFingerprint, relation, confidence, why, measureParts);
    }

    /** The finding with what the checker assumed, why, and how sure it is. */
    Finding explained(String newRelation, Confidence newConfidence, String newWhy) {
        return new Finding(kind, message, refs, measureKey, fingerprint, newRelation, newConfidence, newWhy,
                measureParts);
    }

    /** The finding with the measure its figures were read to have. */
    Finding withParts(MeasureParts parts) {
        return new Finding(kind, message, refs, measureKey, fingerprint, relation, confidence, why, parts);
    }
}
