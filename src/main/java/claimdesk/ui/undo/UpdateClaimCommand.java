package claimdesk.ui.undo;

import claimdesk.model.Claim;
import claimdesk.store.LedgerStore;
import claimdesk.store.StaleClaimException;

/**
 * Replaces a claim's editable fields (verdict, status, note, tags, span) by those of {@code after}. Each apply and
 * revert names the version the claim should be at ({@link ClaimVersions}), so when someone else saved the claim in
 * between, the ledger refuses it with {@link StaleClaimException} and nothing is overwritten.
 */
public record UpdateClaimCommand(String label, Claim before, Claim after, ClaimVersions versions)
        implements LedgerCommand {

    /** A command whose saves are checked only against the versions it was made from. */
    public UpdateClaimCommand(String label, Claim before, Claim after) {
        this(label, before, after, new ClaimVersions());
    }

    @Override
    public void apply(LedgerStore store) {
        save(store, after);
    }

    @Override
    public void revert(LedgerStore store) {
        save(store, before);
    }

    private void save(LedgerStore store, Claim claim) {
        int expected = versions.expected(claim.id(), claim.version());
        try {
            store.updateClaim(claim.withVersion(expected));
        } catch (StaleClaimException e) {
            versions.refused(claim.id(), e.theirs().version());
            throw e;
        }
        versions.saved(claim.id(), expected + 1);
    }
}
