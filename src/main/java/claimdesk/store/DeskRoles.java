package claimdesk.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jdbi.v3.core.JdbiException;
import org.postgresql.util.PasswordUtil;

/**
 * The roles of a desk (a ledger on PostgreSQL): the groups {@code claimdesk_reviewer} and {@code claimdesk_editor},
 * their grants, and the row-level security that leaves publishing to editors, all in {@code desk-roles.sql}; and
 * the logins of the people in them. Server only: a ledger in a folder has one user and no roles. Roles belong to
 * the whole PostgreSQL server, so two desks on one server share them; the grants are per database.
 */
public final class DeskRoles {

    static final String SCRIPT = "desk-roles.sql";

    /** What a login may do on the desk; each is a NOLOGIN group role its logins are members of. */
    public enum Role {
        REVIEWER("claimdesk_reviewer"),
        EDITOR("claimdesk_editor");

        private final String groupRole;

        Role(String groupRole) {
            this.groupRole = groupRole;
        }

        public String groupRole() {
            return groupRole;
        }
    }

    private DeskRoles() {
    }

    /**
     * Installs (again, if need be) the roles and rules on the desk {@code store} opened, whose schema opening brought
     * up to date. The store's login must own the tables, and the first time also create roles.
     */
    public static void install(LedgerStore store) {
        LedgerServer server = store.server().orElseThrow(() -> new LedgerException("The ledger in " + store.folder()
                + " is not on a PostgreSQL server: only a desk (--db postgresql://host:port/db) has roles."));
        String script = script();
        try {
            store.jdbi().useTransaction(handle -> {
                try (Statement statement = handle.getConnection().createStatement()) {
                    statement.execute(script);
                }
            });
        } catch (JdbiException | SQLException e) {
            throw installRefused(server, DeskRefusals.sqlCause(e));
        }
    }

    /**
     * Creates the login {@code name} with {@code password} as a member of {@code role}'s group, connecting as
     * {@code server}'s user, who needs CREATEROLE. The password reaches the server only as a SCRAM verifier, so it
     * is in no statement the server might log. {@code password} is cleared.
     */
    public static void addUser(LedgerServer server, String name, Role role, char[] password) {
        try {
            requireName(name);
            if (password == null || password.length == 0) {
                throw new LedgerException("A login needs a password: the desk's server accepts none without.");
            }
            String sql = "CREATE ROLE " + quoted(name) + " LOGIN PASSWORD '" + PasswordUtil.encodeScramSha256(password)
                    + "' IN ROLE " + role.groupRole();
            JdbcConnectionPool pool = LedgerDatabase.open(server, null);
            try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute(sql);
            } catch (SQLException e) {
                throw addUserRefused(server, name, role, e);
            } finally {
                pool.dispose();
            }
        } finally {
            if (password != null) {
                Arrays.fill(password, '\0');
            }
        }
    }

    private static void requireName(String name) {
        // A login name is sent as typed and compared exactly, hence quoted below; 63 bytes is PostgreSQL's limit.
        if (name == null || name.isBlank() || name.indexOf('\0') >= 0
                || name.getBytes(StandardCharsets.UTF_8).length > 63) {
            throw new LedgerException("A login name has 1 to 63 bytes and no NUL, not \"" + name + "\".");
        }
    }

    private static String quoted(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    private static LedgerException installRefused(LedgerServer server, SQLException e) {
        String message = e == null || e.getMessage() == null ? "" : e.getMessage();
        if (e != null && DeskRefusals.INSUFFICIENT_PRIVILEGE.equals(e.getSQLState())) {
            if (message.contains("create role")) {
                return new LedgerException("The login " + server.user() + " may not create roles: the first "
                        + "claimdesk desk init on a server needs a login with CREATEROLE (or a superuser).", e);
            }
            return new LedgerException("claimdesk desk init changes the desk's tables, so it runs as their owner "
                    + "(the login that created the desk), not as " + server.user() + ": " + message, e);
        }
        return new LedgerException("Cannot install the desk's roles on " + server.address() + ": " + message, e);
    }

    private static LedgerException addUserRefused(LedgerServer server, String name, Role role, SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        return switch (state) {
            case "42710" -> new LedgerException("A login named " + name + " already exists on the server of "
                    + server.address() + "; choose another name.", e);
            case "42704" -> new LedgerException("The desk has no Claimdesk roles yet: run claimdesk desk init --db "
                    + server.address() + " first.", e);
            case DeskRefusals.INSUFFICIENT_PRIVILEGE -> new LedgerException("The login " + server.user()
                    + " may not add logins: claimdesk desk add-user needs a login with CREATEROLE (on PostgreSQL 16"
                    + " and later also with ADMIN OPTION on " + role.groupRole() + "). " + e.getMessage(), e);
            default -> new LedgerException("Cannot add the login " + name + " on " + server.address() + ": "
                    + e.getMessage(), e);
        };
    }

    private static String script() {
        try (InputStream in = DeskRoles.class.getResourceAsStream(SCRIPT)) {
            if (in == null) {
                throw new IllegalStateException(SCRIPT + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + SCRIPT + ": " + e.getMessage(), e);
        }
    }
}
