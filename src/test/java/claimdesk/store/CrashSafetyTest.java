package claimdesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import claimdesk.model.Claim;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a writing process with SIGKILL at a random moment, several times over the same ledger, and checks that every
 * claim the writer had been told was saved is still there and that the ledger opens cleanly each time.
 */
class CrashSafetyTest {

    private static final int ROUNDS = 5;

    @TempDir
    Path folder;
    @TempDir
    Path logs;

    @Test
    void everySavedClaimSurvivesAKill() throws Exception {
        Random random = new Random(7);
        Set<Long> acknowledged = new HashSet<>();
        for (int round = 0; round < ROUNDS; round++) {
            int killAfter = 3 + random.nextInt(25);
            acknowledged.addAll(writeUntilKilled(killAfter, round));

            try (LedgerStore store = LedgerStore.open(folder, "checker")) {
                Set<Long> stored = store.allClaims().stream().map(Claim::id).collect(Collectors.toSet());
                Set<Long> lost = new HashSet<>(acknowledged);
                lost.removeAll(stored);
                assertEquals(Set.of(), lost, "claims acknowledged but lost in round " + round);
                for (long id : acknowledged) {
                    assertEquals(2, store.claim(id).orElseThrow().tags().size(), "tags of claim " + id);
                }
            }
        }
        assertTrue(acknowledged.size() >= ROUNDS * 3);
    }

    private Set<Long> writeUntilKilled(int killAfter, int round) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        // C1 only: the writer is short-lived, and the rounds are dominated by JVM start-up.
        Process child = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-cp",
                System.getProperty("java.class.path"), CrashingWriter.class.getName(), folder.toString())
                .redirectError(logs.resolve("writer-" + round + ".log").toFile())
                .start();
        Set<Long> ids = new HashSet<>();
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while (ids.size() < killAfter && (line = out.readLine()) != null) {
                ids.add(Long.parseLong(line.trim()));
            }
            // The writer is in the middle of its next save when SIGKILL lands.
            child.destroyForcibly();
            assertTrue(child.waitFor(10, TimeUnit.SECONDS), "the writer did not die");
        }
        if (ids.size() < killAfter) {
            fail("the writer stopped early: " + Files.readString(logs.resolve("writer-" + round + ".log")));
        }
        return ids;
    }
}
