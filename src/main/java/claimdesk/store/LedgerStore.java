package claimdesk.store;

import claimdesk.model.Article;
import claimdesk.model.ArticleMetadata;
import claimdesk.model.ArticleSummary;
import claimdesk.model.AuditEntry;
import claimdesk.model.Claim;
import claimdesk.model.ClaimFigure;
import claimdesk.model.ClaimStatus;
import claimdesk.model.Figure;
import claimdesk.model.LedgerChange;
import claimdesk.model.NewArticle;
import claimdesk.model.Span;
import claimdesk.model.Tags;
import claimdesk.model.TextQuote;
import claimdesk.model.Verdict;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

/**
 * The ledger: the one way into the database for the rest of the app. Every method runs in its own transaction
 * and is safe to call from any thread; the UI still funnels writes through one writer thread so they apply in
 * order. Mutators return the value they replaced, which is what undo needs. Every change to a claim writes audit
 * rows in the same transaction, signed with the reviewer given at {@link #open}.
 */
public final class LedgerStore implements AutoCloseable {

    public static final String DATABASE_NAME = "ledger";

    private final Path folder;
    /** Null for a ledger in a folder (H2); the server otherwise, and then {@link #folder} is null. */
    private final LedgerServer server;
    private volatile String reviewer;
    private final JdbcConnectionPool pool;
    private final Jdbi jdbi;
    private volatile EvidenceKey evidenceKey;
    /** Null on H2; on a server it announces each change to the other windows of the desk. */
    private final ChangeNotifier notifier;
    /** Whether a ledger in a folder asks for second reviews; a desk always does ({@link VerifyGate}). */
    private volatile boolean secondReviewRequested;

    private LedgerStore(Path folder, LedgerServer server, String reviewer, JdbcConnectionPool pool) {
        this.folder = folder;
        this.server = server;
        this.reviewer = reviewer;
        this.pool = pool;
        this.jdbi = Jdbi.create(pool).installPlugin(new SqlObjectPlugin());
        this.notifier = server == null ? null : new ChangeNotifier(UUID.randomUUID().toString());
        // CHECKPOINT SYNC is H2's fsync; a PostgreSQL server flushes each commit itself and knows no such statement.
        if (server == null) {
            jdbi.setTransactionHandler(new DurableCommits());
        }
        jdbi.registerRowMapper(new ArticleRowMapper())
                .registerRowMapper(new ArticleSummaryRowMapper())
                .registerRowMapper(new ClaimRowMapper())
                .registerRowMapper(new ClaimTagRowMapper())
                .registerRowMapper(new AuditEntryRowMapper())
                .registerRowMapper(new FigureRow.Mapper());
    }

    /** Opens (creating if needed) the ledger in {@code folder} and brings its schema up to date. */
    public static LedgerStore open(Path folder, String reviewer) {
        return open(folder, reviewer, null);
    }

    /**
     * Like {@link #open(Path, String)} for a ledger that may be encrypted: {@code passphrase} (null for none) opens
     * an encrypted ledger, or creates a new one encrypted; see {@link LedgerEncryption}.
     */
    public static LedgerStore open(Path folder, String reviewer, char[] passphrase) {
        JdbcConnectionPool pool = LedgerDatabase.open(folder, passphrase);
        migrate(pool);
        return new LedgerStore(folder, null, reviewer, pool);
    }

    /**
     * Opens (creating the schema if needed) the ledger on a PostgreSQL server, with the same migrations as a
     * ledger in a folder. {@code passphrase} must be null or empty: only H2 files are encrypted by Claimdesk.
     */
    public static LedgerStore open(LedgerServer server, String reviewer, char[] passphrase) {
        JdbcConnectionPool pool = LedgerDatabase.open(server, passphrase);
        try {
            DeskSchema.bringUpToDate(flyway(pool), pool, server);
        } catch (RuntimeException e) {
            pool.dispose();
            throw e;
        }
        return new LedgerStore(null, server, reviewer, pool);
    }

    private static void migrate(JdbcConnectionPool pool) {
        flyway(pool).migrate();
    }

    private static Flyway flyway(JdbcConnectionPool pool) {
        // V9 is Java (it reuses TextQuote.trimmed), so it is handed over rather than found on the classpath.
        return Flyway.configure().dataSource(pool).locations("classpath:db/migration")
                .javaMigrations(new V9__trim_claim_quotes()).load();
    }

