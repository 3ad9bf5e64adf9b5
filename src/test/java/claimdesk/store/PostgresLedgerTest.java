package claimdesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import claimdesk.model.Source;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** What only a ledger on a PostgreSQL server does: credentials, and refusing what belongs to H2 files. */
@ExtendWith(PostgresCluster.Extension.class)
class PostgresLedgerTest {

    @TempDir
    Path home;
    private PostgresCluster cluster;
    private LedgerServer server;

    @BeforeEach
    void createDatabase(PostgresCluster shared) {
        cluster = shared;
        server = cluster.newDatabase();
    }

    private LedgerServer fromAddress(Map<String, String> env) {
        return LedgerServer.parse("postgresql://127.0.0.1:" + cluster.port() + "/" + server.database(), env, home,
                "nobody");
    }

    @Test
    void flywayCreatesTheSameSchemaAsOnH2() throws SQLException {
        LedgerStore.open(server, "tester", null).close();

        try (Connection connection = cluster.connect(server.database());
             ResultSet rows = connection.createStatement().executeQuery(
                     "SELECT MAX(version), COUNT(*) FROM flyway_schema_history WHERE success")) {
            rows.next();
            assertEquals("9", rows.getString(1));      // versions compare as text: "9" > "11"
            assertEquals(14, rows.getInt(2));       // V1 to V14
        }
    }

    @Test
    void thePasswordComesFromThePasswordFileAndAWrongOneIsReported() throws Exception {
        Files.writeString(home.resolve(".pgpass"),
                "127.0.0.1:*:" + server.database() + ":" + PostgresCluster.USER + ":" + PostgresCluster.PASSWORD);
        try (LedgerStore store = LedgerStore.open(fromAddress(Map.of("PGUSER", PostgresCluster.USER)), "t", null)) {
            assertEquals(Optional.of(server.address()), store.server().map(LedgerServer::address));
            assertNull(store.folder(), "a server ledger has no folder");
        }

        LedgerException wrong = assertThrows(LedgerException.class, () -> LedgerStore.open(
                fromAddress(Map.of("PGUSER", PostgresCluster.USER, "PGPASSWORD", "wrong")), "t", null));
        assertTrue(wrong instanceof LedgerLoginException, "a refused login, so the app asks for a password");
        assertTrue(wrong.getMessage().startsWith("The server " + server.address() + " refused the login of claimdesk"),
                wrong.getMessage());
        assertFalse(wrong.getMessage().contains("wrong"), "the password is never echoed: " + wrong.getMessage());
    }

    @Test
    void aPassphraseIsRefusedBecauseOnlyH2FilesAreEncrypted() {
        LedgerException error = assertThrows(LedgerException.class,
                () -> LedgerStore.open(server, "tester", "secret".toCharArray()));
        assertTrue(error.getMessage().contains("cannot be encrypted with a passphrase"), error.getMessage());
    }

    @Test
    void backupsAreLeftToTheServerAndEvidenceFilesAreRefused() throws Exception {
        try (LedgerStore store = LedgerStore.open(server, "tester", null)) {
            store.unlockEvidence(null);
            LedgerBackups backups = new LedgerBackups(home.resolve("unused"));
            assertEquals(Optional.empty(), backups.backUpIfDue(store));
            assertThrows(LedgerException.class, () -> backups.backUp(store, "exit"));

            SourceStore sources = new SourceStore(store);
            Source source = sources.createSource(SourceStoreTest.unhcr());
            Path file = Files.writeString(home.resolve("dash.txt"), "Weekly dashboard");
            LedgerException refused = assertThrows(LedgerException.class,
                    () -> sources.attach(source.id(), file, "dash.txt", "text/plain", "Weekly dashboard"));
            assertTrue(refused.getMessage().contains("keeps no evidence files yet"), refused.getMessage());
            assertEquals(0, sources.removeStrayFiles());
        }
    }
}
