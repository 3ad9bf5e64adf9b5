package claimdesk.store;

import claimdesk.model.Article;
import claimdesk.model.CaseConflict;
import claimdesk.model.CaseContent;
import claimdesk.model.Claim;
import claimdesk.model.Source;
import claimdesk.model.TextQuote;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/**
 * Takes articles and claims out of a ledger as a {@link CaseContent}, and merges one in by UUID, in one transaction:
 * new articles and claims are added, identical ones are left alone, and where both sides changed a claim the
 * ledger's version is kept and the difference is reported as a conflict, never silently overwritten. Thread-safe
 * like {@link LedgerStore}.
 */
public final class CaseStore {

    private final LedgerStore ledger;
    private final SourceStore sources;
    private final AttachmentFiles files;

    public CaseStore(LedgerStore ledger) {
        this.ledger = ledger;
        this.sources = new SourceStore(ledger);
        this.files = new AttachmentFiles(ledger.folder(), ledger::evidenceKey);
    }

    /**
     * What {@link #merge} did; {@code conflicts} carry a sentence for the reviewer and, for claims and sources, both
     * versions, so that {@link #takeTheirs} can apply the case's. {@code evidenceAdded} counts
     * sources, citations, evidence files and rulings taken; {@code unchanged} counts every kind of record.
     */
    public record MergeResult(int articlesAdded, int claimsAdded, int evidenceAdded, int unchanged,
                              List<CaseConflict> conflicts) {

        public MergeResult(int articlesAdded, int claimsAdded, int unchanged, List<CaseConflict> conflicts) {
            this(articlesAdded, claimsAdded, 0, unchanged, conflicts);
        }
    }

    /**
     * The given articles (in that order) with all their claims, the sources those claims cite with their files,
     * and the rulings (other than open) on findings that point into these articles.
     */
    public CaseContent export(Collection<Long> articleIds) throws java.io.IOException {
        List<Article> articles = new ArrayList<>();
        List<Claim> claims = new ArrayList<>();
        for (long id : articleIds) {
            articles.add(ledger.article(id).orElseThrow(() -> new LedgerException("No article with id " + id)));
            claims.addAll(ledger.claimsOf(id));
        }
        return CaseEvidence.export(ledger, sources, new FindingStore(ledger), articles, claims);
    }

    /**
     * Merges {@code content} into the ledger; nothing is written when it fails. Evidence files are written, by
     * content, before the transaction; afterwards (committed or not) the ones it created that no row names are
     * removed again. What a killed import left behind is removed first. Call on the writer thread.
     */
    public MergeResult merge(CaseContent content) throws java.io.IOException {
        sources.removeStrayFiles();
        List<String> created = new ArrayList<>();
        try {
            for (CaseContent.EvidenceFile file : content.files()) {
                AttachmentFiles.Stored stored = files.store(new java.io.ByteArrayInputStream(file.bytes()));
                if (stored.created()) {
                    created.add(stored.sha256());
                }
            }
            return mergeRows(content);
        } finally {
            // A file whose every source was in conflict got no row; neither did any file of a failed merge.
            java.util.Set<String> kept = ledger.jdbi().withExtension(AttachmentDao.class, AttachmentDao::hashes);
            created.stream().filter(sha -> !kept.contains(sha)).forEach(files::delete);
        }
    }

    private MergeResult mergeRows(CaseContent content) {
        return ledger.jdbi().inTransaction(handle -> {
            CaseArticles localArticle = new CaseArticles();
            List<CaseConflict> conflicts = new ArrayList<>();
            int articlesAdded = 0;
            int claimsAdded = 0;
            int unchanged = 0;
            for (Article article : content.articles()) {
                Optional<Article> mine = articleByUuid(handle, article.uuid()).or(() -> articleByHash(handle, article));
                if (mine.isEmpty()) {
                    long id = handle.attach(ArticleDao.class).insert(article.uuid().toString(), article.metadata(),
                            article.text(), article.textHash(), article.sourceName(), article.importedAt());
                    ledger.auditIn(handle, "article", id, "imported", null, article.headline());
                    localArticle.map(article, new Article(id, article.uuid(), article.metadata(), article.text(),
                            article.textHash(), article.sourceName(), article.importedAt()));
                    articlesAdded++;
                } else if (!sameText(mine.get(), article)) {
                    conflicts.add(CaseConflict.listed(CaseConflict.Kind.ARTICLE, article.uuid(), "Article \u201c"
                            + article.headline() + "\u201d has a different text in the case; your text and its "
                            + "claims were kept, the case's claims on it were not imported."));
                } else {
                    localArticle.map(article, mine.get());
                    unchanged++;
                }
            }
            ClaimDao claims = handle.attach(ClaimDao.class);
            for (Claim sent : content.claims()) {
                // Trimmed as every stored claim is (V9), so a case from an older Claimdesk does not differ by a space.
                Claim claim = sent.withQuote(sent.quote().trimmed());
                Long articleId = localArticle.localId(claim.articleId());
                if (articleId == null) {
                    continue;
                }
                TextQuote quote = claim.quote();
                if (!localArticle.says(claim.articleId(), quote.start(), quote.end(), quote.exact())) {
                    // Not even "take theirs" may put it there: the quote would point at other words.
                    conflicts.add(CaseConflict.listed(CaseConflict.Kind.CLAIM, claim.uuid(), "Claim \u201c"
                            + quote.exact() + "\u201d does not match your text of \u201c"
                            + localArticle.localHeadline(claim.articleId()) + "\u201d at its place ("
                            + quote.start() + ".." + quote.end() + "); it was not imported."));
                    continue;
                }
                Optional<Claim> mine = claimByUuid(handle, claim.uuid());
                if (mine.isEmpty()) {
                    Claim local = Claim.unsaved(claim.uuid(), articleId, claim.quote(), claim.tags(), claim.verdict(),
                            claim.status(), claim.note(), claim.createdAt(), claim.updatedAt(), claim.claimant(),
                            claim.figure());
                    long id = claims.insert(local);
                    claims.addTags(id, local.tags());
                    ledger.auditIn(handle, "claim", id, "imported", null, claim.quote().exact());
                    claimsAdded++;
                } else if (sameContent(mine.get(), claim)) {
                    unchanged++;
                } else {
                    conflicts.add(new CaseConflict(CaseConflict.Kind.CLAIM, claim.uuid(), "Claim \u201c"
                            + claim.quote().exact() + "\u201d differs (here: " + describe(mine.get())
                            + "; in the case: " + describe(claim) + "); yours was kept.", mine.get(), claim));
                }
            }
            CaseEvidence.Counts evidence = new CaseEvidence(ledger, handle, localArticle, conflicts).merge(content);
            return new MergeResult(articlesAdded, claimsAdded, evidence.added(), unchanged + evidence.unchanged(),
                    conflicts);
        });
    }

