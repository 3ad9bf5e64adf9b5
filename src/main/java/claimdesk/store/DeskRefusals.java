package claimdesk.store;

import claimdesk.model.Claim;
import claimdesk.model.ClaimStatus;
import java.sql.SQLException;
import java.util.function.Supplier;
import org.jdbi.v3.core.JdbiException;

/**
 * Turns what a desk's rules refuse (desk-roles.sql) into messages for the reviewer. PostgreSQL reports a refused
 * row in two ways: a new row that breaks a policy fails with SQL state 42501, while a row a policy hides from an
 * UPDATE or DELETE is skipped, so the statement changes no row and no error comes. On H2, where no rule applies,
 * neither happens and these checks cost a comparison.
 */
final class DeskRefusals {

    static final String INSUFFICIENT_PRIVILEGE = "42501";
    static final String PUBLISH = "Only an editor can publish a claim.";

    private DeskRefusals() {
    }

    /** Runs a claim write whose new row may be Published; a row the policies refuse becomes {@link #PUBLISH}. */
    static <T> T writing(Supplier<T> write) {
        try {
            return write.get();
        } catch (JdbiException e) {
            SQLException cause = sqlCause(e);
            if (cause != null && INSUFFICIENT_PRIVILEGE.equals(cause.getSQLState()) && cause.getMessage() != null
                    && cause.getMessage().contains("row-level security")) {
                throw new LedgerException(PUBLISH, e);
            }
            throw e;
        }
    }

    /**
     * Checks that a write of {@code before} (read in the same transaction, so it exists) touched its row; none was
     * touched only when the policies hid a Published claim from a reviewer.
     */
    static void requireWritten(int rows, Claim before, String verb) {
        if (rows == 0 && before.status() == ClaimStatus.PUBLISHED) {
            throw new LedgerException("Only an editor can " + verb + " a published claim.");
        }
    }

    /** The SQL error beneath a Jdbi one, or null. */
    static SQLException sqlCause(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                return sql;
            }
        }
        return null;
    }
}
