package claimdesk.ui.sources;

import claimdesk.model.Article;
import claimdesk.model.Claim;
import claimdesk.store.LedgerStore;
import claimdesk.ui.Dialogs;
import claimdesk.ui.Session;
import claimdesk.ui.UiExecutor;
import claimdesk.ui.reader.ReaderScroll;
import java.util.Optional;
import javafx.stage.Stage;
import org.fxmisc.richtext.StyleClassedTextArea;

/**
 * Opens places in the main window: an article with a span selected in the reader, or a claim. The article is set on
 * the session, whose listeners fill the reader synchronously, so the span can be selected right after.
 */
public final class WorkbenchNavigator implements Navigator {

    private final LedgerStore store;
    private final UiExecutor executor;
    private final Dialogs dialogs;
    private final Session session;
    private final StyleClassedTextArea reader;
    private final Stage stage;

    public WorkbenchNavigator(LedgerStore store, UiExecutor executor, Dialogs dialogs, Session session,
                              StyleClassedTextArea reader, Stage stage) {
        this.store = store;
        this.executor = executor;
        this.dialogs = dialogs;
        this.session = session;
        this.reader = reader;
        this.stage = stage;
    }

    @Override
    public void openArticleAt(long articleId, int start, int end) {
        withArticle(articleId, article -> {
            ReaderScroll.selectAndCentre(reader, start, end);
            reader.requestFocus();
        });
    }

    @Override
    public void openPassage(long articleId, int start, int end, String quote) {
        withArticle(articleId, article -> {
            int[] span = PassageFinder.locate(article.text(), start, end, quote);
            if (span == null) {
                session.statusMessageProperty().set("The article's text has changed since this passage was cited; "
                        + "the cited words are kept with the source.");
                span = new int[] {start, end};
            }
            ReaderScroll.selectAndCentre(reader, span[0], span[1]);
            reader.requestFocus();
        });
    }

    @Override
    public void openClaim(long articleId, long claimId) {
        executor.submit(UiExecutor.Lane.READ, "Opening the claim", progress -> store.claim(claimId), claim -> {
            if (claim.isEmpty()) {
                dialogs.showInformation("Claim not found", "This claim is no longer in the ledger.");
                return;
            }
            Claim found = claim.get();
            withArticle(found.articleId(), article -> session.selectedClaimProperty().set(found));
        }, error -> dialogs.showError("Cannot open the claim", error.getMessage()));
    }

    private void withArticle(long articleId, java.util.function.Consumer<Article> then) {
        Article open = session.openArticleProperty().get();
        if (open != null && open.id() == articleId) {
            stage.toFront();
            then.accept(open);
            return;
        }
        executor.submit(UiExecutor.Lane.READ, "Opening the article", progress -> store.article(articleId),
                (Optional<Article> article) -> {
                    if (article.isEmpty()) {
                        dialogs.showInformation("Article not found", "This article is no longer in the library.");
                        return;
                    }
                    session.openArticleProperty().set(article.get());
                    stage.toFront();
                    then.accept(article.get());
                }, error -> dialogs.showError("Cannot open the article", error.getMessage()));
    }
}
