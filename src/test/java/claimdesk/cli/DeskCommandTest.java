package claimdesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import claimdesk.Main;
import claimdesk.store.LedgerServer;
import claimdesk.store.PostgresCluster;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code claimdesk desk init} and {@code desk add-user} on a real server. They run as child processes, because the
 * login and the new password come from environment variables (PGUSER, PGPASSWORD, CLAIMDESK_NEW_USER_PASSWORD),
 * which a test cannot set in its own JVM; the child has no terminal, so the password is never asked for.
 */
@ExtendWith(PostgresCluster.Extension.class)
class DeskCommandTest {

    private static final String NEW_PASSWORD = "a-new-login-password";

    @TempDir
    java.nio.file.Path home;

    private CliTest.Result claimdesk(Map<String, String> env, String... args) throws IOException,
            InterruptedException {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-XX:TieredStopAtLevel=1", "-Duser.home=" + home, "-cp", System.getProperty("java.class.path"),
                Main.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().keySet().removeIf(key -> key.startsWith("PG") || key.startsWith("CLAIMDESK_"));
        builder.environment().putAll(env);
        java.nio.file.Path err = Files.createTempFile(home, "err", ".txt");
        Process process = builder.redirectError(err.toFile()).start();
        process.getOutputStream().close();
        byte[] out = process.getInputStream().readAllBytes();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "claimdesk " + String.join(" ", args) + " finished");
        return new CliTest.Result(process.exitValue(), new String(out, StandardCharsets.UTF_8),
                Files.readString(err));
    }

    private static Map<String, String> as(String user, String password) {
        return Map.of("PGUSER", user, "PGPASSWORD", password);
    }

    @Test
    void initTwiceThenAddUserMakesALoginThatOpensTheDesk(PostgresCluster cluster) throws Exception {
        LedgerServer desk = cluster.newDatabase();
        Map<String, String> owner = as(desk.user(), desk.password());
        String name = "priya_" + desk.database();

        CliTest.Result first = claimdesk(owner, "desk", "init", "--db", desk.address());
        CliTest.Result second = claimdesk(owner, "desk", "init", "--db", desk.address());
        Map<String, String> withPassword = new java.util.HashMap<>(owner);
        withPassword.put("CLAIMDESK_NEW_USER_PASSWORD", NEW_PASSWORD);
        CliTest.Result added = claimdesk(withPassword, "desk", "add-user", name, "--role", "reviewer", "--db",
                desk.address());
        CliTest.Result listed = claimdesk(as(name, NEW_PASSWORD), "list", "--db", desk.address());
        CliTest.Result again = claimdesk(withPassword, "desk", "add-user", name, "--role", "editor", "--db",
                desk.address());

        assertEquals(0, first.exit(), first.err());
        assertEquals(0, second.exit(), second.err());
        assertTrue(first.out().startsWith("The desk " + desk.address() + " is ready."), first.out());
        assertEquals(0, added.exit(), added.err());
        assertEquals("Added the login " + name + " as a reviewer on " + desk.address() + ".", added.out().strip());
        assertEquals(0, listed.exit(), "the new login opens the desk: " + listed.err());
        assertEquals(ClaimdeskCli.EXIT_LEDGER, again.exit());
        assertEquals("claimdesk: A login named " + name + " already exists on the server of " + desk.address()
                + "; choose another name.", again.err().strip());
    }

    @Test
    void addUserWithoutAPasswordOrATerminalAddsNoLogin(PostgresCluster cluster) throws Exception {
        LedgerServer desk = cluster.newDatabase();
        Map<String, String> owner = as(desk.user(), desk.password());
        String name = "pavel_" + desk.database();
        assertEquals(0, claimdesk(owner, "desk", "init", "--db", desk.address()).exit());

        CliTest.Result added = claimdesk(owner, "desk", "add-user", name, "--role", "editor", "--db",
                desk.address());

        assertEquals(ClaimdeskCli.EXIT_LEDGER, added.exit());
        assertEquals("claimdesk: No password for " + name + ": type one at a terminal, or set "
                + "CLAIMDESK_NEW_USER_PASSWORD in a script.", added.err().strip());
        assertEquals(0, loginsNamed(desk, name), "no login was made");
    }

    private static int loginsNamed(LedgerServer desk, String name) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:postgresql://" + desk.host() + ":"
                + desk.port() + "/" + desk.database(), desk.user(), desk.password());
             PreparedStatement query = connection.prepareStatement("SELECT COUNT(*) FROM pg_roles WHERE rolname = ?")) {
            query.setString(1, name);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }

    @Test
    void deskCommandsRefuseALedgerFolderAndNeedASubcommand(@TempDir java.nio.file.Path folder) {
        CliTest.Result init = CliTest.run("desk", "init", "--db", folder.toString());
        CliTest.Result bare = CliTest.run("desk");
        CliTest.Result noRole = CliTest.run("desk", "add-user", "amina", "--db", "postgresql://127.0.0.1:1/desk");

        assertEquals(ClaimdeskCli.EXIT_LEDGER, init.exit());
        assertEquals("claimdesk: claimdesk desk init works on a desk's shared ledger, named --db "
                + "postgresql://host:port/db (or CLAIMDESK_DB), not on " + folder + ".", init.err().strip());
        assertEquals(ClaimdeskCli.EXIT_USAGE, bare.exit());
        assertTrue(bare.err().startsWith("Name what to do: claimdesk desk init"), bare.err());
        assertEquals(ClaimdeskCli.EXIT_USAGE, noRole.exit());
        assertTrue(noRole.err().contains("--role"), noRole.err());
    }
}
