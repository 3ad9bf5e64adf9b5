package claimdesk.store;

import claimdesk.model.Claim;
import claimdesk.model.ClaimFigure;
import claimdesk.model.ClaimStatus;
import claimdesk.model.TextQuote;
import claimdesk.model.Verdict;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** Maps a claim row with an empty tag list; tags live in their own table. */
class ClaimRowMapper implements RowMapper<Claim> {

    @Override
    public Claim map(ResultSet rs, StatementContext ctx) throws SQLException {
        TextQuote quote = new TextQuote(rs.getInt("span_start"), rs.getInt("span_end"), rs.getString("quote"),
                rs.getString("prefix"), rs.getString("suffix"));
        return new Claim(rs.getLong("id"), UUID.fromString(rs.getString("uuid")), rs.getLong("article_id"), quote,
                List.of(), Verdict.valueOf(rs.getString("verdict")), ClaimStatus.valueOf(rs.getString("status")),
                rs.getString("note"), rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant(), rs.getString("claimant"),
                figure(rs), rs.getInt("version"));
    }

    private static ClaimFigure figure(ResultSet rs) throws SQLException {
        Integer offset = rs.getObject("figure_offset", Integer.class);
        String text = rs.getString("figure_text");
        return offset == null || text == null ? null : new ClaimFigure(offset, text);
    }
}
