package claimdesk.store;

import claimdesk.model.Article;
import claimdesk.model.ArticleMetadata;
import claimdesk.model.ArticleSummary;
import claimdesk.model.Claim;
import claimdesk.model.Figure;
import claimdesk.model.NewArticle;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;

/**
 * The articles of the ledger and the figures found in them, behind {@link LedgerStore}. An article's text is kept
 * once: a second article with the same text hash is refused or handed back. Changes to metadata and text are audited
 * field by field; stored figures are derived data and are not. Each method is one transaction.
 */
final class LedgerArticles {

    private final Jdbi jdbi;
    private final LedgerAudit audit;
    private final LedgerClaims claims;

    LedgerArticles(Jdbi jdbi, LedgerAudit audit, LedgerClaims claims) {
        this.jdbi = jdbi;
        this.audit = audit;
        this.claims = claims;
    }

    LedgerStore.AddedArticle add(NewArticle draft) {
        return jdbi.inTransaction(handle -> {
            ArticleDao dao = handle.attach(ArticleDao.class);
            Optional<Long> existing = dao.findIdByHash(draft.textHash());
            if (existing.isPresent()) {
                return new LedgerStore.AddedArticle(dao.find(existing.get()).orElseThrow(), false);
            }
            long id = dao.insert(UUID.randomUUID().toString(), draft.metadata(), draft.text(), draft.textHash(),
                    draft.sourceName(), LedgerAudit.now());
            audit.record(handle, "article", id, "created", null, draft.metadata().headline());
            return new LedgerStore.AddedArticle(dao.find(id).orElseThrow(), true);
        });
    }

    Optional<Article> find(long id) {
        return jdbi.withExtension(ArticleDao.class, dao -> dao.find(id));
    }

    List<ArticleSummary> summaries() {
        return jdbi.withExtension(ArticleDao.class, ArticleDao::summaries);
    }

    ArticleMetadata updateMetadata(long articleId, ArticleMetadata metadata) {
        return jdbi.inTransaction(handle -> {
            ArticleDao dao = handle.attach(ArticleDao.class);
            Article before = dao.find(articleId).orElseThrow(() -> LedgerStore.missing("article", articleId));
            dao.updateMetadata(articleId, metadata);
            ArticleMetadata old = before.metadata();
            audit.recordIfChanged(handle, "article", articleId, "headline", old.headline(), metadata.headline());
            audit.recordIfChanged(handle, "article", articleId, "outlet", old.outlet(), metadata.outlet());
            audit.recordIfChanged(handle, "article", articleId, "author", old.author(), metadata.author());
            audit.recordIfChanged(handle, "article", articleId, "url", old.url(), metadata.url());
            audit.recordIfChanged(handle, "article", articleId, "publishedOn", String.valueOf(old.publishedOn()),
                    String.valueOf(metadata.publishedOn()));
            return old;
        });
    }

    /** The text and the claims moved with it change in one transaction, so no claim points into the old text. */
    Article replaceText(long articleId, String text, String textHash, List<Claim> movedClaims) {
        return jdbi.inTransaction(handle -> {
            ArticleDao dao = handle.attach(ArticleDao.class);
            Article before = dao.find(articleId).orElseThrow(() -> LedgerStore.missing("article", articleId));
            Optional<Long> twin = dao.findIdByHash(textHash);
            if (twin.isPresent() && twin.get() != articleId) {
                throw new LedgerException(
                        "Another article in the library already has this text (id " + twin.get() + ")");
            }
            dao.updateText(articleId, text, textHash);
            audit.record(handle, "article", articleId, "text", before.textHash(), textHash);
            for (Claim moved : movedClaims) {
                claims.move(handle, articleId, moved);
            }
            return dao.find(articleId).orElseThrow();
        });
    }

    void replaceFigures(long articleId, List<Figure> figures, int extractorVersion) {
        jdbi.useTransaction(handle -> {
            FigureDao dao = handle.attach(FigureDao.class);
            dao.deleteOf(articleId);
            if (!figures.isEmpty()) {
                dao.insert(figures.stream().map(figure -> FigureRow.of(articleId, figure)).toList());
            }
            dao.markExtracted(articleId, extractorVersion);
        });
    }

    List<Figure> figuresOf(long articleId) {
        return jdbi.withHandle(handle -> {
            String text = handle.attach(ArticleDao.class).find(articleId).map(Article::text).orElse("");
            return handle.attach(FigureDao.class).of(articleId).stream().map(row -> row.toFigure(text)).toList();
        });
    }

    List<Long> articlesNeedingFigures(int extractorVersion) {
        return jdbi.withExtension(FigureDao.class, dao -> dao.articlesNotAt(extractorVersion));
    }
}
