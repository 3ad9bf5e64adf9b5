package claimdesk.store;

import claimdesk.model.Article;
import claimdesk.model.ArticleMetadata;
import claimdesk.model.ArticleSummary;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

interface ArticleDao {

    @SqlUpdate("""
            INSERT INTO article (uuid, headline, outlet, author, url, published_on, body, text_hash, source_name,
                                 imported_at)
            VALUES (:uuid, :m.headline, :m.outlet, :m.author, :m.url, :m.publishedOn, :body, :hash, :sourceName,
                    :importedAt)""")
    @GetGeneratedKeys("id")
    long insert(String uuid, @BindMethods("m") ArticleMetadata metadata, String body, String hash,
                String sourceName, Instant importedAt);

    @SqlQuery("SELECT * FROM article WHERE id = :id")
    Optional<Article> find(long id);

    @SqlQuery("SELECT id FROM article WHERE text_hash = :hash")
    Optional<Long> findIdByHash(String hash);

    @SqlQuery("""
            SELECT a.id, a.headline, a.outlet, a.published_on,
                   (SELECT COUNT(*) FROM claim c WHERE c.article_id = a.id) AS claim_count
            FROM article a
            ORDER BY a.id""")
    List<ArticleSummary> summaries();

    @SqlUpdate("""
            UPDATE article SET headline = :m.headline, outlet = :m.outlet, author = :m.author, url = :m.url,
                               published_on = :m.publishedOn
            WHERE id = :id""")
    int updateMetadata(@Bind("id") long id, @BindMethods("m") ArticleMetadata metadata);

    @SqlUpdate("UPDATE article SET body = :body, text_hash = :hash WHERE id = :id")
    int updateText(long id, String body, String hash);

    @SqlUpdate("DELETE FROM article WHERE id = :id")
    int delete(long id);
}
