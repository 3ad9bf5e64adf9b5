package claimdesk.ui.undo;

import claimdesk.model.ArticleMetadata;
import claimdesk.store.LedgerStore;

/** Replaces an article's headline, outlet, author, URL and date. */
public record UpdateMetadataCommand(long articleId, ArticleMetadata before, ArticleMetadata after)
        implements LedgerCommand {

    @Override
    public void apply(LedgerStore store) {
        store.updateMetadata(articleId, after);
    }

    @Override
    public void revert(LedgerStore store) {
        store.updateMetadata(articleId, before);
    }

    @Override
    public String label() {
        return "edit article details";
    }
}
