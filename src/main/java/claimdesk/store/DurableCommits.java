package claimdesk.store;

import java.sql.SQLException;
import java.sql.Statement;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.transaction.LocalTransactionHandler;
import org.jdbi.v3.core.transaction.TransactionException;
import org.jdbi.v3.core.transaction.TransactionHandler;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;

/**
 * Forces each committed transaction onto the disk before the caller hears it succeeded. H2 writes a commit to the
 * file but never asks the operating system to flush it, so a power cut could take back what the app had shown as
 * saved; {@code CHECKPOINT SYNC} is H2's fsync. Every write of the stores runs in {@code inTransaction}, so the
 * flush follows the outermost one. (A PostgreSQL server flushes at every commit on its own.)
 */
final class DurableCommits implements TransactionHandler {

    private final TransactionHandler delegate;

    DurableCommits() {
        this(LocalTransactionHandler.binding());
    }

    private DurableCommits(TransactionHandler delegate) {
        this.delegate = delegate;
    }

    @Override
    public TransactionHandler specialize(Handle handle) throws SQLException {
        return new DurableCommits(delegate.specialize(handle));
    }

    @Override
    public <R, X extends Exception> R inTransaction(Handle handle, HandleCallback<R, X> callback) throws X {
        boolean outermost = !delegate.isInTransaction(handle);
        R result = delegate.inTransaction(handle, callback);
        if (outermost) {
            sync(handle);
        }
        return result;
    }

    @Override
    public <R, X extends Exception> R inTransaction(Handle handle, TransactionIsolationLevel level,
                                                    HandleCallback<R, X> callback) throws X {
        boolean outermost = !delegate.isInTransaction(handle);
        R result = delegate.inTransaction(handle, level, callback);
        if (outermost) {
            sync(handle);
        }
        return result;
    }

    private static void sync(Handle handle) {
        try (Statement sync = handle.getConnection().createStatement()) {
            sync.execute("CHECKPOINT SYNC");
        } catch (SQLException e) {
            throw new TransactionException("The change was saved but could not be flushed to disk: " + e.getMessage(), e);
        }
    }

    @Override
    public void begin(Handle handle) {
        delegate.begin(handle);
    }

    @Override
    public void commit(Handle handle) {
        delegate.commit(handle);
    }

    @Override
    public void rollback(Handle handle) {
        delegate.rollback(handle);
    }

    @Override
    public boolean isInTransaction(Handle handle) {
        return delegate.isInTransaction(handle);
    }

    @Override
    public void savepoint(Handle handle, String name) {
        delegate.savepoint(handle, name);
    }

    @Override
    public void rollbackToSavepoint(Handle handle, String name) {
        delegate.rollbackToSavepoint(handle, name);
    }

    @Override
    public void releaseSavepoint(Handle handle, String name) {
        delegate.releaseSavepoint(handle, name);
    }
}
