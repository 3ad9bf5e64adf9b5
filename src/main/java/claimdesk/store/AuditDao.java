package claimdesk.store;

import claimdesk.model.AuditEntry;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

interface AuditDao {

    @SqlUpdate("""
            INSERT INTO audit_entry (entity, entity_id, field, old_value, new_value, changed_at, reviewer)
            VALUES (:entity, :entityId, :field, :oldValue, :newValue, :at, :reviewer)""")
    void insert(String entity, long entityId, String field, String oldValue, String newValue, Instant at,
                String reviewer);

    @SqlQuery("SELECT * FROM audit_entry WHERE entity = :entity AND entity_id = :entityId ORDER BY id")
    List<AuditEntry> of(String entity, long entityId);
}
