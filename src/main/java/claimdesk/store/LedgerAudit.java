package claimdesk.store;

import claimdesk.model.AuditEntry;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The ledger's audit trail: one row per changed field, written inside the transaction that makes the change and
 * signed with the current reviewer. On a desk each row also announces the change to the other windows
 * ({@link ChangeNotifier}), which is how every write of a claim, source, finding or article reaches them. Safe from
 * any thread; the reviewer may change while other threads write.
 */
final class LedgerAudit {

    private final Jdbi jdbi;
    /** Null on H2, which has one window per ledger and no LISTEN/NOTIFY. */
    private final ChangeNotifier notifier;
    private volatile String reviewer;

    LedgerAudit(Jdbi jdbi, ChangeNotifier notifier, String reviewer) {
        this.jdbi = jdbi;
        this.notifier = notifier;
        this.reviewer = reviewer;
    }

    String reviewer() {
        return reviewer;
    }

    void setReviewer(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a reviewer needs a name");
        }
        this.reviewer = name.strip();
    }

    /** Writes one audit row inside the caller's transaction. */
    void record(Handle handle, String entity, long id, String field, String before, String after) {
        handle.attach(AuditDao.class).insert(entity, id, field, before, after, now(), reviewer);
        announce(handle, entity, id);
    }

    /** {@link #record}, unless the value stayed the same (null equal to null). */
    void recordIfChanged(Handle handle, String entity, long id, String field, String before, String after) {
        if (before == null ? after != null : !before.equals(after)) {
            record(handle, entity, id, field, before, after);
        }
    }

    /**
     * Tells the desk about a change without writing a row: for a claim about to be deleted, whose article can be
     * looked up only while its row is there ({@link ChangeNotifier#announce}).
     */
    void announce(Handle handle, String entity, long id) {
        if (notifier != null) {
            notifier.announce(handle, entity, id);
        }
    }

    List<AuditEntry> of(String entity, long entityId) {
        return jdbi.withExtension(AuditDao.class, dao -> dao.of(entity, entityId));
    }

    /** The ledger's clock. H2 keeps microseconds; truncating here makes a stored value equal to the one read back. */
    static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
