package claimdesk.store;

import claimdesk.model.Article;
import claimdesk.model.ArticleMetadata;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

class ArticleRowMapper implements RowMapper<Article> {

    @Override
    public Article map(ResultSet rs, StatementContext ctx) throws SQLException {
        ArticleMetadata metadata = new ArticleMetadata(rs.getString("headline"), rs.getString("outlet"),
                rs.getString("author"), rs.getString("url"), rs.getObject("published_on", LocalDate.class));
        return new Article(rs.getLong("id"), UUID.fromString(rs.getString("uuid")), metadata, rs.getString("body"),
                rs.getString("text_hash"), rs.getString("source_name"),
                rs.getObject("imported_at", OffsetDateTime.class).toInstant());
    }
}
