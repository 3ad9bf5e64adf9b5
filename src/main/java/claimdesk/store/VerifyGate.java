package claimdesk.store;

import claimdesk.model.Claim;
import claimdesk.model.ClaimStatus;
import claimdesk.model.Verdict;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * The second-reviewer rule (issue 13): a claim becomes Verified, or a Verified claim takes another verdict, only
 * when its latest second review ({@link ReviewStore}) agreed with the first verdict and gave the verdict being
 * saved. The check sits in the store's one claim update, so neither a screen nor the command line can skip it.
 *
 * <p>Where it applies: always on a desk (a ledger on a server), where several people share the ledger; on a
 * ledger in a folder only when its store was told to ({@link LedgerStore#requireSecondReview}, from the person's
 * "second reviewer required" setting, off by default), because there one person usually works alone, and they
 * could only ever verify a claim by signing the second review with another name. A claim that was Verified before
 * the rule stays so; so does one restored by an undo of its deletion ({@link LedgerStore#restoreClaim}), which
 * puts back a claim as it was rather than changing one. Leaving Verified (back to In review, or on to Published)
 * is never checked here: publishing is the editor's (desk-roles.sql).
 */
final class VerifyGate {

    static final String REFUSED = "A claim becomes Verified only when a second reviewer, not its author, reaches "
            + "the same verdict without seeing it: ask a colleague to use Second review\u2026 on this claim.";

    private VerifyGate() {
    }

    /** Refuses the update of {@code before} to {@code after} when the rule applies and no agreeing review allows it. */
    static void check(Handle handle, Claim before, Claim after, boolean required) {
        if (!required || after.status() != ClaimStatus.VERIFIED) {
            return;
        }
        boolean wasVerified = before.status() == ClaimStatus.VERIFIED || before.status() == ClaimStatus.PUBLISHED;
        if (wasVerified && before.verdict() == after.verdict()) {
            return;
        }
        if (!agreedOn(handle, after.id(), after.verdict())) {
            throw new LedgerException(REFUSED);
        }
    }

    /** Refuses a new claim stored as Verified where the rule applies: no one can have reviewed it yet. */
    static void checkNew(ClaimStatus status, boolean required) {
        if (required && status == ClaimStatus.VERIFIED) {
            throw new LedgerException(REFUSED);
        }
    }

    /** Whether the claim's latest second review agreed with the first verdict, on {@code verdict}. */
    static boolean agreedOn(Handle handle, long claimId, Verdict verdict) {
        Optional<String[]> latest = handle.createQuery("""
                        SELECT verdict, first_verdict FROM claim_review WHERE claim_id = :claimId
                        ORDER BY id DESC""")
                .bind("claimId", claimId)
                .map((rs, ctx) -> new String[] {rs.getString("verdict"), rs.getString("first_verdict")})
                .findFirst();
        return latest.isPresent() && latest.get()[0].equals(latest.get()[1])
                && latest.get()[0].equals(verdict.name());
    }
}
