package claimdesk.ui.undo;

import claimdesk.model.Claim;
import claimdesk.store.LedgerStore;

/** Deletes a claim; undo puts it back with the same id, tags and history. */
public record DeleteClaimCommand(Claim claim) implements LedgerCommand {

    @Override
    public void apply(LedgerStore store) {
        store.deleteClaim(claim.id());
    }

    @Override
    public void revert(LedgerStore store) {
        store.restoreClaim(claim);
    }

    @Override
    public String label() {
        return "delete claim";
    }
}
