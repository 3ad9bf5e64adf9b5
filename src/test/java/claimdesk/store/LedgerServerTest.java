package claimdesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How a server address and its credentials are read: PGUSER or the OS user, PGPASSWORD or ~/.pgpass. */
class LedgerServerTest {

    @TempDir
    Path home;

    @Test
    void readsHostPortAndDatabaseAndTakesTheOsUserWithoutPgUser() {
        LedgerServer server = LedgerServer.parse("postgresql://desk.example.org:5433/ledger", Map.of(), home, "ana");

        assertEquals(new LedgerServer("desk.example.org", 5433, "ledger", "ana", null), server);
        assertEquals("jdbc:postgresql://desk.example.org:5433/ledger", server.jdbcUrl());
        assertEquals("postgresql://desk.example.org:5433/ledger as ana", server.toString());
    }

    @Test
    void theDefaultPortIsPostgresqlsAndPgUserWinsOverTheOsUser() {
        LedgerServer server = LedgerServer.parse("postgresql://desk/ledger", Map.of("PGUSER", "desk_ana"), home, "ana");

        assertEquals(5432, server.port());
        assertEquals("desk_ana", server.user());
    }

    @Test
    void aPasswordOrAUserInTheAddressIsRefusedSoItNeverSitsInAShellHistory() {
        LedgerException error = assertThrows(LedgerException.class,
                () -> LedgerServer.parse("postgresql://ana:secret@desk/ledger", Map.of(), home, "ana"));
        assertTrue(error.getMessage().contains("PGPASSWORD"), error.getMessage());
    }

    @Test
    void pgPasswordWinsOverThePasswordFile() throws Exception {
        Files.writeString(home.resolve(".pgpass"), "desk:5432:ledger:ana:from-file\n");

        assertEquals("from-env", LedgerServer.parse("postgresql://desk/ledger", Map.of("PGPASSWORD", "from-env"),
                home, "ana").password());
        assertEquals("from-file", LedgerServer.parse("postgresql://desk/ledger", Map.of(), home, "ana").password());
    }

    @Test
    void thePasswordFileMatchesWildcardsInOrderAndReadsEscapes() throws Exception {
        Files.writeString(home.resolve(".pgpass"), String.join("\n",
                "# comment",
                "other:*:*:*:not-this-host",
                "desk:*:ledger:ana:p\\:ss\\\\word",
                "*:*:*:*:too-late",
                ""));

        assertEquals("p:ss\\word", LedgerServer.parse("postgresql://desk:6000/ledger", Map.of(), home, "ana")
                .password());
        assertEquals("too-late", LedgerServer.parse("postgresql://desk/archive", Map.of(), home, "ana").password());
    }

    @Test
    void noPasswordAnywhereLeavesItToTheServer() {
        assertNull(LedgerServer.parse("postgresql://desk/ledger", Map.of(), home, "ana").password());
    }

    @Test
    void claimdeskDbCanNameAServerAndTheFolderResolverRefusesIt() {
        Map<String, String> env = Map.of(LedgerPaths.ENV_VARIABLE, "postgresql://desk:5432/ledger", "PGUSER", "bo");

        assertEquals(Optional.of(new LedgerServer("desk", 5432, "ledger", "bo", null)),
                LedgerPaths.server(null, env, home, "ana"));
        assertEquals(Optional.empty(), LedgerPaths.server(home.toString(), env, home, "ana"), "--db wins");
        assertThrows(LedgerException.class, () -> LedgerPaths.resolve(null, env, home));
        assertThrows(LedgerException.class,
                () -> LedgerPaths.resolve(Path.of("postgresql://desk/ledger"), Map.of(), home));
        assertEquals(home.resolve("l").toAbsolutePath(), LedgerPaths.resolve(home.resolve("l"), env, home));
    }
}
