package claimdesk.ui.undo;

import claimdesk.model.ClaimSource;
import claimdesk.model.Source;
import claimdesk.store.LedgerStore;
import claimdesk.store.SourceStore;
import java.util.Objects;

/**
 * Changes a library source's details and/or one citation's stance and quote. Either pair may be equal (nothing to do
 * for it); the links are null when only the source changes.
 */
public record EditCitationCommand(SourceStore sources, Source sourceBefore, Source sourceAfter,
                                  ClaimSource linkBefore, ClaimSource linkAfter) implements LedgerCommand {

    @Override
    public void apply(LedgerStore store) {
        write(sourceAfter, linkAfter, sourceBefore, linkBefore);
    }

    @Override
    public void revert(LedgerStore store) {
        write(sourceBefore, linkBefore, sourceAfter, linkAfter);
    }

    private void write(Source source, ClaimSource link, Source otherSource, ClaimSource otherLink) {
        if (!source.equals(otherSource)) {
            sources.updateSource(source);
        }
        if (link != null && !Objects.equals(link, otherLink)) {
            sources.updateLink(link);
        }
    }

    /** True when applying would change nothing. */
    public boolean changesNothing() {
        return sourceBefore.equals(sourceAfter) && Objects.equals(linkBefore, linkAfter);
    }

    @Override
    public String label() {
        return "edit source";
    }
}
