package claimdesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import claimdesk.model.ArticleSummary;
import claimdesk.store.LedgerInUseException;
import claimdesk.store.LedgerStore;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A second instance meets a ledger held by another process (a real child JVM): it gets a clear refusal instead of
 * a stack trace or a damaged file, can ask the first instance to come forward, and opens the ledger intact once the
 * first one is gone, even if it died without cleaning up.
 */
class SecondInstanceTest {

    @TempDir
    Path folder;

    @Test
    void aSecondInstanceIsRefusedClearlyAndCanCallTheFirstForward() throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process first = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-cp",
                System.getProperty("java.class.path"), LedgerHolder.class.getName(), folder.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(first.getInputStream(), StandardCharsets.UTF_8))) {
            assertEquals("ready", out.readLine());

            LedgerInUseException refused = assertThrows(LedgerInUseException.class,
                    () -> LedgerStore.open(folder, "second"));
            assertTrue(refused.getMessage().contains("open in another Claimdesk window"), refused.getMessage());

            assertTrue(InstanceBeacon.signal(folder));
            assertEquals("show", out.readLine());
        } finally {
            first.destroyForcibly();
            assertTrue(first.waitFor(10, TimeUnit.SECONDS));
        }

        assertFalse(InstanceBeacon.signal(folder), "a dead instance cannot answer");
        try (LedgerStore store = LedgerStore.open(folder, "second")) {
            assertEquals(List.of("Held"), store.articles().stream().map(ArticleSummary::headline).toList());
        }
    }
}
