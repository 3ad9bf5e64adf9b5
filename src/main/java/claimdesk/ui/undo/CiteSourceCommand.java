package claimdesk.ui.undo;

import claimdesk.model.ClaimSource;
import claimdesk.model.Passage;
import claimdesk.model.Source;
import claimdesk.model.Stance;
import claimdesk.store.LedgerStore;
import claimdesk.store.SourceStore;

/**
 * Cites a source for a claim, creating the source first when {@code source} is not stored yet (id 0). Undo removes
 * the citation but keeps a created source in the library (nothing is lost); redo puts the same link back.
 */
public final class CiteSourceCommand implements LedgerCommand {

    private final SourceStore sources;
    private final long claimId;
    private final Source source;
    private final Stance stance;
    private final String quote;
    private final Passage passage;
    private volatile long sourceId;
    private volatile ClaimSource link;

    public CiteSourceCommand(SourceStore sources, long claimId, Source source, Stance stance, String quote,
                             Passage passage) {
        this.sources = sources;
        this.claimId = claimId;
        this.source = source;
        this.stance = stance;
        this.quote = quote;
        this.passage = passage;
        this.sourceId = source.id();
    }

    @Override
    public void apply(LedgerStore store) {
        if (sourceId == 0) {
            sourceId = sources.createSource(source).id();
        }
        link = link == null ? sources.link(claimId, sourceId, stance, quote, passage) : sources.restoreLink(link);
    }

    @Override
    public void revert(LedgerStore store) {
        link = sources.unlink(link.id());
    }

    @Override
    public String label() {
        return "cite source";
    }
}