    /**
     * Replaces, in one transaction, each ledger record named by a choosable conflict with the case's version of it,
     * matched by UUID; the ledger's own id, article and creation time stay. Audited per field like an edit. Returns
     * how many records were replaced; conflicts that cannot be chosen are ignored.
     */
    public int takeTheirs(List<CaseConflict> chosen) {
        return ledger.jdbi().inTransaction(handle -> {
            int replaced = 0;
            for (CaseConflict conflict : chosen) {
                if (!conflict.choosable()) {
                    continue;
                }
                if (conflict.kind() == CaseConflict.Kind.CLAIM) {
                    Claim theirs = (Claim) conflict.theirs();
                    Claim mine = claimByUuid(handle, conflict.uuid()).orElseThrow(() -> new LedgerException(
                            "The claim \u201c" + theirs.quote().exact() + "\u201d is no longer in the ledger"));
                    // Read in this transaction, so its version is current: taking theirs is the person's choice.
                    ledger.updateClaimIn(handle, new Claim(mine.id(), mine.uuid(), mine.articleId(), theirs.quote(),
                            theirs.tags(), theirs.verdict(), theirs.status(), theirs.note(), null, null,
                            theirs.claimant(), theirs.figure(), mine.version()));
                    replaced++;
                } else if (conflict.kind() == CaseConflict.Kind.SOURCE) {
                    Source theirs = (Source) conflict.theirs();
                    Source mine = handle.createQuery("SELECT * FROM source WHERE uuid = :uuid")
                            .bind("uuid", conflict.uuid().toString()).mapTo(Source.class).findOne()
                            .orElseThrow(() -> new LedgerException("The source \u201c" + theirs.title()
                                    + "\u201d is no longer in the ledger"));
                    sources.updateSourceIn(handle, new Source(mine.id(), mine.uuid(), theirs.url(), theirs.title(),
                            theirs.publisher(), theirs.author(), theirs.publishedOn(), theirs.accessedOn(),
                            mine.articleId()));
                    replaced++;
                }
            }
            return replaced;
        });
    }

    /**
     * The same text, or one that differs in whitespace only (equal hashes; the case's hash was recomputed from its
     * text when the file was read, so it cannot be borrowed from another article).
     */
    private static boolean sameText(Article mine, Article theirs) {
        return mine.text().equals(theirs.text()) || mine.textHash().equals(theirs.textHash());
    }

    private static boolean sameContent(Claim a, Claim b) {
        return a.quote().equals(b.quote()) && a.tags().equals(b.tags()) && a.verdict() == b.verdict()
                && a.status() == b.status() && a.note().equals(b.note())
                && Objects.equals(a.claimant(), b.claimant());
    }

    private static String describe(Claim claim) {
        return claim.verdict().label() + ", " + claim.status().label()
                + (claim.tags().isEmpty() ? "" : ", tags " + String.join(" ", claim.tags()))
                + (claim.note().isEmpty() ? "" : ", note \u201c" + claim.note() + "\u201d")
                + (claim.claimant() == null ? "" : ", claimed by " + claim.claimant());
    }

    private static Optional<Article> articleByUuid(Handle handle, UUID uuid) {
        return handle.createQuery("SELECT * FROM article WHERE uuid = :uuid").bind("uuid", uuid.toString())
                .mapTo(Article.class).findOne();
    }

    private static Optional<Article> articleByHash(Handle handle, Article article) {
        // Both reviewers may have imported the same text on their own; its claims belong on that one article.
        return handle.attach(ArticleDao.class).findIdByHash(article.textHash())
                .flatMap(id -> handle.attach(ArticleDao.class).find(id));
    }

    private static Optional<Claim> claimByUuid(Handle handle, UUID uuid) {
        return handle.createQuery("SELECT * FROM claim WHERE uuid = :uuid").bind("uuid", uuid.toString())
                .mapTo(Claim.class).findOne()
                .map(c -> c.withTags(handle.attach(ClaimDao.class).tags(c.id())));
    }
}
