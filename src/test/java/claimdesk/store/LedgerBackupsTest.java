package claimdesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import claimdesk.model.ArticleMetadata;
import claimdesk.model.ArticleSummary;
import claimdesk.model.NewArticle;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LedgerBackupsTest {

    @TempDir
    Path folder;

    private static void add(LedgerStore store, String headline) {
        store.addArticle(new NewArticle(ArticleMetadata.headlineOnly(headline), headline + "\n\nBody.",
                "hash-" + headline, headline + ".txt"));
    }

    private static List<String> headlines(Path folder) {
        try (LedgerStore store = LedgerStore.open(folder, "tester")) {
            return store.articles().stream().map(ArticleSummary::headline).toList();
        }
    }

    @Test
    void restoresTheDataOfThatTimeAndCanUndoTheRestore() {
        LedgerBackups backups = new LedgerBackups(folder);
        LedgerBackups.Backup morning;
        try (LedgerStore store = LedgerStore.open(folder, "tester")) {
            add(store, "Morning");
            morning = backups.backUp(store, "exit");
            add(store, "Afternoon");
        }

        LedgerBackups.Backup beforeRestore = backups.restore(morning);

        assertEquals(List.of("Morning"), headlines(folder));
        assertEquals("before-restore", beforeRestore.reason());
        backups.restore(beforeRestore);
        assertEquals(List.of("Afternoon", "Morning"), headlines(folder).stream().sorted().toList());
    }

    @Test
    void keepsOnlyTheNewestTen() {
        LedgerBackups backups = new LedgerBackups(folder);
        try (LedgerStore store = LedgerStore.open(folder, "tester")) {
            for (int i = 0; i < LedgerBackups.KEEP + 3; i++) {
                backups.backUp(store, "exit");
            }
        }
        List<LedgerBackups.Backup> kept = backups.list();
        assertEquals(LedgerBackups.KEEP, kept.size());
        assertTrue(kept.get(0).takenAt().isAfter(kept.get(kept.size() - 1).takenAt()));
    }

    @Test
    void backsUpAtMostDaily() {
        Instant start = Instant.parse("2026-11-23T08:00:00Z");
        try (LedgerStore store = LedgerStore.open(folder, "tester")) {
            assertTrue(new LedgerBackups(folder, Clock.fixed(start, ZoneOffset.UTC)).backUpIfDue(store).isPresent());
            Clock later = Clock.fixed(start.plus(Duration.ofHours(23)), ZoneOffset.UTC);
            assertFalse(new LedgerBackups(folder, later).backUpIfDue(store).isPresent());
            Clock nextDay = Clock.fixed(start.plus(Duration.ofHours(25)), ZoneOffset.UTC);
            assertEquals("daily", new LedgerBackups(folder, nextDay).backUpIfDue(store).orElseThrow().reason());
        }
        assertEquals(2, new LedgerBackups(folder).list().size());
    }
}
