package claimdesk.store;

import claimdesk.model.AuditEntry;
import claimdesk.model.Claim;
import claimdesk.model.ClaimStatus;
import claimdesk.model.CohensKappa;
import claimdesk.model.SecondReview;
import claimdesk.model.Verdict;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Second reviews of claims, and the agreement between reviewers. A reviewer other than a claim's author gives a
 * verdict without being shown the claim's; the same verdict makes the claim Verified, another sends it back to
 * In review with both kept ({@link #reviews}). The rule that Verified needs such a review is checked by every
 * claim update ({@link VerifyGate}). Reviews are signed with the ledger's reviewer, like every change, and each
 * writes an audit row on the claim, so a desk hears of it. Every method is one transaction, safe from any thread.
 * Names are compared ignoring case and surrounding spaces: "Amina" and "amina " are one person.
 */
public final class ReviewStore {

    private final LedgerStore ledger;
    private final Jdbi jdbi;

    public ReviewStore(LedgerStore ledger) {
        this.ledger = ledger;
        this.jdbi = ledger.jdbi();
    }

    /**
     * Who made the claim: the reviewer of its "created" audit row, else of its earliest one (a claim that came in
     * another way, from a case file say); empty when the ledger has no row on it.
     */
    public Optional<String> author(long claimId) {
        return jdbi.withHandle(handle -> author(handle, claimId));
    }

    /** Whether this ledger needs a second reviewer for Verified (always on a desk; see {@link VerifyGate}). */
    public boolean required() {
        return ledger.secondReviewRequired();
    }

    /** Whether the ledger's reviewer may give the claim a second review now: it waits for one, and is not theirs. */
    public boolean mayReview(long claimId) {
        return jdbi.withHandle(handle -> {
            Claim claim = ledger.readIn(handle, claimId);
            return awaitsReview(claim) && !author(handle, claimId).map(this::isMe).orElse(false);
        });
    }

    /**
     * Records the ledger's reviewer's verdict on claim {@code claimId} and returns the review with the claim's
     * verdict beside it: equal verdicts make the claim Verified, different ones leave it (or put it) In review with
     * its note unchanged. Refused with {@link LedgerException}, writing nothing, when the reviewer is the claim's
     * author or the claim is neither Draft nor In review.
     */
    public SecondReview submitSecondReview(long claimId, Verdict verdict) {
        String reviewer = ledger.reviewer();
        return jdbi.inTransaction(handle -> {
            Claim claim = ledger.readIn(handle, claimId);
            if (!awaitsReview(claim)) {
                throw new LedgerException("Only a claim in Draft or In review gets a second review; this one is "
                        + claim.status().label() + ".");
            }
            if (author(handle, claimId).map(this::isMe).orElse(false)) {
                throw new LedgerException("A second review is by someone other than the claim's author, and "
                        + reviewer + " made this claim: ask a colleague to review it.");
            }
            Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
            long id = handle.createUpdate("""
                            INSERT INTO claim_review (claim_id, reviewer, verdict, first_verdict, reviewed_at)
                            VALUES (:claimId, :reviewer, :verdict, :firstVerdict, :at)""")
                    .bind("claimId", claimId).bind("reviewer", reviewer).bind("verdict", verdict.name())
                    .bind("firstVerdict", claim.verdict().name()).bind("at", now)
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            ledger.auditIn(handle, "claim", claimId, "second review", claim.verdict().label(), verdict.label());
            SecondReview review = new SecondReview(id, claimId, reviewer, verdict, claim.verdict(), now);
            ClaimStatus next = review.agrees() ? ClaimStatus.VERIFIED : ClaimStatus.IN_REVIEW;
            if (claim.status() != next) {
                // After the insert: the update's own check (VerifyGate) looks for this agreeing review.
                ledger.updateClaimIn(handle, claim.withStatus(next));
            }
            return review;
        });
    }

    /** The second reviews of a claim, oldest first. */
    public List<SecondReview> reviews(long claimId) {
        return jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT * FROM claim_review WHERE claim_id = :claimId ORDER BY id")
                .bind("claimId", claimId).map((rs, ctx) -> map(rs)).list());
    }

    /** Cohen's kappa between first and second verdicts over every second review in this ledger. */
    public CohensKappa agreement() {
        return CohensKappa.of(jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT first_verdict, verdict FROM claim_review ORDER BY id")
                .map((rs, ctx) -> new CohensKappa.Pair<>(Verdict.valueOf(rs.getString(1)),
                        Verdict.valueOf(rs.getString(2))))
                .list()));
    }

    private static boolean awaitsReview(Claim claim) {
        return claim.status() == ClaimStatus.DRAFT || claim.status() == ClaimStatus.IN_REVIEW;
    }

    private boolean isMe(String name) {
        return normalised(name).equals(normalised(ledger.reviewer()));
    }

    private static String normalised(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    private static Optional<String> author(Handle handle, long claimId) {
        List<AuditEntry> rows = handle.attach(AuditDao.class).of("claim", claimId);
        return rows.stream().filter(row -> "created".equals(row.field())).findFirst()
                .or(() -> rows.stream().findFirst()).map(AuditEntry::reviewer);
    }

    private static SecondReview map(ResultSet rs) throws SQLException {
        return new SecondReview(rs.getLong("id"), rs.getLong("claim_id"), rs.getString("reviewer"),
                Verdict.valueOf(rs.getString("verdict")), Verdict.valueOf(rs.getString("first_verdict")),
                rs.getObject("reviewed_at", OffsetDateTime.class).toInstant());
    }
}
