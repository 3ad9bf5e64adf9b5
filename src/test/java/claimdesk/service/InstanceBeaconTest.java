package claimdesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Hostile local clients against the beacon, over real loopback sockets in this JVM. */
@Timeout(30)
class InstanceBeaconTest {

    @TempDir
    Path folder;
    private final AtomicInteger shown = new AtomicInteger();
    private InstanceBeacon beacon;

    @BeforeEach
    void listen() throws IOException {
        beacon = InstanceBeacon.listen(folder, shown::incrementAndGet);
    }

    @AfterEach
    void close() {
        beacon.close();
    }

    @Test
    void aClientSendingEndlessBytesWithoutANewlineIsCutOffAndTheNextSignalWorks() throws Exception {
        byte[] chunk = new byte[64 * 1024];
        Arrays.fill(chunk, (byte) 'a');
        try (Socket flood = connect()) {
            // The listener reads at most one short line, then closes; writing on then fails with a reset or
            // broken pipe once the kernel buffers (a few MB at most) are full, long before 100 MB.
            assertThrows(IOException.class, () -> {
                long written = 0;
                OutputStream out = flood.getOutputStream();
                while (written < 100L * 1024 * 1024) {
                    out.write(chunk);
                    written += chunk.length;
                }
            }, "the listener closed the connection before 100 MB were sent");
        }

        assertTrue(InstanceBeacon.signal(folder), "a legitimate signal after the flood");
        assertEquals(1, shown.get());
    }

    @Test
    void aClientThatSendsNothingDoesNotHoldUpALegitimateOne() throws Exception {
        try (Socket silent = connect(); Socket silentToo = connect()) {
            // Well under READ_MS: the signal is not waiting for the silent ones to time out.
            assertTimeoutPreemptively(Duration.ofMillis(InstanceBeacon.READ_MS * 8L / 10), () ->
                    assertTrue(InstanceBeacon.signal(folder), "answered while two clients sit silent"));
            assertEquals(1, shown.get());
        }
    }

    @Test
    void aSilentClientIsDroppedAfterTheReadTimeout() throws Exception {
        try (Socket silent = connect()) {
            silent.setSoTimeout(10_000);
            long start = System.nanoTime();

            assertEquals(-1, silent.getInputStream().read(), "closed by the listener");
            assertTrue(System.nanoTime() - start < 5_000_000_000L);
        }
    }

    @Test
    void aWrongTokenIsDroppedAtOnceWithoutAnAnswer() throws Exception {
        assertDroppedAtOnce("0123456789abcdef0123456789abcdef show\n");
        assertEquals(0, shown.get());
        assertTrue(InstanceBeacon.signal(folder));
    }

    // As long as a real request and no newline: the listener need not wait for more to know it is wrong.
    @Test
    void aWrongTokenWithoutANewlineIsDroppedOnceItIsAsLongAsARealRequest() throws Exception {
        assertDroppedAtOnce("0123456789abcdef0123456789abcdef showx");
        assertEquals(0, shown.get());
    }

    @Test
    void theBeaconFileIsReadableByItsOwnerOnly() throws Exception {
        assertEquals("rw-------", PosixFilePermissions.toString(
                Files.getPosixFilePermissions(folder.resolve(InstanceBeacon.FILE_NAME))));
    }

    private void assertDroppedAtOnce(String request) throws IOException {
        try (Socket wrong = connect()) {
            wrong.setSoTimeout(500);
            wrong.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
            try {
                assertEquals(-1, wrong.getInputStream().read(), "closed, not answered");
            } catch (SocketTimeoutException e) {
                throw new AssertionError("the listener kept a client with a wrong token waiting", e);
            }
        }
    }

    private Socket connect() throws IOException {
        List<String> lines = Files.readAllLines(folder.resolve(InstanceBeacon.FILE_NAME));
        return new Socket(InetAddress.getLoopbackAddress(), Integer.parseInt(lines.get(0).trim()));
    }
}
