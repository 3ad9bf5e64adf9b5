package claimdesk.store;

import claimdesk.model.Article;
import claimdesk.model.ClaimStatus;
import claimdesk.model.TextQuote;
import claimdesk.model.Verdict;
import claimdesk.model.Progress;
import claimdesk.service.ArticleImporter;
import claimdesk.service.ConsistencyService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import java.util.List;

/**
 * Child-process half of {@code claimdesk.crash.CrashSafetyTest}: opens the ledger given as the first argument and,
 * through the same store calls the app's Ctrl+T and note field use, tags a claim and then writes its note, pausing
 * between writes like a person does; it prints a claim's id only after both calls returned. A line on stdout is
 * therefore a promise that the claim and its note are durable. After the number of claims it was asked for, it
 * waits to be killed, as a reviewer pauses: a few commits followed by quiet is what lost claims before.
 */
public final class CrashingWriter {

    private CrashingWriter() {
    }

    public static void main(String[] args) throws Exception {
        if (args[0].equals("prepare")) {
            prepare(Path.of(args[1]));
            return;
        }
        LedgerStore store = LedgerStore.open(Path.of(args[0]), "crash-writer");
        long pauseMillis = Long.parseLong(args[1]);
        long articleId = store.articles().get(0).id();
        Article article = store.article(articleId).orElseThrow();
        int claims = Integer.parseInt(args[2]);
        for (int i = 0; i < claims; i++) {
            int start = (i * 7) % (article.text().length() - 40);
            var claim = store.createClaim(articleId, TextQuote.of(article.text(), start, start + 30),
                    List.of("crash", "round"), Verdict.UNRATED, ClaimStatus.DRAFT, "");
            store.updateClaim(claim.withNote(noteOf(claim.id())));
            System.out.println(claim.id());
            System.out.flush();
            Thread.sleep(pauseMillis);
        }
        // Then the reviewer reads for a while: the kill comes while nothing is being written.
        Thread.sleep(Long.MAX_VALUE);
    }

    /**
     * Leaves a used ledger as a session that ended in a crash does: the seeds imported and their findings stored
     * (which turns many chunks dead), then killed before a clean close could compact the file. The dead chunks'
     * space is what H2 reuses once they are older than its retention time.
     */
    private static void prepare(Path folder) throws Exception {
        LedgerStore store = LedgerStore.open(folder, "preparer");
        try (Stream<Path> seeds = Files.list(Path.of("seeds"))) {
            new ArticleImporter(store).importFiles(seeds.sorted().toList(), Progress.NONE);
        }
        new ConsistencyService(store).check(Progress.NONE);
        new ConsistencyService(store).check(Progress.NONE);
        System.out.println(0);
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }

    public static String noteOf(long claimId) {
        return "note of claim " + claimId;
    }
}
