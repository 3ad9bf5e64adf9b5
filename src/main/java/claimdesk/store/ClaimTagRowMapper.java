package claimdesk.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

class ClaimTagRowMapper implements RowMapper<ClaimTagRowMapper.ClaimTag> {

    record ClaimTag(long claimId, String tag) {
    }

    @Override
    public ClaimTag map(ResultSet rs, StatementContext ctx) throws SQLException {
        return new ClaimTag(rs.getLong("claim_id"), rs.getString("tag"));
    }
}
