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
 */
public record Finding(FindingKind kind, String message, List<TextRef> refs, String measureKey, String fingerprint) {

    public Finding {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(measureKey, "measureKey");
        Objects.requireNonNull(fingerprint, "fingerprint");
        refs = List.copyOf(refs);
        if (refs.isEmpty()) {
            throw new IllegalArgumentException("a finding needs at least one reference");
        }
    }

    /** The finding with its fingerprint set; the checks build findings first and fingerprint them at the end. */
    Finding withFingerprint(String newFingerprint) {
        return new Finding(kind, message, refs, measureKey, newFingerprint);
    }
}
