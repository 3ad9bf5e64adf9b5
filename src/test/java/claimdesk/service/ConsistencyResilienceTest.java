package claimdesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import claimdesk.analysis.consistency.Finding;
import claimdesk.model.Progress;
import claimdesk.store.CorruptLedger;
import claimdesk.store.LedgerStore;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One article whose stored figures cannot be read costs the check that article only, on a real H2 file. */
class ConsistencyResilienceTest {

    @TempDir
    Path folder;

    @Test
    void anArticleWithUnreadableFiguresIsNamedAndTheOthersAreChecked() throws Exception {
        List<Finding> before;
        long bad;
        try (LedgerStore store = LedgerStore.open(folder, "tester")) {
            new ArticleImporter(store).importFiles(ArticleImporterTest.seedFiles(), Progress.NONE);
            before = new ConsistencyService(store).check(Progress.NONE).findings();
            bad = ((ImportOutcome.Imported) new ArticleImporter(store).importText("bad.txt",
                    "Bad rows\n\nSome 40 people left Herat.")).article().id();
        }
        assertTrue(!before.isEmpty(), "the seeds have findings to keep");
        CorruptLedger.breakFiguresOf(folder, bad);

        try (LedgerStore store = LedgerStore.open(folder, "tester")) {
            ConsistencyService.Result result = new ConsistencyService(store).check(Progress.NONE);

            assertEquals(before.stream().map(Finding::fingerprint).sorted().toList(),
                    result.findings().stream().map(Finding::fingerprint).sorted().toList());
            assertEquals(1, result.unreadable().size());
            assertTrue(result.unreadable().get(0).startsWith("\u201cBad rows\u201d: "), result.unreadable().get(0));
        }
    }
}
