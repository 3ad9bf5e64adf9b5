package claimdesk.ui.sources;

import claimdesk.model.Article;
import claimdesk.model.ClaimRef;
import claimdesk.model.Passage;
import claimdesk.store.SourceStore;
import claimdesk.ui.Dialogs;
import claimdesk.ui.Session;
import claimdesk.ui.UiExecutor;
import claimdesk.ui.undo.CiteSourceCommand;

/**
 * Uses a passage of the open article as evidence for a claim of another article: the article becomes (once) a
 * library source, and the link keeps the passage's offsets and text so it can be opened at that span later.
 */
public final class PassageSourceViewModel {

    private final SourceStore store;
    private final UiExecutor executor;
    private final Dialogs dialogs;
    private final SourceDialogs sourceDialogs;
    private final Session session;
    private final SourcesViewModel sources;

    public PassageSourceViewModel(SourceStore store, UiExecutor executor, Dialogs dialogs, SourceDialogs sourceDialogs,
                                  Session session, SourcesViewModel sources) {
        this.store = store;
        this.executor = executor;
        this.dialogs = dialogs;
        this.sourceDialogs = sourceDialogs;
        this.session = session;
        this.sources = sources;
    }

    /** Asks which claim {@code [start, end)} of the open article is evidence for, then links it. */
    public void useSelection(int start, int end) {
        Article article = session.openArticleProperty().get();
        if (article == null || start >= end || end > article.text().length()) {
            session.statusMessageProperty().set("Select a passage of the article first, then use it as a source.");
            return;
        }
        String quote = article.text().substring(start, end).strip();
        executor.submit(UiExecutor.Lane.READ, "Loading claims", progress -> store.allClaims().stream()
                .filter(ref -> ref.articleId() != article.id()).toList(), claims -> {
                    if (claims.isEmpty()) {
                        dialogs.showInformation("No claim to support",
                                "Claims of other articles can cite this passage; there are none yet.");
                        return;
                    }
                    sourceDialogs.chooseClaim(quote, claims).ifPresent(choice -> link(article, start, end, quote,
                            choice));
                }, error -> dialogs.showError("Cannot load the claims", error.getMessage()));
    }

    private void link(Article article, int start, int end, String quote, SourceDialogs.ClaimChoice choice) {
        ClaimRef claim = choice.claim();
        // The article's library source is found or made first; citing it is then one undoable step.
        executor.submit(UiExecutor.Lane.WRITE, "Citing the passage", progress -> store.sourceForArticle(article),
                source -> sources.push(new CiteSourceCommand(store, claim.claimId(), source, choice.stance(), quote,
                        new Passage(article.id(), start, end)), "Passage cited (" + choice.stance().label()
                        + ") for \u201c" + SourcesViewModel.abbreviate(claim.quote()) + "\u201d in "
                        + claim.articleHeadline() + "."),
                error -> dialogs.showError("The passage was not cited", error.getMessage()));
    }
}