    static LedgerException translate(Path folder, SQLException e) {
        if (e.getErrorCode() == org.h2.api.ErrorCode.DATABASE_ALREADY_OPEN_1) {
            return new LedgerInUseException("The ledger in " + folder
                    + " is open in another Claimdesk window or process. Close it there, or open another ledger.", e);
        }
        if (e.getErrorCode() == org.h2.api.ErrorCode.FILE_ENCRYPTION_ERROR_1) {
            return new LedgerPassphraseException("The passphrase for the ledger in " + folder + " is wrong.", true, e);
        }
        return new LedgerException("Cannot open the ledger in " + folder + ": " + e.getMessage(), e);
    }

    /** For the other stores of this package (sources, findings…), which share the ledger's connections. */
    Jdbi jdbi() {
        return jdbi;
    }

    /** Writes one audit row inside the caller's transaction; for the other stores of this package. */
    void auditIn(Handle handle, String entity, long id, String field, String before, String after) {
        audit(handle, entity, id, field, before, after);
    }

    /** The ledger's folder; null for a ledger on a server, which has none. */
    public Path folder() {
        return folder;
    }

    /**
     * Where this ledger is, as one string: the folder's normalised absolute path, or the server's address; it keys
     * what the app remembers per ledger.
     */
    public String location() {
        return folder != null ? folder.toAbsolutePath().normalize().toString() : server.address();
    }

    /**
     * Starts listening for the changes that other stores (other windows, other reviewers) commit to this desk ledger;
     * {@code consumer} runs on a listener thread, never for this store's own changes. Empty for a ledger in a folder,
     * which no one else can have open. The caller closes what it gets, before closing this store.
     */
    public Optional<DeskChanges> listen(Consumer<LedgerChange> consumer) {
        return server == null ? Optional.empty() : Optional.of(new DeskChanges(server, notifier.session(), consumer));
    }

    /** The server holding this ledger, or empty for a ledger in a folder. */
    public Optional<LedgerServer> server() {
        return Optional.ofNullable(server);
    }

    public String reviewer() {
        return reviewer;
    }

