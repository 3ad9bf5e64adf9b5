package claimdesk.store;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * A throwaway PostgreSQL cluster for the store tests: {@code initdb} in a temp folder, started with {@code pg_ctl} on
 * a free local port with its socket in that folder, shared by every test class of the run and stopped (and deleted)
 * when the run ends. A real server, because what differs between H2 and PostgreSQL is exactly what a mock would hide.
 * initdb refuses to run as root, as the tests do in CI, so there the cluster belongs to the {@code postgres} user
 * that Debian's package creates. When the cluster cannot start, the test fails with the server's log: the project
 * has no skipped tests, and a silent skip would let PostgreSQL support rot.
 */
public final class PostgresCluster implements ExtensionContext.Store.CloseableResource, AutoCloseable {

    static final String USER = "claimdesk";
    /** TCP logins need it (scram-sha-256), so the tests see the password really reach the server. */
    static final String PASSWORD = "desk-test-password";
    private static final String SERVICE_ACCOUNT = "postgres";

    private final Path folder;
    private final Path bin;
    private final int port;
    private final AtomicInteger databases = new AtomicInteger();

    private PostgresCluster(Path folder, Path bin, int port) {
        this.folder = folder;
        this.bin = bin;
        this.port = port;
    }

    /** Hands a test the run's cluster as a parameter ({@code @BeforeAll static void start(PostgresCluster c)}). */
    public static final class Extension implements ParameterResolver {
        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == PostgresCluster.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            return shared(context);
        }
    }

    /** The run's cluster, kept in JUnit's root store so one serves every test class and is stopped after them. */
    static PostgresCluster shared(ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(PostgresCluster.class, key -> start(), PostgresCluster.class);
    }

    /** A cluster of one's own, outside JUnit (the desk load benchmark); the caller closes it. */
    public static PostgresCluster start() {
        try {
            Path folder = Files.createTempDirectory("claimdesk-pg");
            PostgresCluster cluster = new PostgresCluster(folder, binaries(), freePort());
            cluster.initAndStart();
            return cluster;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot prepare a PostgreSQL cluster for the tests: " + e.getMessage(), e);
        }
    }

    /** A new, empty database on the cluster, named so tests never share one. */
    public LedgerServer newDatabase() {
        String name = "ledger_" + databases.incrementAndGet();
        try (Connection connection = connect("postgres"); Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create database " + name + ": " + e.getMessage(), e);
        }
        return new LedgerServer("127.0.0.1", port, name, USER, PASSWORD);
    }

    Connection connect(String database) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/" + database, USER,
                PASSWORD);
    }

    int port() {
        return port;
    }

    private void initAndStart() throws IOException {
        Path data = folder.resolve("data");
        Path log = folder.resolve("server.log");
        Path passwordFile = Files.writeString(folder.resolve("password"), PASSWORD + "\n");
        if (runsAsRoot()) {
            run(List.of("chown", "-R", SERVICE_ACCOUNT, folder.toString()), log);
        }
        run(asServiceAccount(bin.resolve("initdb").toString(), "-D", data.toString(), "-U", USER,
                "--pwfile=" + passwordFile, "--auth-local=trust", "--auth-host=scram-sha-256",
                "--encoding=UTF8", "--no-locale", "--no-sync"), log);
        String options = "-p " + port + " -k " + folder + " -c listen_addresses=127.0.0.1 -c fsync=off";
        run(asServiceAccount(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l", log.toString(),
                "-w", "-t", "60", "-o", options, "start"), log);
        try (Connection probe = connect("postgres")) {
            probe.isValid(5);
        } catch (SQLException e) {
            throw failure("The PostgreSQL cluster started but does not accept connections: " + e.getMessage(), log);
        }
    }

    /** Stops the server without waiting for clients (its data is thrown away) and deletes the folder. */
    @Override
    public void close() throws IOException {
        Path log = folder.resolve("server.log");
        try {
            run(asServiceAccount(bin.resolve("pg_ctl").toString(), "-D", folder.resolve("data").toString(),
                    "-m", "immediate", "-w", "stop"), log);
        } finally {
            try (Stream<Path> paths = Files.walk(folder)) {
                paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    private static List<String> asServiceAccount(String... command) {
        List<String> full = new ArrayList<>();
        if (runsAsRoot()) {
            full.addAll(List.of("runuser", "-u", SERVICE_ACCOUNT, "--"));
        }
        full.addAll(List.of(command));
        return full;
    }

    private static boolean runsAsRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private void run(List<String> command, Path log) throws IOException {
        Path output = Files.createTempFile(folder.getParent(), "claimdesk-pg-cmd", ".txt");
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(output.toFile()).start();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw failure(String.join(" ", command) + " did not finish in 120 s", log);
            }
            if (process.exitValue() != 0) {
                throw failure(String.join(" ", command) + " failed (exit " + process.exitValue() + "):\n"
                        + Files.readString(output), log);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failure(String.join(" ", command) + " was interrupted", log);
        } finally {
            Files.deleteIfExists(output);
        }
    }

    private static IllegalStateException failure(String message, Path log) {
        String logText;
        try {
            logText = Files.exists(log) ? Files.readString(log) : "(no server log was written)";
        } catch (IOException e) {
            logText = "(server log unreadable: " + e.getMessage() + ")";
        }
        return new IllegalStateException("PostgreSQL test cluster: " + message + "\n--- " + log + ":\n" + logText
                + "\nThe store tests need PostgreSQL's server binaries (.ci/setup-machine installs Debian's "
                + "postgresql package).");
    }

    /** The newest PostgreSQL under /usr/lib/postgresql (Debian's layout), or the one whose bin is on the PATH. */
    private static Path binaries() {
        Path debian = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(debian)) {
            try (Stream<Path> versions = Files.list(debian)) {
                var newest = versions.filter(v -> Files.isExecutable(v.resolve("bin/initdb")))
                        .max(Comparator.comparingInt(PostgresCluster::majorVersion));
                if (newest.isPresent()) {
                    return newest.get().resolve("bin");
                }
            } catch (IOException e) {
                throw new IllegalStateException("Cannot list " + debian + ": " + e.getMessage(), e);
            }
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, "initdb"))) {
                return Path.of(dir);
            }
        }
        throw new IllegalStateException("PostgreSQL test cluster: no initdb under " + debian + " or on the PATH; "
                + "run .ci/setup-machine (it installs Debian's postgresql package).");
    }

    private static int majorVersion(Path versionFolder) {
        try {
            return Integer.parseInt(versionFolder.getFileName().toString());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
