package claimdesk.ui.undo;

import claimdesk.model.ArticleMetadata;
import claimdesk.service.FigureIndexer;
import claimdesk.store.LedgerStore;

/** Replaces an article's headline, outlet, author, URL and date. */
public record UpdateMetadataCommand(long articleId, ArticleMetadata before, ArticleMetadata after)
        implements LedgerCommand {

    @Override
    public void apply(LedgerStore store) {
        change(store, before, after);
    }

    @Override
    public void revert(LedgerStore store) {
        change(store, after, before);
    }

    // Periods such as "this year" resolve against the publication date, so a new date means new figures.
    private void change(LedgerStore store, ArticleMetadata from, ArticleMetadata to) {
        store.updateMetadata(articleId, to);
        if (!java.util.Objects.equals(from.publishedOn(), to.publishedOn())) {
            store.article(articleId).ifPresent(new FigureIndexer(store)::index);
        }
    }

    @Override
    public String label() {
        return "edit article details";
    }
}
