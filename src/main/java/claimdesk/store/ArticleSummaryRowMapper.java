package claimdesk.store;

import claimdesk.model.ArticleSummary;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

class ArticleSummaryRowMapper implements RowMapper<ArticleSummary> {

    @Override
    public ArticleSummary map(ResultSet rs, StatementContext ctx) throws SQLException {
        return new ArticleSummary(rs.getLong("id"), rs.getString("headline"), rs.getString("outlet"),
                rs.getObject("published_on", LocalDate.class), rs.getInt("claim_count"));
    }
}