    /** Signs later changes with another name (the reviewer edited their settings). */
    public void setReviewer(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a reviewer needs a name");
        }
        this.reviewer = name.strip();
    }

    /**
     * Whether moving a claim to Verified needs an agreeing second review ({@link VerifyGate}): always on a desk,
     * and on a ledger in a folder when {@link #requireSecondReview} asked for it.
     */
    public boolean secondReviewRequired() {
        return server != null || secondReviewRequested;
    }

    /** Turns the second-reviewer rule on or off for a ledger in a folder; a desk keeps it on whatever is asked. */
    public void requireSecondReview(boolean required) {
        this.secondReviewRequested = required;
    }

    /**
     * Unlocks the evidence files with the passphrase that opened the ledger (null if plain) and finishes a switch a
     * crash cut short ({@link EvidenceProtection}); until then a protected ledger's files can't be read or added.
     */
    public void unlockEvidence(char[] passphrase) {
        if (server != null) {
            return; // no evidence files on a server yet (AttachmentFiles), and no passphrase (LedgerDatabase)
        }
        evidenceKey = EvidenceProtection.settle(folder, passphrase);
    }

    /** The unlocked evidence key, or null (plain, or not unlocked yet); for the stores of this package. */
    EvidenceKey evidenceKey() {
        return evidenceKey;
    }

    // ---- articles

    /** Adds an article unless one with the same text hash exists; the result says which happened. */
    public AddedArticle addArticle(NewArticle draft) {
        return jdbi.inTransaction(handle -> {
            ArticleDao dao = handle.attach(ArticleDao.class);
            Optional<Long> existing = dao.findIdByHash(draft.textHash());
            if (existing.isPresent()) {
                return new AddedArticle(dao.find(existing.get()).orElseThrow(), false);
            }
            long id = dao.insert(UUID.randomUUID().toString(), draft.metadata(), draft.text(), draft.textHash(),
                    draft.sourceName(), now());
            audit(handle, "article", id, "created", null, draft.metadata().headline());
            return new AddedArticle(dao.find(id).orElseThrow(), true);
        });
    }

    /** An article that {@link #addArticle} stored, or the one already there with the same text. */
    public record AddedArticle(Article article, boolean created) {
    }

    public Optional<Article> article(long id) {
        return jdbi.withExtension(ArticleDao.class, dao -> dao.find(id));
    }

    public List<ArticleSummary> articles() {
        return jdbi.withExtension(ArticleDao.class, ArticleDao::summaries);
    }

    /** Replaces an article's metadata and returns the metadata it had. */
    public ArticleMetadata updateMetadata(long articleId, ArticleMetadata metadata) {
        return jdbi.inTransaction(handle -> {
            ArticleDao dao = handle.attach(ArticleDao.class);
            Article before = dao.find(articleId).orElseThrow(() -> missing("article", articleId));
            dao.updateMetadata(articleId, metadata);
            ArticleMetadata old = before.metadata();
            auditIfChanged(handle, "article", articleId, "headline", old.headline(), metadata.headline());
            auditIfChanged(handle, "article", articleId, "outlet", old.outlet(), metadata.outlet());
            auditIfChanged(handle, "article", articleId, "author", old.author(), metadata.author());
            auditIfChanged(handle, "article", articleId, "url", old.url(), metadata.url());
            auditIfChanged(handle, "article", articleId, "publishedOn", String.valueOf(old.publishedOn()),
                    String.valueOf(metadata.publishedOn()));
            return old;
        });
    }

    /**
     * Replaces an article's text and moves its claims to where their quotes now are, in one transaction; claims
     * are given as they should be stored (the caller re-anchored them). Fails with {@link LedgerException} when
     * another article already has this text.
     */
    public Article replaceText(long articleId, String text, String textHash, List<Claim> movedClaims) {
        return jdbi.inTransaction(handle -> {
            ArticleDao dao = handle.attach(ArticleDao.class);
            Article before = dao.find(articleId).orElseThrow(() -> missing("article", articleId));
            Optional<Long> twin = dao.findIdByHash(textHash);
            if (twin.isPresent() && twin.get() != articleId) {
                throw new LedgerException("Another article in the library already has this text (id " + twin.get() + ")");
            }
            dao.updateText(articleId, text, textHash);
            audit(handle, "article", articleId, "text", before.textHash(), textHash);
            ClaimDao claims = handle.attach(ClaimDao.class);
            for (Claim moved : movedClaims) {
                Claim old = read(handle, moved.id());
                VerifyGate.check(handle, old, moved, secondReviewRequired());
                // Checked like any save: the caller read these claims before this transaction began.
                save(handle, new Claim(moved.id(), old.uuid(), articleId, moved.quote(), moved.tags(),
                        moved.verdict(), moved.status(), moved.note(), old.createdAt(), now(), moved.claimant(),
                        moved.figure(), moved.version()), moved);
                if (!old.tags().equals(moved.tags())) {
                    claims.clearTags(moved.id());
                    claims.addTags(moved.id(), moved.tags());
                }
                differences(old, moved).forEach((field, values) ->
                        audit(handle, "claim", moved.id(), field, values[0], values[1]));
            }
            return dao.find(articleId).orElseThrow();
        });
    }

    // ---- figures

    /** Replaces the stored figures of an article and records the extractor version that found them. */
    public void replaceFigures(long articleId, List<Figure> figures, int extractorVersion) {
        jdbi.useTransaction(handle -> {
            FigureDao dao = handle.attach(FigureDao.class);
            dao.deleteOf(articleId);
            if (!figures.isEmpty()) {
                dao.insert(figures.stream().map(figure -> FigureRow.of(articleId, figure)).toList());
            }
            dao.markExtracted(articleId, extractorVersion);
        });
    }

    /** The stored figures of an article, ordered by position; empty when none were extracted yet. */
    public List<Figure> figuresOf(long articleId) {
        return jdbi.withHandle(handle -> {
            String text = handle.attach(ArticleDao.class).find(articleId).map(Article::text).orElse("");
            return handle.attach(FigureDao.class).of(articleId).stream().map(row -> row.toFigure(text)).toList();
        });
    }

    /** Articles whose figures were never extracted, or by another extractor version. */
    public List<Long> articlesNeedingFigures(int extractorVersion) {
        return jdbi.withExtension(FigureDao.class, dao -> dao.articlesNotAt(extractorVersion));
    }

    // ---- claims

    /** Stores a new claim; its quote is {@link TextQuote#trimmed trimmed} first (the offsets move with it). */
    public Claim createClaim(long articleId, TextQuote quote, List<String> tags, Verdict verdict,
                             ClaimStatus status, String note) {
        return createClaim(articleId, quote, tags, verdict, status, note, null);
    }

    /**
     * Stores a new claim made from the figure at {@code figure} (offsets in the article; null for none). The link is
     * kept only when the figure lies inside the trimmed quote.
     */
    public Claim createClaim(long articleId, TextQuote quote, List<String> tags, Verdict verdict,
                             ClaimStatus status, String note, Span figure) {
        Instant now = now();
        TextQuote trimmed = quote.trimmed();
        ClaimFigure link = figure == null ? null : ClaimFigure.in(trimmed, figure.start(), figure.end(), figure.text());
        Claim draft = Claim.unsaved(UUID.randomUUID(), articleId, trimmed, tags, verdict, status, note, now, now,
                null, link);
        VerifyGate.checkNew(status, secondReviewRequired());
        return jdbi.inTransaction(handle -> {
            ClaimDao dao = handle.attach(ClaimDao.class);
            long id = DeskRefusals.writing(() -> dao.insert(draft));
            dao.addTags(id, draft.tags());
            audit(handle, "claim", id, "created", null, draft.quote().exact());
            return read(handle, id);
        });
    }

    /**
     * Stores every field of {@code changed} (looked up by id) and returns the claim as it was. One audit row is
     * written per field that differs. The update time is set here, and the version goes up by one. Refused with
     * {@link StaleClaimException}, writing nothing, when the stored claim is no longer at {@code changed.version()}.
     */
    public Claim updateClaim(Claim changed) {
        return jdbi.inTransaction(handle -> updateClaimIn(handle, changed));
    }

    /** {@link #updateClaim} inside the caller's transaction; for the other stores of this package. */
    Claim updateClaimIn(Handle handle, Claim changed) {
        ClaimDao dao = handle.attach(ClaimDao.class);
        Claim before = read(handle, changed.id());
        // The second-reviewer rule; a ReviewStore review that agrees stores its row before it calls this.
        VerifyGate.check(handle, before, changed, secondReviewRequired());
        Claim stamped = new Claim(changed.id(), before.uuid(), before.articleId(), changed.quote(),
                changed.tags(), changed.verdict(), changed.status(), changed.note(), before.createdAt(), now(),
                changed.claimant(), changed.figure(), changed.version());
        save(handle, stamped, changed);
        if (!before.tags().equals(stamped.tags())) {
            dao.clearTags(stamped.id());
            dao.addTags(stamped.id(), stamped.tags());
        }
        for (Map.Entry<String, String[]> change : differences(before, stamped).entrySet()) {
            audit(handle, "claim", stamped.id(), change.getKey(), change.getValue()[0], change.getValue()[1]);
        }
        return before;
    }

    /** The claim with its tags, read inside the caller's transaction; for the other stores of this package. */
    Claim readIn(Handle handle, long claimId) {
        return read(handle, claimId);
    }

    /** Deletes a claim and returns it, so it can be put back with {@link #restoreClaim}. */
    public Claim deleteClaim(long claimId) {
        return jdbi.inTransaction(handle -> {
            Claim before = read(handle, claimId);
            announce(handle, "claim", claimId); // now, while the claim's article can still be looked up
            DeskRefusals.requireWritten(handle.attach(ClaimDao.class).delete(claimId), before, "delete");
            audit(handle, "claim", claimId, "deleted", before.quote().exact(), null);
            return before;
        });
    }

    /** Puts back a deleted claim with its id, tags and timestamps. */
    public Claim restoreClaim(Claim deleted) {
        return jdbi.inTransaction(handle -> {
            ClaimDao dao = handle.attach(ClaimDao.class);
            DeskRefusals.writing(() -> {
                dao.insertWithId(deleted);
                return deleted.id();
            });
            dao.addTags(deleted.id(), deleted.tags());
            audit(handle, "claim", deleted.id(), "restored", null, deleted.quote().exact());
            return read(handle, deleted.id());
        });
    }

    public Optional<Claim> claim(long claimId) {
        return jdbi.withHandle(handle -> handle.attach(ClaimDao.class).find(claimId).map(c -> withTags(handle, c)));
    }

    public List<Claim> claimsOf(long articleId) {
        return jdbi.withHandle(handle -> withTags(handle, handle.attach(ClaimDao.class).byArticle(articleId)));
    }

    public List<Claim> allClaims() {
        return jdbi.withHandle(handle -> withTags(handle, handle.attach(ClaimDao.class).all()));
    }

    /** How many sources are cited for claim {@code claimId}. */
    public int sourceCountOf(long claimId) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT COUNT(*) FROM claim_source WHERE claim_id = :id")
                .bind("id", claimId).mapTo(Integer.class).one());
    }

    /** Every tag in use, for autocompletion; spellings that differ only in case are offered once. */
    public List<String> tags() {
        return Tags.normalise(jdbi.withExtension(ClaimDao.class, ClaimDao::allTags));
    }

    public List<AuditEntry> auditOf(String entity, long entityId) {
        return jdbi.withExtension(AuditDao.class, dao -> dao.of(entity, entityId));
    }

    @Override
    public void close() {
        if (server != null) {
            pool.dispose();
            return;
        }
        // SHUTDOWN through plain JDBC: Jdbi would report the closing connection as an error. COMPACT rewrites the
        // file without the dead chunks that REUSE_SPACE=FALSE leaves behind (LedgerDatabase), into a new file that
        // has the umask's permissions, hence the second restriction.
        try (Connection connection = pool.getConnection()) {
            connection.createStatement().execute("SHUTDOWN COMPACT");
        } catch (SQLException ignored) {
            // Already closed: nothing left to flush.
        } finally {
            pool.dispose();
        }
        OwnerOnly.restrictFilesIn(folder);
    }

    // ---- helpers

    /**
     * Writes {@code stamped} if the row is still at the version it was read at, else refuses {@code mine} (the claim
     * as the caller gave it). Callers write audit rows after this, so a refused save leaves none.
     */
    private void save(Handle handle, Claim stamped, Claim mine) {
        if (DeskRefusals.writing(() -> handle.attach(ClaimDao.class).update(stamped)) == 0) {
            // Read again: under READ COMMITTED this sees the save that won, which the caller's read predates.
            Claim current = read(handle, stamped.id());
            if (current.version() == stamped.version()) {
                // Nobody else saved: the desk's policies hid the row (a reviewer changing a Published claim).
                DeskRefusals.requireWritten(0, current, "change");
            }
            throw StaleClaimException.of(mine, current, handle.attach(AuditDao.class).of("claim", stamped.id()));
        }
    }

    private Claim read(Handle handle, long claimId) {
        Claim claim = handle.attach(ClaimDao.class).find(claimId).orElseThrow(() -> missing("claim", claimId));
        return withTags(handle, claim);
    }

    private static Claim withTags(Handle handle, Claim claim) {
        List<String> tags = handle.attach(ClaimDao.class).tags(claim.id());
        return claim.withTags(tags);
    }

    private static List<Claim> withTags(Handle handle, List<Claim> claims) {
        if (claims.isEmpty()) {
            return claims;
        }
        Map<Long, List<String>> tags = new LinkedHashMap<>();
        handle.attach(ClaimDao.class).tagsOf(claims.stream().map(Claim::id).toList())
                .forEach(row -> tags.computeIfAbsent(row.claimId(), id -> new ArrayList<>()).add(row.tag()));
        return claims.stream().map(c -> c.withTags(tags.getOrDefault(c.id(), List.of()))).toList();
    }

    private static Map<String, String[]> differences(Claim before, Claim after) {
        Map<String, String[]> changes = new LinkedHashMap<>();
        putIfChanged(changes, "verdict", before.verdict().label(), after.verdict().label());
        putIfChanged(changes, "status", before.status().label(), after.status().label());
        putIfChanged(changes, "note", before.note(), after.note());
        putIfChanged(changes, "tags", String.join(", ", before.tags()), String.join(", ", after.tags()));
        putIfChanged(changes, "claimant", Objects.toString(before.claimant(), ""),
                Objects.toString(after.claimant(), ""));
        putIfChanged(changes, "quote", before.quote().start() + ".." + before.quote().end(),
                after.quote().start() + ".." + after.quote().end());
        return changes;
    }

    private static void putIfChanged(Map<String, String[]> changes, String field, String before, String after) {
        if (!before.equals(after)) {
            changes.put(field, new String[] {before, after});
        }
    }

    private void auditIfChanged(Handle handle, String entity, long id, String field, String before, String after) {
        if (before == null ? after != null : !before.equals(after)) {
            audit(handle, entity, id, field, before, after);
        }
    }

    private void audit(Handle handle, String entity, long id, String field, String before, String after) {
        handle.attach(AuditDao.class).insert(entity, id, field, before, after, now(), reviewer);
        announce(handle, entity, id);
    }

    private void announce(Handle handle, String entity, long id) {
        if (notifier != null) {
            notifier.announce(handle, entity, id);
        }
    }

    private static NoSuchElementException missing(String what, long id) {
        return new NoSuchElementException("No " + what + " with id " + id + " in the ledger");
    }

    // H2 keeps microseconds; truncating here makes a stored value equal to the one read back.
    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
