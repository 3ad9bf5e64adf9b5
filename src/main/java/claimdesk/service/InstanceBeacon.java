package claimdesk.service;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Lets a second Claimdesk window ask the one that holds a ledger to come forward. The first instance listens on a
 * loopback port and writes the port and a random token to {@code <ledger folder>/instance.beacon}; a second
 * instance that finds the ledger locked sends the token and "show". The token keeps other programs from poking the
 * window; a stale file (after a crash) just makes {@link #signal} return false. Nothing here touches the ledger.
 *
 * <p>Any local process can connect, so the listener trusts nothing it is sent: it reads at most one request's
 * length, gives a client {@link #READ_MS} in all, answers only the exact request and closes every connection after
 * it. Clients are served by a few pool threads, so a silent one does not hold up the next; when all are busy a new
 * connection is closed at once rather than queued without end.
 */
public final class InstanceBeacon implements AutoCloseable {

    static final String FILE_NAME = "instance.beacon";
    private static final Logger LOG = Logger.getLogger(InstanceBeacon.class.getName());
    private static final int TIMEOUT_MS = 2000;
    /** A real client writes its one line right after connecting, so a second is plenty even on a busy machine. */
    static final int READ_MS = 1000;
    private static final byte[] OK = "ok\n".getBytes(StandardCharsets.UTF_8);
    private static final int CLIENT_THREADS = 4;
    private static final int WAITING_CLIENTS = 4;

    private final Path file;
    private final ServerSocket server;
    private final byte[] request;
    private final Runnable onShow;
    private final ThreadPoolExecutor clients = new ThreadPoolExecutor(CLIENT_THREADS, CLIENT_THREADS,
            30, TimeUnit.SECONDS, new ArrayBlockingQueue<>(WAITING_CLIENTS), InstanceBeacon::daemon);

    private InstanceBeacon(Path file, ServerSocket server, String token, Runnable onShow) {
        this.file = file;
        this.server = server;
        this.request = (token + " show").getBytes(StandardCharsets.UTF_8);
        this.onShow = onShow;
        // No threads while nobody knocks, which is nearly always.
        clients.allowCoreThreadTimeOut(true);
    }

    /** Starts listening for the ledger in {@code folder}; {@code onShow} runs on one of the beacon's threads. */
    public static InstanceBeacon listen(Path folder, Runnable onShow) throws IOException {
        ServerSocket server = new ServerSocket();
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        byte[] random = new byte[16];
        new SecureRandom().nextBytes(random);
        String token = HexFormat.of().formatHex(random);
        Path file = folder.resolve(FILE_NAME);
        writeOwnerOnly(file, server.getLocalPort() + "\n" + token + "\n");
        InstanceBeacon beacon = new InstanceBeacon(file, server, token, onShow);
        Thread thread = new Thread(beacon::serve, "instance-beacon");
        thread.setDaemon(true);
        thread.start();
        return beacon;
    }

    /** Asks the instance holding the ledger in {@code folder} to show its window; false when none answered. */
    public static boolean signal(Path folder) {
        try {
            List<String> lines = Files.readAllLines(folder.resolve(FILE_NAME));
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(),
                        Integer.parseInt(lines.get(0).trim())), TIMEOUT_MS);
                socket.setSoTimeout(TIMEOUT_MS);
                socket.getOutputStream().write((lines.get(1).trim() + " show\n").getBytes(StandardCharsets.UTF_8));
                // Three bytes at most: a stale file may name a port some other program now listens on.
                return Arrays.equals(OK, socket.getInputStream().readNBytes(OK.length));
            }
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private void serve() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                try {
                    clients.execute(() -> answer(client));
                } catch (RejectedExecutionException busy) {
                    closeQuietly(client);
                }
            } catch (IOException e) {
                if (!server.isClosed()) {
                    LOG.log(Level.FINE, "A beacon connection failed", e);
                }
            }
        }
    }

    private void answer(Socket client) {
        try (client) {
            // Compared whole and in constant time: answering or closing early per byte would let a client guess
            // the token one character at a time.
            if (MessageDigest.isEqual(request, readRequest(client))) {
                onShow.run();
                client.getOutputStream().write(OK);
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.FINE, "A beacon request failed", e);
        }
    }

    /**
     * The client's first line without its newline, read until the newline, until it is longer than a real request
     * (then what was read, which cannot match), or until {@link #READ_MS} have passed since a thread took it up.
     */
    private byte[] readRequest(Socket client) throws IOException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(READ_MS);
        InputStream in = client.getInputStream();
        ByteArrayOutputStream line = new ByteArrayOutputStream(request.length + 1);
        while (line.size() <= request.length) {
            long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
            if (left <= 0) {
                throw new SocketTimeoutException("no request within " + READ_MS + " ms");
            }
            client.setSoTimeout((int) left);
            int next = in.read();
            if (next == '\n' || next < 0) {
                break;
            }
            line.write(next);
        }
        return line.toByteArray();
    }

    /** Another user of the machine must not read the token, or they could poke the window. */
    private static void writeOwnerOnly(Path file, String content) throws IOException {
        Files.deleteIfExists(file);
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        Files.writeString(file, content);
    }

    private static Thread daemon(Runnable work) {
        Thread thread = new Thread(work, "instance-beacon-client");
        thread.setDaemon(true);
        return thread;
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            LOG.log(Level.FINE, "Could not close a beacon connection", e);
        }
    }

    /** Stops listening and removes the beacon file, so later instances do not knock on a closed door. */
    @Override
    public void close() {
        try {
            server.close();
            clients.shutdownNow();
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.log(Level.FINE, "Could not remove " + file, e);
        }
    }
}
