package claimdesk.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.h2.jdbcx.JdbcConnectionPool;
import org.postgresql.ds.PGConnectionPoolDataSource;

/**
 * Opens the ledger's H2 file with the settings that keep every acknowledged commit, and makes the folder private.
 * Found by killing writers on a used ledger (docs/decisions/durable-commits.md): H2 reuses the space of old chunks
 * once they are 45 s old and then does not always update the file header, so after a kill the newest commits were
 * not found again. With {@code REUSE_SPACE=FALSE} every commit is appended at the end of the file, where H2's
 * recovery always looks; {@link DurableCommits} adds the fsync that a power cut needs.
 */
final class LedgerDatabase {

    /**
     * WRITE_DELAY=0: each commit is written before the call returns, not by a background thread a second later.
     * REUSE_SPACE=FALSE: see above; the file is compacted when the ledger closes.
     * TRACE_LEVEL_FILE=0: H2's trace file would keep failing statements, with the user's text, in clear.
     */
    static final String SETTINGS = ";WRITE_DELAY=0;REUSE_SPACE=FALSE;TRACE_LEVEL_FILE=0";

    private LedgerDatabase() {
    }

    static JdbcConnectionPool open(Path folder, char[] passphrase) {
        Path database = folder.resolve(LedgerStore.DATABASE_NAME).toAbsolutePath();
        requirePlainPath(database);
        createPrivateFolder(folder);
        LedgerEncryption.requirePassphraseIfEncrypted(folder, passphrase);
        String url = "jdbc:h2:file:" + database + SETTINGS + LedgerEncryption.urlOptions(folder, passphrase);
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "claimdesk",
                LedgerEncryption.password(folder, passphrase));
        try (Connection probe = pool.getConnection()) {
            probe.isValid(1);
        } catch (SQLException e) {
            pool.dispose();
            throw translate(folder, e);
        }
        OwnerOnly.restrictFilesIn(folder);
        return pool;
    }

    /** The failure to open an H2 file, as a reviewer can act on it: in use elsewhere, or a wrong passphrase. */
    private static LedgerException translate(Path folder, SQLException e) {
        if (e.getErrorCode() == org.h2.api.ErrorCode.DATABASE_ALREADY_OPEN_1) {
            return new LedgerInUseException("The ledger in " + folder
                    + " is open in another Claimdesk window or process. Close it there, or open another ledger.", e);
        }
        if (e.getErrorCode() == org.h2.api.ErrorCode.FILE_ENCRYPTION_ERROR_1) {
            return new LedgerPassphraseException("The passphrase for the ledger in " + folder + " is wrong.", true, e);
        }
        return new LedgerException("Cannot open the ledger in " + folder + ": " + e.getMessage(), e);
    }

    /**
     * Connects to a ledger on a PostgreSQL server. H2's small pool is reused over the driver's pooled data source,
     * so both kinds of ledger hand the store the same pool type. The server has no ledger folder to make private,
     * and H2's file encryption has no meaning there: a passphrase is refused rather than silently ignored.
     */
    static JdbcConnectionPool open(LedgerServer server, char[] passphrase) {
        if (passphrase != null && passphrase.length > 0) {
            throw new LedgerException("A ledger on a PostgreSQL server (" + server.address() + ") cannot be "
                    + "encrypted with a passphrase: protect it on the server (disk encryption, TLS, its roles).");
        }
        PGConnectionPoolDataSource source = new PGConnectionPoolDataSource();
        source.setURL(server.jdbcUrl());
        source.setUser(server.user());
        if (server.password() != null) {
            source.setPassword(server.password());
        }
        source.setApplicationName("Claimdesk");
        JdbcConnectionPool pool = JdbcConnectionPool.create(source);
        try (Connection probe = pool.getConnection()) {
            probe.isValid(5);
        } catch (SQLException e) {
            pool.dispose();
            if (loginRefused(e, server)) {
                throw new LedgerLoginException("The server " + server.address() + " refused the login of "
                        + server.user() + ": " + e.getMessage(), server.password() != null, e);
            }
            throw new LedgerException("Cannot open the ledger on " + server + ": " + e.getMessage(), e);
        }
        return pool;
    }

    /**
     * SQL state class 28 is a refused login; without a password the driver refuses before asking the server, with a
     * connection-rejected state whose message names the password it lacks.
     */
    private static boolean loginRefused(SQLException e, LedgerServer server) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String message = e.getMessage() == null ? "" : e.getMessage();
        return state.startsWith("28") || (server.password() == null && message.contains("no password"));
    }

    /**
     * H2 reads {@code ;NAME=VALUE} in a database URL as settings ({@code INIT=} runs SQL), so a folder name holding
     * a semicolon would smuggle settings in. Such names are refused rather than quoted: H2 has no quoting for them.
     */
    static void requirePlainPath(Path database) {
        if (database.toString().indexOf(';') >= 0) {
            throw new LedgerException("A ledger folder cannot have ';' in its path (" + database.getParent()
                    + "): choose another folder.");
        }
    }

    private static void createPrivateFolder(Path folder) {
        try {
            Files.createDirectories(folder);
            OwnerOnly.restrictFolder(folder);
        } catch (IOException e) {
            throw new LedgerException("Cannot create the ledger folder " + folder + ": " + e.getMessage(), e);
        }
    }
}
