package claimdesk.service;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Lets a second Claimdesk window ask the one that holds a ledger to come forward. The first instance listens on a
 * loopback port and writes the port and a random token to {@code <ledger folder>/instance.beacon}; a second
 * instance that finds the ledger locked sends the token and "show". The token keeps other programs from poking the
 * window; a stale file (after a crash) just makes {@link #signal} return false. Nothing here touches the ledger.
 */
public final class InstanceBeacon implements AutoCloseable {

    static final String FILE_NAME = "instance.beacon";
    private static final Logger LOG = Logger.getLogger(InstanceBeacon.class.getName());
    private static final int TIMEOUT_MS = 2000;

    private final Path file;
    private final ServerSocket server;
    private final String token;
    private final Runnable onShow;

    private InstanceBeacon(Path file, ServerSocket server, String token, Runnable onShow) {
        this.file = file;
        this.server = server;
        this.token = token;
        this.onShow = onShow;
    }

    /** Starts listening for the ledger in {@code folder}; {@code onShow} runs on the beacon's own thread. */
    public static InstanceBeacon listen(Path folder, Runnable onShow) throws IOException {
        ServerSocket server = new ServerSocket();
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        byte[] random = new byte[16];
        new SecureRandom().nextBytes(random);
        String token = HexFormat.of().formatHex(random);
        Path file = folder.resolve(FILE_NAME);
        Files.writeString(file, server.getLocalPort() + "\n" + token + "\n");
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
                Writer out = new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.UTF_8);
                out.write(lines.get(1).trim() + " show\n");
                out.flush();
                BufferedReader in = new BufferedReader(
                        new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
                return "ok".equals(in.readLine());
            }
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private void serve() {
        while (!server.isClosed()) {
            try (Socket client = server.accept()) {
                client.setSoTimeout(TIMEOUT_MS);
                String request = new BufferedReader(
                        new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8)).readLine();
                if ((token + " show").equals(request)) {
                    onShow.run();
                    client.getOutputStream().write("ok\n".getBytes(StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                if (!server.isClosed()) {
                    LOG.log(Level.FINE, "A beacon request failed", e);
                }
            }
        }
    }

    /** Stops listening and removes the beacon file, so later instances do not knock on a closed door. */
    @Override
    public void close() {
        try {
            server.close();
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.log(Level.FINE, "Could not remove " + file, e);
        }
    }
}
