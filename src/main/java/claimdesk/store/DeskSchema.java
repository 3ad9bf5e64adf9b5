package claimdesk.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * Brings the schema of a ledger on a server up to date, and says why when the login may not. Only the tables'
 * owner changes a desk's schema: reviewers and editors may read Flyway's history (desk-roles.sql) but not write
 * it. That is all Flyway's migrate needs on an up-to-date desk (it locks with an advisory lock, not a row lock;
 * DeskRolesTest opens one as a reviewer), so a reviewer's open only fails when there is something to migrate.
 */
final class DeskSchema {

    private DeskSchema() {
    }

    static void bringUpToDate(Flyway flyway, JdbcConnectionPool pool, LedgerServer server) {
        try {
            flyway.migrate();
        } catch (FlywayException e) {
            SQLException cause = DeskRefusals.sqlCause(e);
            if (cause != null && DeskRefusals.INSUFFICIENT_PRIVILEGE.equals(cause.getSQLState())) {
                throw refused(pool, server, e);
            }
            throw new LedgerException("Cannot bring the ledger on " + server.address() + " up to date: "
                    + e.getMessage(), e);
        }
    }

    /** A login the desk let in (a reviewer or editor) is told apart from one it never did. */
    private static LedgerException refused(JdbcConnectionPool pool, LedgerServer server, FlywayException e) {
        String user = server.user();
        if (!hasDeskRole(pool)) {
            return new LedgerException("The login " + user + " has no Claimdesk role on the desk " + server.address()
                    + "; the desk's administrator (a login with CREATEROLE) adds it with `claimdesk desk add-user "
                    + user + " --role reviewer --db " + server.address() + "`.", e);
        }
        return new LedgerException("The desk " + server.address() + " is not set up for this Claimdesk (its schema "
                + "is older, or its roles were never installed there), and the login " + user + " may not change "
                + "it: the desk's owner runs `claimdesk desk init --db " + server.address() + "`.", e);
    }

    private static boolean hasDeskRole(JdbcConnectionPool pool) {
        String query = "SELECT EXISTS (SELECT FROM pg_roles WHERE rolname IN ('"
                + DeskRoles.Role.REVIEWER.groupRole() + "', '" + DeskRoles.Role.EDITOR.groupRole() + "')"
                + " AND pg_has_role(current_user, oid, 'MEMBER'))";
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(query)) {
            return row.next() && row.getBoolean(1);
        } catch (SQLException e) {
            return false; // pg_roles is readable by every login; failing here means no role worth naming
        }
    }
}
