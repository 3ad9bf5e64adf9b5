package claimdesk.store;

import claimdesk.model.ClaimRef;
import claimdesk.model.ClaimSource;
import claimdesk.model.Source;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Sources and their links to claims. Links of deleted claims are kept (see V3) but never listed. */
interface SourceDao {

    String LINK_COLUMNS = "cs.id, cs.claim_id, cs.source_id, cs.stance, cs.quote, cs.passage_start, cs.passage_end, "
            + "s.article_id AS passage_article_id";

    @SqlUpdate("""
            INSERT INTO source (uuid, url, title, publisher, author, published_on, accessed_on, article_id,
                                created_at, updated_at)
            VALUES (:s.uuid, :s.url, :s.title, :s.publisher, :s.author, :s.publishedOn, :s.accessedOn, :s.articleId,
                    :now, :now)""")
    @GetGeneratedKeys("id")
    long insert(@BindMethods("s") Source source, @Bind("now") Instant now);

    @SqlUpdate("""
            UPDATE source SET url = :s.url, title = :s.title, publisher = :s.publisher, author = :s.author,
                              published_on = :s.publishedOn, accessed_on = :s.accessedOn, updated_at = :now
            WHERE id = :s.id""")
    int update(@BindMethods("s") Source source, @Bind("now") Instant now);

    @SqlUpdate("DELETE FROM source WHERE id = :id")
    int delete(long id);

    @SqlQuery("SELECT * FROM source WHERE id = :id")
    Optional<Source> find(long id);

    @SqlQuery("SELECT * FROM source WHERE article_id = :articleId ORDER BY id")
    List<Source> ofArticle(long articleId);

    @SqlQuery("SELECT * FROM source ORDER BY LOWER(title), id")
    List<Source> all();

    @SqlUpdate("""
            INSERT INTO claim_source (uuid, claim_id, source_id, stance, quote, passage_start, passage_end, created_at)
            VALUES (:uuid, :l.claimId, :l.sourceId, :l.stance, :l.quote, :start, :end, :now)""")
    @GetGeneratedKeys("id")
    long insertLink(@Bind("uuid") String uuid, @BindMethods("l") ClaimSource link, @Bind("start") Integer start,
                    @Bind("end") Integer end, @Bind("now") Instant now);

    /** Puts a removed link back under its old id, so undo restores exactly what was there (with a fresh uuid). */
    @SqlUpdate("""
            INSERT INTO claim_source (id, uuid, claim_id, source_id, stance, quote, passage_start, passage_end,
                                      created_at)
            VALUES (:l.id, :uuid, :l.claimId, :l.sourceId, :l.stance, :l.quote, :start, :end, :now)""")
    void insertLinkWithId(@Bind("uuid") String uuid, @BindMethods("l") ClaimSource link, @Bind("start") Integer start,
                          @Bind("end") Integer end, @Bind("now") Instant now);

    @SqlUpdate("UPDATE claim_source SET stance = :l.stance, quote = :l.quote WHERE id = :l.id")
    int updateLink(@BindMethods("l") ClaimSource link);

    @SqlUpdate("DELETE FROM claim_source WHERE id = :id")
    int deleteLink(long id);

    @SqlUpdate("DELETE FROM claim_source WHERE source_id = :sourceId")
    int deleteLinksOf(long sourceId);

    @SqlQuery("SELECT " + LINK_COLUMNS + " FROM claim_source cs JOIN source s ON s.id = cs.source_id WHERE cs.id = :id")
    Optional<ClaimSource> findLink(long id);

    @SqlQuery("SELECT " + LINK_COLUMNS + """
             FROM claim_source cs JOIN source s ON s.id = cs.source_id
            WHERE cs.claim_id = :claimId ORDER BY cs.id""")
    List<ClaimSource> linksOf(long claimId);

    /** Live links of the claims of one article, for the ledger's "Sources" column. */
    @SqlQuery("SELECT " + LINK_COLUMNS + """
             FROM claim_source cs JOIN source s ON s.id = cs.source_id JOIN claim c ON c.id = cs.claim_id
            WHERE c.article_id = :articleId""")
    List<ClaimSource> linksOfArticle(long articleId);

    @SqlQuery("""
            SELECT c.id AS claim_id, c.article_id, a.headline, c.quote
            FROM claim_source cs JOIN claim c ON c.id = cs.claim_id JOIN article a ON a.id = c.article_id
            WHERE cs.source_id = :sourceId ORDER BY a.headline, c.span_start""")
    List<ClaimRef> claimsUsing(long sourceId);

    @SqlQuery("""
            SELECT c.id AS claim_id, c.article_id, a.headline, c.quote
            FROM claim c JOIN article a ON a.id = c.article_id ORDER BY a.headline, c.span_start""")
    List<ClaimRef> allClaims();
}
