package claimdesk.store;

import claimdesk.model.Article;
import claimdesk.model.ArticleMetadata;
import claimdesk.model.ArticleSummary;
import claimdesk.model.AuditEntry;
import claimdesk.model.Claim;
import claimdesk.model.ClaimStatus;
import claimdesk.model.Figure;
import claimdesk.model.LedgerChange;
import claimdesk.model.NewArticle;
import claimdesk.model.Span;
import claimdesk.model.TextQuote;
import claimdesk.model.Verdict;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.NoSuchElementException;
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
 *
 * <p>This class opens and closes the database and holds what concerns the ledger as a whole (its place, reviewer,
 * second-review rule and evidence key); it hands articles and their figures to {@link LedgerArticles}, claims and
 * their tags to {@link LedgerClaims}, and audit rows to {@link LedgerAudit}.
 */
public final class LedgerStore implements AutoCloseable {

    public static final String DATABASE_NAME = "ledger";

    private final Path folder;
    /** Null for a ledger in a folder (H2); the server otherwise, and then {@link #folder} is null. */
    private final LedgerServer server;
    private final JdbcConnectionPool pool;
    private final Jdbi jdbi;
    private volatile EvidenceKey evidenceKey;
    /** Null on H2; on a server it announces each change to the other windows of the desk. */
    private final ChangeNotifier notifier;
    private final LedgerAudit audit;
    private final LedgerClaims claims;
    private final LedgerArticles articles;
    /** Whether a ledger in a folder asks for second reviews; a desk always does ({@link VerifyGate}). */
    private volatile boolean secondReviewRequested;

    private LedgerStore(Path folder, LedgerServer server, String reviewer, JdbcConnectionPool pool) {
        this.folder = folder;
        this.server = server;
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
        this.audit = new LedgerAudit(jdbi, notifier, reviewer);
        this.claims = new LedgerClaims(jdbi, audit, this::secondReviewRequired);
        this.articles = new LedgerArticles(jdbi, audit, claims);
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

    /** For the other stores of this package (sources, findings…), which share the ledger's connections. */
    Jdbi jdbi() {
        return jdbi;
    }

    /** Writes one audit row inside the caller's transaction; for the other stores of this package. */
    void auditIn(Handle handle, String entity, long id, String field, String before, String after) {
        audit.record(handle, entity, id, field, before, after);
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
        return audit.reviewer();
    }

    /** Signs later changes with another name (the reviewer edited their settings). */
    public void setReviewer(String name) {
        audit.setReviewer(name);
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

    /** Adds an article unless one with the same text hash exists; the result says which happened. */
    public AddedArticle addArticle(NewArticle draft) {
        return articles.add(draft);
    }

    /** An article that {@link #addArticle} stored, or the one already there with the same text. */
    public record AddedArticle(Article article, boolean created) {
    }

    public Optional<Article> article(long id) {
        return articles.find(id);
    }

    public List<ArticleSummary> articles() {
        return articles.summaries();
    }

    /** Replaces an article's metadata and returns the metadata it had. */
    public ArticleMetadata updateMetadata(long articleId, ArticleMetadata metadata) {
        return articles.updateMetadata(articleId, metadata);
    }

    /**
     * Replaces an article's text and moves its claims to where their quotes now are, in one transaction; claims
     * are given as they should be stored (the caller re-anchored them). Fails with {@link LedgerException} when
     * another article already has this text.
     */
    public Article replaceText(long articleId, String text, String textHash, List<Claim> movedClaims) {
        return articles.replaceText(articleId, text, textHash, movedClaims);
    }

    /** Replaces the stored figures of an article and records the extractor version that found them. */
    public void replaceFigures(long articleId, List<Figure> figures, int extractorVersion) {
        articles.replaceFigures(articleId, figures, extractorVersion);
    }

    /** The stored figures of an article, ordered by position; empty when none were extracted yet. */
    public List<Figure> figuresOf(long articleId) {
        return articles.figuresOf(articleId);
    }

    /** Articles whose figures were never extracted, or by another extractor version. */
    public List<Long> articlesNeedingFigures(int extractorVersion) {
        return articles.articlesNeedingFigures(extractorVersion);
    }

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
        return claims.create(articleId, quote, tags, verdict, status, note, figure);
    }

    /**
     * Stores every field of {@code changed} (looked up by id) and returns the claim as it was. One audit row is
     * written per field that differs. The update time is set here, and the version goes up by one. Refused with
     * {@link StaleClaimException}, writing nothing, when the stored claim is no longer at {@code changed.version()}.
     */
    public Claim updateClaim(Claim changed) {
        return jdbi.inTransaction(handle -> claims.update(handle, changed));
    }

    /** {@link #updateClaim} inside the caller's transaction; for the other stores of this package. */
    Claim updateClaimIn(Handle handle, Claim changed) {
        return claims.update(handle, changed);
    }

    /** The claim with its tags, read inside the caller's transaction; for the other stores of this package. */
    Claim readIn(Handle handle, long claimId) {
        return claims.read(handle, claimId);
    }

    /** Deletes a claim and returns it, so it can be put back with {@link #restoreClaim}. */
    public Claim deleteClaim(long claimId) {
        return claims.delete(claimId);
    }

    /** Puts back a deleted claim with its id, tags and timestamps. */
    public Claim restoreClaim(Claim deleted) {
        return claims.restore(deleted);
    }

    public Optional<Claim> claim(long claimId) {
        return claims.find(claimId);
    }

    public List<Claim> claimsOf(long articleId) {
        return claims.ofArticle(articleId);
    }

    public List<Claim> allClaims() {
        return claims.all();
    }

    /** How many sources are cited for claim {@code claimId}. */
    public int sourceCountOf(long claimId) {
        return claims.sourceCountOf(claimId);
    }

    /** Every tag in use, for autocompletion; spellings that differ only in case are offered once. */
    public List<String> tags() {
        return claims.tags();
    }

    public List<AuditEntry> auditOf(String entity, long entityId) {
        return audit.of(entity, entityId);
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

    /** The error for a row that is not there; for the parts of the ledger. */
    static NoSuchElementException missing(String what, long id) {
        return new NoSuchElementException("No " + what + " with id " + id + " in the ledger");
    }
}
