package claimdesk.store;

import claimdesk.model.AuditEntry;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

class AuditEntryRowMapper implements RowMapper<AuditEntry> {

    @Override
    public AuditEntry map(ResultSet rs, StatementContext ctx) throws SQLException {
        return new AuditEntry(rs.getLong("id"), rs.getString("entity"), rs.getLong("entity_id"),
                rs.getString("field"), rs.getString("old_value"), rs.getString("new_value"),
                rs.getObject("changed_at", OffsetDateTime.class).toInstant(), rs.getString("reviewer"));
    }
}
