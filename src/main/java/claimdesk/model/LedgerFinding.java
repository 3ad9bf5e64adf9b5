package claimdesk.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A consistency finding as the ledger keeps it: what the checker said ({@code kind} is its code, e.g.
 * {@code copy-changed}; {@code measureKey} groups findings about one measure; {@code explanation} says what it
 * assumed, how sure it is and why), the reviewer's ruling on it, and whether the last check still produced it
 * ({@code resolved} is true once it no longer does, e.g. after an article was corrected). {@code claimId} is the
 * claim that records a confirmed finding, else null.
 */
public record LedgerFinding(long id, String fingerprint, String kind, String measureKey, String message,
                            List<FindingRef> refs, FindingRuling ruling, String reason, Long claimId,
                            boolean resolved, Instant firstSeen, Instant lastSeen, FindingExplanation explanation) {

    public LedgerFinding {
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(ruling, "ruling");
        refs = List.copyOf(refs);
        explanation = explanation == null ? FindingExplanation.NONE : explanation;
    }

    /** A finding without an explanation (medium confidence, no relation, no why). */
    public LedgerFinding(long id, String fingerprint, String kind, String measureKey, String message,
                         List<FindingRef> refs, FindingRuling ruling, String reason, Long claimId,
                         boolean resolved, Instant firstSeen, Instant lastSeen) {
        this(id, fingerprint, kind, measureKey, message, refs, ruling, reason, claimId, resolved, firstSeen,
                lastSeen, FindingExplanation.NONE);
    }

    /** Open means a reviewer still has to look: not ruled on and still produced by the checker. */
    public boolean isOpen() {
        return ruling == FindingRuling.OPEN && !resolved;
    }

    public String relation() {
        return explanation.relation();
    }

    /** {@code high}, {@code medium} or {@code low}. */
    public String confidence() {
        return explanation.confidence();
    }

    public String why() {
        return explanation.why();
    }

    /** What the checker produced, before the ledger gives it an id and a ruling. */
    public record Draft(String fingerprint, String kind, String measureKey, String message, List<FindingRef> refs,
                        FindingExplanation explanation) {
        public Draft {
            refs = List.copyOf(refs);
            explanation = explanation == null ? FindingExplanation.NONE : explanation;
        }

        public Draft(String fingerprint, String kind, String measureKey, String message, List<FindingRef> refs) {
            this(fingerprint, kind, measureKey, message, refs, FindingExplanation.NONE);
        }
    }
}
