package claimdesk.crash;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import claimdesk.model.Claim;
import claimdesk.store.CrashingWriter;
import claimdesk.store.LedgerStore;
import claimdesk.ui.CrashingReviewer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a process that is saving claims with SIGKILL, many times, and checks that every claim it had been told was
 * saved is back, with its note, and that the ledger opens cleanly. The writers start from a used ledger (the seeds
 * and their findings, left by a killed session so that its dead chunks are not compacted away) that is older than
 * H2's 45-second retention time, because only then does H2 put new commits into the space of old ones: a fresh,
 * growing file hid the loss this test exists for.
 * One round drives the real workbench (headless), the others the store calls the workbench makes. With the settings
 * before {@code REUSE_SPACE=FALSE} the store rounds lost every claim in most rounds.
 */
class CrashSafetyTest {

    /** H2 reuses the space of chunks that died at least this long ago (MVStore's default retention time). */
    private static final long RETENTION_MILLIS = 45_000;
    private static final int STORE_ROUNDS = 8;
    private static final int GUI_ROUNDS = 2;

    @TempDir
    static Path work;
    private static Path usedLedger;
    private static long usedSince;

    @BeforeAll
    static void prepareUsedLedger() throws Exception {
        usedLedger = work.resolve("used");
        runUntilKilled(1, 0, "prepare", "-cp", System.getProperty("java.class.path"), CrashingWriter.class.getName(),
                "prepare", usedLedger.toString());
        usedSince = System.currentTimeMillis();
    }

    @Test
    void everyClaimSavedThroughTheStoreSurvivesAKill() throws Exception {
        waitPastRetention();
        Random random = new Random(7);
        int acknowledged = 0;
        for (int round = 0; round < STORE_ROUNDS; round++) {
            Path ledger = copyOfUsedLedger("store-" + round);
            int killAfter = 2 + random.nextInt(11);
            Set<Long> saved = runUntilKilled(killAfter, random.nextInt(1000), "store-" + round,
                    "-cp", System.getProperty("java.class.path"), CrashingWriter.class.getName(), ledger.toString(),
                    "150", Integer.toString(killAfter));
            assertAllBack(ledger, saved, round);
            acknowledged += saved.size();
        }
        assertTrue(acknowledged >= STORE_ROUNDS * 2);
    }

    @Test
    void everyClaimTaggedInTheWorkbenchSurvivesAKill() throws Exception {
        waitPastRetention();
        List<String> headless = new ArrayList<>();
        for (Map.Entry<Object, Object> property : System.getProperties().entrySet()) {
            String name = property.getKey().toString();
            if (name.startsWith("testfx.") || name.startsWith("glass.") || name.startsWith("monocle.")
                    || name.startsWith("prism.") || name.equals("java.awt.headless") || name.equals("javafx.cachedir")) {
                headless.add("-D" + name + "=" + property.getValue());
            }
        }
        for (int round = 0; round < GUI_ROUNDS; round++) {
            Path ledger = copyOfUsedLedger("gui-" + round);
            List<String> command = new ArrayList<>(headless);
            command.addAll(List.of("-cp", System.getProperty("java.class.path"), CrashingReviewer.class.getName(),
                    ledger.toString(), "3"));
            Set<Long> saved = runUntilKilled(3, 1000, "gui-" + round, command.toArray(String[]::new));
            assertAllBack(ledger, saved, round);
        }
    }

    private static void waitPastRetention() throws InterruptedException {
        long wait = usedSince + RETENTION_MILLIS + 1000 - System.currentTimeMillis();
        if (wait > 0) {
            Thread.sleep(wait);
        }
    }

    private static Path copyOfUsedLedger(String name) throws IOException {
        Path copy = work.resolve(name);
        Files.createDirectories(copy);
        try (Stream<Path> files = Files.list(usedLedger)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.copy(file, copy.resolve(file.getFileName()));
            }
        }
        return copy;
    }

    private static void assertAllBack(Path ledger, Set<Long> saved, int round) {
        try (LedgerStore store = LedgerStore.open(ledger, "checker")) {
            Set<Long> stored = store.allClaims().stream().map(Claim::id).collect(Collectors.toSet());
            Set<Long> lost = new HashSet<>(saved);
            lost.removeAll(stored);
            assertEquals(Set.of(), lost, "claims acknowledged but lost in round " + round + " of " + ledger);
            for (long id : saved) {
                assertEquals(CrashingWriter.noteOf(id), store.claim(id).orElseThrow().note(), "note of claim " + id);
                assertTrue(store.auditOf("claim", id).size() >= 2, "audit rows (created, note) of claim " + id);
            }
        }
    }

    /** Runs a child JVM, reads the ids it acknowledges, and kills it {@code delayMillis} after the last one. */
    private static Set<Long> runUntilKilled(int killAfter, long delayMillis, String name,
                                            String... arguments) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-XX:TieredStopAtLevel=1"));
        command.addAll(List.of(arguments));
        Path log = work.resolve(name + ".log");
        Process child = new ProcessBuilder(command).redirectError(log.toFile()).start();
        Set<Long> ids = new HashSet<>();
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while (ids.size() < killAfter && (line = out.readLine()) != null) {
                ids.add(Long.parseLong(line.trim()));
            }
            Thread.sleep(delayMillis);
            child.destroyForcibly();
            assertTrue(child.waitFor(10, TimeUnit.SECONDS), "the child did not die");
        }
        if (ids.size() < killAfter) {
            fail("the child stopped early: " + Files.readString(log));
        }
        return ids;
    }
}
