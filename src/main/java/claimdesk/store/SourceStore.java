package claimdesk.store;

import claimdesk.model.Article;
import claimdesk.model.Attachment;
import claimdesk.model.ClaimRef;
import claimdesk.model.ClaimSource;
import claimdesk.model.Evidence;
import claimdesk.model.Passage;
import claimdesk.model.SearchHit;
import claimdesk.model.Source;
import claimdesk.model.SourceTally;
import claimdesk.model.Stance;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The source library of a ledger, the links from claims to sources, and the evidence files. Shares the ledger's
 * connections; every method is one transaction, safe from any thread, and writes audit rows like claim edits do
 * (entity "source" for the library, "claim" for a claim's links). Nothing is deleted by accident: unlinking leaves
 * the source, and a file goes only when no source refers to it any more. Mutators return the value they replaced.
 */
public final class SourceStore {

    private final LedgerStore ledger;
    private final Jdbi jdbi;
    private final AttachmentFiles files;

    public SourceStore(LedgerStore ledger) {
        this.ledger = ledger;
        // Registered here rather than in LedgerStore, so the ledger facade need not know about sources.
        this.jdbi = ledger.jdbi()
                .registerRowMapper(new SourceRowMappers.SourceMapper())
                .registerRowMapper(new SourceRowMappers.LinkMapper())
                .registerRowMapper(new SourceRowMappers.AttachmentMapper())
                .registerRowMapper(new SourceRowMappers.ClaimRefMapper());
        this.files = new AttachmentFiles(ledger.folder(), ledger::evidenceKey);
    }

    // ---- the library

    /** Stores a new source (its id is ignored) and returns it with its id. */
    public Source createSource(Source draft) {
        return jdbi.inTransaction(handle -> {
            long id = handle.attach(SourceDao.class).insert(draft, now());
            ledger.auditIn(handle, "source", id, "created", null, draft.title());
            return draft.withId(id);
        });
    }

    /** Stores every field of {@code changed} (looked up by id) and returns the source as it was. */
    public Source updateSource(Source changed) {
        return jdbi.inTransaction(handle -> updateSourceIn(handle, changed));
    }

    /** {@link #updateSource} inside the caller's transaction; for the other stores of this package. */
    Source updateSourceIn(Handle handle, Source changed) {
        SourceDao dao = handle.attach(SourceDao.class);
        Source before = dao.find(changed.id()).orElseThrow(() -> missing("source", changed.id()));
        dao.update(changed, now());
        long id = changed.id();
        auditIfChanged(handle, id, "url", before.url(), changed.url());
        auditIfChanged(handle, id, "title", before.title(), changed.title());
        auditIfChanged(handle, id, "publisher", before.publisher(), changed.publisher());
        auditIfChanged(handle, id, "author", before.author(), changed.author());
        auditIfChanged(handle, id, "publishedOn", str(before.publishedOn()), str(changed.publishedOn()));
        auditIfChanged(handle, id, "accessedOn", str(before.accessedOn()), str(changed.accessedOn()));
        return before;
    }

    public Optional<Source> source(long id) {
        return jdbi.withExtension(SourceDao.class, dao -> dao.find(id));
    }

    /** Every source of the library, by title. */
    public List<Source> sources() {
        return jdbi.withExtension(SourceDao.class, SourceDao::all);
    }

    /** The library's source standing for an article of the library, made from its details on first use. */
    public Source sourceForArticle(Article article) {
        return jdbi.inTransaction(handle -> {
            SourceDao dao = handle.attach(SourceDao.class);
            List<Source> existing = dao.ofArticle(article.id());
            if (!existing.isEmpty()) {
                return existing.get(0);
            }
            String url = article.metadata().url();
            Source draft = new Source(0, UUID.randomUUID(),
                    url != null && claimdesk.model.SourceUrls.isWebAddress(url) ? url : null, article.headline(),
                    article.metadata().outlet(), article.metadata().author(), article.metadata().publishedOn(), null,
                    article.id());
            long id = dao.insert(draft, now());
            ledger.auditIn(handle, "source", id, "created", null, draft.title());
            return draft.withId(id);
        });
    }

    /** The claims (still in the ledger) that cite a source, to name them before the source is deleted. */
    public List<ClaimRef> claimsUsing(long sourceId) {
        return jdbi.withExtension(SourceDao.class, dao -> dao.claimsUsing(sourceId));
    }

    /** Every claim of the ledger, by article headline, for choosing a claim to attach evidence to. */
    public List<ClaimRef> allClaims() {
        return jdbi.withExtension(SourceDao.class, SourceDao::allClaims);
    }

    /**
     * Deletes a source with its links and its attachment links; attachment files no other source uses are removed
     * after the transaction commits. Callers ask first when {@link #claimsUsing} is not empty.
     */
    public Source deleteSource(long sourceId) {
        List<Attachment> orphans = new ArrayList<>();
        Source deleted = jdbi.inTransaction(handle -> {
            SourceDao dao = handle.attach(SourceDao.class);
            Source before = dao.find(sourceId).orElseThrow(() -> missing("source", sourceId));
            for (ClaimRef claim : dao.claimsUsing(sourceId)) {
                ledger.auditIn(handle, "claim", claim.claimId(), "source", before.title(), null);
            }
            dao.deleteLinksOf(sourceId);
            handle.attach(AttachmentDao.class).unlinkAll(sourceId);
            dao.delete(sourceId);
            ledger.auditIn(handle, "source", sourceId, "deleted", before.title(), null);
            orphans.addAll(dropUnreferenced(handle));
            return before;
        });
        orphans.forEach(attachment -> files.delete(attachment.sha256()));
        return deleted;
    }

    // ---- links from claims

    /** Cites a source for a claim; {@code passage} only when the source is an article of the library. */
    public ClaimSource link(long claimId, long sourceId, Stance stance, String quote, Passage passage) {
        return jdbi.inTransaction(handle -> {
            SourceDao dao = handle.attach(SourceDao.class);
            Source source = dao.find(sourceId).orElseThrow(() -> missing("source", sourceId));
            ClaimSource draft = new ClaimSource(0, claimId, sourceId, stance, quote, passage);
            long id = dao.insertLink(UUID.randomUUID().toString(), draft,
                    passage == null ? null : passage.start(), passage == null ? null : passage.end(), now());
            ledger.auditIn(handle, "claim", claimId, "source", null, stance.label() + ": " + source.title());
            return dao.findLink(id).orElseThrow();
        });
    }

    /** Changes a link's stance and quote; returns the link as it was. */
    public ClaimSource updateLink(ClaimSource changed) {
        return jdbi.inTransaction(handle -> {
            SourceDao dao = handle.attach(SourceDao.class);
            ClaimSource before = dao.findLink(changed.id()).orElseThrow(() -> missing("source link", changed.id()));
            dao.updateLink(changed);
            if (before.stance() != changed.stance()) {
                ledger.auditIn(handle, "claim", before.claimId(), "sourceStance", before.stance().label(),
                        changed.stance().label());
            }
            if (!before.quote().equals(changed.quote())) {
                ledger.auditIn(handle, "claim", before.claimId(), "sourceQuote", before.quote(), changed.quote());
            }
            return before;
        });
    }

    /** Removes a source from a claim; the source stays in the library. Returns the removed link. */
    public ClaimSource unlink(long linkId) {
        return jdbi.inTransaction(handle -> {
            SourceDao dao = handle.attach(SourceDao.class);
            ClaimSource before = dao.findLink(linkId).orElseThrow(() -> missing("source link", linkId));
            String title = dao.find(before.sourceId()).map(Source::title).orElse("?");
            dao.deleteLink(linkId);
            ledger.auditIn(handle, "claim", before.claimId(), "source", before.stance().label() + ": " + title, null);
            return before;
        });
    }

    /** Puts back a link that {@link #unlink} removed, under its old id; for undo. */
    public ClaimSource restoreLink(ClaimSource removed) {
        return jdbi.inTransaction(handle -> {
            SourceDao dao = handle.attach(SourceDao.class);
            Source source = dao.find(removed.sourceId()).orElseThrow(() -> missing("source", removed.sourceId()));
            Passage passage = removed.passage();
            dao.insertLinkWithId(UUID.randomUUID().toString(), removed, passage == null ? null : passage.start(),
                    passage == null ? null : passage.end(), now());
            ledger.auditIn(handle, "claim", removed.claimId(), "source", null,
                    removed.stance().label() + ": " + source.title());
            return dao.findLink(removed.id()).orElseThrow();
        });
    }

    /** A claim's sources with their attachments, in the order they were cited. */
    public List<Evidence> evidenceOf(long claimId) {
        return jdbi.withHandle(handle -> {
            SourceDao dao = handle.attach(SourceDao.class);
            AttachmentDao attachments = handle.attach(AttachmentDao.class);
            List<Evidence> evidence = new ArrayList<>();
            for (ClaimSource link : dao.linksOf(claimId)) {
                Source source = dao.find(link.sourceId()).orElseThrow();
                evidence.add(new Evidence(link, source, attachments.ofSource(source.id())));
            }
            return evidence;
        });
    }

    /** Per claim of an article, how its sources lean; claims without sources are absent. */
    public Map<Long, SourceTally> talliesOf(long articleId) {
        Map<Long, SourceTally> tallies = new HashMap<>();
        jdbi.withExtension(SourceDao.class, dao -> dao.linksOfArticle(articleId)).forEach(link ->
                tallies.merge(link.claimId(), SourceTally.NONE.plus(link.stance()), (a, b) -> a.plus(link.stance())));
        return tallies;
    }

    // ---- evidence files

    /**
     * Copies {@code file} into the ledger (once per content) and attaches it to a source. The caller has checked
     * the file and extracted {@code text} (null when it has none). Attaching the same content twice is a no-op.
     */
    public Attachment attach(long sourceId, Path file, String originalName, String mediaType, String text)
            throws IOException {
        AttachmentFiles.Stored stored = files.store(file);
        try {
            return jdbi.inTransaction(handle -> {
                handle.attach(SourceDao.class).find(sourceId).orElseThrow(() -> missing("source", sourceId));
                AttachmentDao dao = handle.attach(AttachmentDao.class);
                Attachment attachment = dao.findByHash(stored.sha256()).orElseGet(() -> dao.find(dao.insert(
                        stored.sha256(), stored.size(), mediaType, originalName, text, now())).orElseThrow());
                if (dao.linkCount(sourceId, attachment.id()) == 0) {
                    dao.link(sourceId, attachment.id());
                    ledger.auditIn(handle, "source", sourceId, "attachment", null,
                            originalName + " (" + stored.sha256() + ")");
                }
                return attachment;
            });
        } catch (RuntimeException e) {
            if (stored.created()) {
                files.delete(stored.sha256());
            }
            throw e;
        }
    }

    /** Takes a file off a source; the file itself goes only when no other source uses it. */
    public void detach(long sourceId, long attachmentId) {
        List<Attachment> orphans = jdbi.inTransaction(handle -> {
            AttachmentDao dao = handle.attach(AttachmentDao.class);
            Attachment attachment = dao.find(attachmentId).orElseThrow(() -> missing("attachment", attachmentId));
            if (dao.unlink(sourceId, attachmentId) > 0) {
                ledger.auditIn(handle, "source", sourceId, "attachment",
                        attachment.originalName() + " (" + attachment.sha256() + ")", null);
            }
            return dropUnreferenced(handle);
        });
        orphans.forEach(attachment -> files.delete(attachment.sha256()));
    }

    public List<Attachment> attachmentsOf(long sourceId) {
        return jdbi.withExtension(AttachmentDao.class, dao -> dao.ofSource(sourceId));
    }

    public Optional<Attachment> attachment(long id) {
        return jdbi.withExtension(AttachmentDao.class, dao -> dao.find(id));
    }

    /**
     * Deletes evidence files that no attachment row names and temp files of interrupted writes (a kill between
     * copying a file in and committing its row leaves them); returns how many. Call on the writer thread, when no
     * {@link #attach} or case import is under way, e.g. when the ledger has just been opened.
     */
    public int removeStrayFiles() throws IOException {
        return files.removeStray(jdbi.withExtension(AttachmentDao.class, AttachmentDao::hashes));
    }

    /** Where an attachment is kept; encrypted in a protected ledger, so read it by {@link #openEvidence}. */
    public Path fileOf(Attachment attachment) {
        return files.pathOf(attachment.sha256());
    }

    /** The content of an attachment as it was attached, decrypted while it is read if the ledger is protected. */
    public java.io.InputStream openEvidence(Attachment attachment) throws IOException {
        return files.open(attachment.sha256());
    }

    // ---- search

    /** Articles, claims, notes, sources, quotes and attachment texts containing {@code query}, ignoring case. */
    public List<SearchHit> search(String query, int limit) {
        Objects.requireNonNull(query, "query");
        return jdbi.withHandle(handle -> new LedgerSearch(handle).find(query, limit));
    }

    private static List<Attachment> dropUnreferenced(Handle handle) {
        AttachmentDao dao = handle.attach(AttachmentDao.class);
        List<Attachment> orphans = dao.unreferenced();
        orphans.forEach(attachment -> dao.delete(attachment.id()));
        return orphans;
    }

    private void auditIfChanged(Handle handle, long id, String field, String before, String after) {
        if (!Objects.equals(before, after)) {
            ledger.auditIn(handle, "source", id, field, before, after);
        }
    }

    private static String str(Object value) {
        return value == null ? null : value.toString();
    }

    private static NoSuchElementException missing(String what, long id) {
        return new NoSuchElementException("No " + what + " with id " + id + " in the ledger");
    }

    // H2 keeps microseconds; as in LedgerStore, so a stored value equals the one read back.
    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
