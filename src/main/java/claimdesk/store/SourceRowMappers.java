package claimdesk.store;

import claimdesk.model.Attachment;
import claimdesk.model.ClaimRef;
import claimdesk.model.ClaimSource;
import claimdesk.model.Passage;
import claimdesk.model.Source;
import claimdesk.model.Stance;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** Row mappers for the tables of V3 (sources, claim links, attachments); {@link SourceStore} registers them. */
final class SourceRowMappers {

    private SourceRowMappers() {
    }

    static final class SourceMapper implements RowMapper<Source> {
        @Override
        public Source map(ResultSet rs, StatementContext ctx) throws SQLException {
            long articleId = rs.getLong("article_id");
            Long article = rs.wasNull() ? null : articleId;
            return new Source(rs.getLong("id"), UUID.fromString(rs.getString("uuid")), rs.getString("url"),
                    rs.getString("title"), rs.getString("publisher"), rs.getString("author"),
                    rs.getObject("published_on", LocalDate.class), rs.getObject("accessed_on", LocalDate.class),
                    article);
        }
    }

    static final class LinkMapper implements RowMapper<ClaimSource> {
        @Override
        public ClaimSource map(ResultSet rs, StatementContext ctx) throws SQLException {
            int start = rs.getInt("passage_start");
            boolean hasPassage = !rs.wasNull();
            long articleId = rs.getLong("passage_article_id");
            Passage passage = hasPassage && !rs.wasNull()
                    ? new Passage(articleId, start, rs.getInt("passage_end")) : null;
            return new ClaimSource(rs.getLong("id"), rs.getLong("claim_id"), rs.getLong("source_id"),
                    Stance.valueOf(rs.getString("stance")), rs.getString("quote"), passage);
        }
    }

    static final class AttachmentMapper implements RowMapper<Attachment> {
        @Override
        public Attachment map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new Attachment(rs.getLong("id"), rs.getString("sha256"), rs.getLong("size_bytes"),
                    rs.getString("media_type"), rs.getString("original_name"), rs.getString("extracted_text"),
                    rs.getObject("stored_at", OffsetDateTime.class).toInstant());
        }
    }

    static final class ClaimRefMapper implements RowMapper<ClaimRef> {
        @Override
        public ClaimRef map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new ClaimRef(rs.getLong("claim_id"), rs.getLong("article_id"), rs.getString("headline"),
                    rs.getString("quote"));
        }
    }
}
