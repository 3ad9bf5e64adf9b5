package claimdesk.model;

import java.time.Instant;

/**
 * One change to the ledger, written in the same transaction as the change. Values are the readable form of the
 * field (a verdict's label, a tag list joined by commas); {@code oldValue} is null for a creation and
 * {@code newValue} null for a deletion.
 */
public record AuditEntry(long id, String entity, long entityId, String field, String oldValue, String newValue,
                         Instant at, String reviewer) {
}
