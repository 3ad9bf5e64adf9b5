package claimdesk.ui.undo;

import claimdesk.model.ClaimSource;
import claimdesk.store.LedgerStore;
import claimdesk.store.SourceStore;

/** Takes a source off a claim (the source stays in the library); undo puts the same link back. */
public record RemoveCitationCommand(SourceStore sources, ClaimSource link) implements LedgerCommand {

    @Override
    public void apply(LedgerStore store) {
        sources.unlink(link.id());
    }

    @Override
    public void revert(LedgerStore store) {
        sources.restoreLink(link);
    }

    @Override
    public String label() {
        return "remove source";
    }
}
