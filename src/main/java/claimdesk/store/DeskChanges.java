package claimdesk.store;

import claimdesk.model.LedgerChange;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Listens for the changes other windows commit to a desk ledger ({@link ChangeNotifier}) and hands each to a consumer,
 * on the daemon thread {@code desk-changes}, never on the caller's. It holds its own connection, outside the store's
 * pool, because LISTEN belongs to one session and a pooled connection would be handed to other work. When the
 * connection is lost it reconnects with a growing pause and then reports {@link LedgerChange#everything()}: what was
 * committed meanwhile was announced to nobody. Changes of its own store's session are skipped.
 */
public final class DeskChanges implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(DeskChanges.class.getName());
    private static final int POLL_MILLIS = 500;
    private static final Duration FIRST_PAUSE = Duration.ofMillis(500);
    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(30);

    private final LedgerServer server;
    private final String ownSession;
    private final Consumer<LedgerChange> consumer;
    private final Thread thread;
    private volatile boolean closed;
    private volatile Connection connection;

    /** Listens from the moment it returns; fails with {@link LedgerException} if the server cannot be reached. */
    DeskChanges(LedgerServer server, String ownSession, Consumer<LedgerChange> consumer) {
        this.server = server;
        this.ownSession = ownSession;
        this.consumer = consumer;
        try {
            connection = listen();
        } catch (SQLException e) {
            throw new LedgerException("Cannot listen for changes on " + server + ": " + e.getMessage(), e);
        }
        thread = new Thread(this::run, "desk-changes");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Reads a payload {@code entity:id:articleId:session}; empty for one from {@code ownSession}, or one this version
     * cannot read (a newer Claimdesk on the same desk may announce more).
     */
    static Optional<LedgerChange> parse(String payload, String ownSession) {
        String[] parts = payload.split(":", -1);
        if (parts.length != 4 || parts[3].equals(ownSession)) {
            return Optional.empty();
        }
        try {
            long id = Long.parseLong(parts[1]);
            long articleId = Long.parseLong(parts[2]);
            return LedgerChange.Entity.ofAuditName(parts[0]).map(entity -> new LedgerChange(entity, id, articleId));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private Connection listen() throws SQLException {
        Properties login = new Properties();
        login.setProperty("user", server.user());
        if (server.password() != null) {
            login.setProperty("password", server.password());
        }
        login.setProperty("ApplicationName", "Claimdesk changes");
        // Without keepalive a cable pulled out would leave the socket waiting for hours, not failing.
        login.setProperty("tcpKeepAlive", "true");
        Connection opened = DriverManager.getConnection(server.jdbcUrl(), login);
        try (Statement statement = opened.createStatement()) {
            statement.execute("LISTEN " + ChangeNotifier.CHANNEL);
        } catch (SQLException e) {
            opened.close();
            throw e;
        }
        return opened;
    }

    private void run() {
        Duration pause = FIRST_PAUSE;
        while (!closed) {
            try {
                if (connection == null) {
                    connection = listen();
                    pause = FIRST_PAUSE;
                    deliver(LedgerChange.everything());
                }
                poll(connection);
            } catch (SQLException e) {
                if (closed) {
                    return;
                }
                LOG.log(Level.WARNING, "Lost the change listener on " + server + "; retrying in " + pause, e);
                closeQuietly(connection);
                connection = null;
                sleep(pause);
                pause = pause.multipliedBy(2).compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause.multipliedBy(2);
            }
        }
    }

    private void poll(Connection listening) throws SQLException {
        PGNotification[] notifications = listening.unwrap(PGConnection.class).getNotifications(POLL_MILLIS);
        if (notifications == null) {
            return;
        }
        for (PGNotification notification : notifications) {
            parse(notification.getParameter(), ownSession).ifPresent(this::deliver);
        }
    }

    private void deliver(LedgerChange change) {
        try {
            consumer.accept(change);
        } catch (RuntimeException e) {
            // A consumer's bug must not stop the listening: later changes would be lost without a sign.
            LOG.log(Level.WARNING, "The change consumer failed on " + change, e);
        }
    }

    private void sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closed = true;
        }
    }

    private static void closeQuietly(Connection toClose) {
        if (toClose == null) {
            return;
        }
        try {
            toClose.close();
        } catch (SQLException ignored) {
            // Already broken: that is why it is being closed.
        }
    }

    /** Stops listening and closes the connection; waits at most a poll's length for the thread. Idempotent. */
    @Override
    public void close() {
        closed = true;
        thread.interrupt();
        try {
            thread.join(2 * POLL_MILLIS + 500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        closeQuietly(connection);
    }
}
