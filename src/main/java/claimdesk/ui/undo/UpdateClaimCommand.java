package claimdesk.ui.undo;

import claimdesk.model.Claim;
import claimdesk.store.LedgerStore;

/** Replaces a claim's editable fields (verdict, status, note, tags, span) by those of {@code after}. */
public record UpdateClaimCommand(String label, Claim before, Claim after) implements LedgerCommand {

    @Override
    public void apply(LedgerStore store) {
        store.updateClaim(after);
    }

    @Override
    public void revert(LedgerStore store) {
        store.updateClaim(before);
    }
}
