package claimdesk.store;

import claimdesk.model.Claim;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Claim rows without their tags; {@link LedgerStore} joins the two. */
interface ClaimDao {

    @SqlUpdate("""
            INSERT INTO claim (uuid, article_id, span_start, span_end, quote, prefix, suffix, verdict, status, note,
                               created_at, updated_at, claimant, figure_offset, figure_text)
            VALUES (:c.uuid, :c.articleId, :c.quote.start, :c.quote.end, :c.quote.exact, :c.quote.prefix,
                    :c.quote.suffix, :c.verdict, :c.status, :c.note, :c.createdAt, :c.updatedAt, :c.claimant,
                    :c.figureOffset, :c.figureText)""")
    @GetGeneratedKeys("id")
    long insert(@BindMethods("c") Claim claim);

    /**
     * Puts a deleted claim back under its old id and version, so undo restores exactly what was there (and a window
     * still showing the claim can save it again).
     */
    @SqlUpdate("""
            INSERT INTO claim (id, uuid, article_id, span_start, span_end, quote, prefix, suffix, verdict, status,
                               note, created_at, updated_at, claimant, figure_offset, figure_text, version)
            VALUES (:c.id, :c.uuid, :c.articleId, :c.quote.start, :c.quote.end, :c.quote.exact, :c.quote.prefix,
                    :c.quote.suffix, :c.verdict, :c.status, :c.note, :c.createdAt, :c.updatedAt, :c.claimant,
                    :c.figureOffset, :c.figureText, :c.version)""")
    void insertWithId(@BindMethods("c") Claim claim);

    @SqlQuery("SELECT * FROM claim WHERE id = :id")
    Optional<Claim> find(long id);

    @SqlQuery("SELECT * FROM claim WHERE article_id = :articleId ORDER BY span_start, id")
    List<Claim> byArticle(long articleId);

    @SqlQuery("SELECT * FROM claim ORDER BY article_id, span_start, id")
    List<Claim> all();

    /**
     * Saves a claim read at {@code c.version} and counts the save; 0 rows when the stored claim is missing or was
     * saved again since that read. The version check sits in the UPDATE itself, so two concurrent saves cannot both
     * pass it (PostgreSQL re-checks the condition once the first commits).
     */
    @SqlUpdate("""
            UPDATE claim SET verdict = :c.verdict, status = :c.status, note = :c.note,
                             span_start = :c.quote.start, span_end = :c.quote.end, quote = :c.quote.exact,
                             prefix = :c.quote.prefix, suffix = :c.quote.suffix, updated_at = :c.updatedAt,
                             claimant = :c.claimant, figure_offset = :c.figureOffset, figure_text = :c.figureText,
                             version = version + 1
            WHERE id = :c.id AND version = :c.version""")
    int update(@BindMethods("c") Claim claim);

    @SqlUpdate("DELETE FROM claim WHERE id = :id")
    int delete(long id);

    @SqlQuery("SELECT tag FROM claim_tag WHERE claim_id = :claimId ORDER BY tag")
    List<String> tags(long claimId);

    @SqlQuery("SELECT claim_id, tag FROM claim_tag WHERE claim_id IN (<ids>) ORDER BY claim_id, tag")
    List<ClaimTagRowMapper.ClaimTag> tagsOf(@BindList("ids") List<Long> claimIds);

    @SqlBatch("INSERT INTO claim_tag (claim_id, tag) VALUES (:claimId, :tag)")
    void addTags(@Bind("claimId") long claimId, @Bind("tag") List<String> tags);

    @SqlUpdate("DELETE FROM claim_tag WHERE claim_id = :claimId")
    void clearTags(long claimId);

    @SqlQuery("SELECT DISTINCT tag FROM claim_tag ORDER BY tag")
    List<String> allTags();
}
