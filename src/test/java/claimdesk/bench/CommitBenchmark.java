package claimdesk.bench;

import claimdesk.model.Article;
import claimdesk.model.ClaimStatus;
import claimdesk.model.Progress;
import claimdesk.model.TextQuote;
import claimdesk.model.Verdict;
import claimdesk.service.ArticleImporter;
import claimdesk.store.LedgerStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * What durable commits cost: creates claims one transaction each (as the app's Ctrl+T does) on a ledger holding the
 * seeds, and prints claims per second and the ledger file's size before and after a clean close. Run on demand:
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) claimdesk.bench.CommitBenchmark [claims]}.
 */
public final class CommitBenchmark {

    private CommitBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int claims = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        Path folder = Files.createTempDirectory("commit-bench");
        try (LedgerStore store = LedgerStore.open(folder, "bench")) {
            try (Stream<Path> seeds = Files.list(Path.of("seeds"))) {
                new ArticleImporter(store).importFiles(seeds.sorted().toList(), Progress.NONE);
            }
        }
        Path file = folder.resolve(LedgerStore.DATABASE_NAME + ".mv.db");
        long sizeBefore = Files.size(file);
        long start;
        long elapsed;
        long sizeOpen;
        try (LedgerStore store = LedgerStore.open(folder, "bench")) {
            long articleId = store.articles().get(0).id();
            Article article = store.article(articleId).orElseThrow();
            TextQuote quote = TextQuote.of(article.text(), 0, Math.min(40, article.text().length()));
            start = System.nanoTime();
            for (int i = 0; i < claims; i++) {
                store.createClaim(articleId, quote, List.of("bench"), Verdict.UNRATED, ClaimStatus.DRAFT, "note " + i);
            }
            elapsed = System.nanoTime() - start;
            sizeOpen = Files.size(file);
        }
        System.out.printf("%d claims in %.2f s: %.0f claims/s, %.2f ms each%n", claims, elapsed / 1e9,
                claims / (elapsed / 1e9), elapsed / 1e6 / claims);
        System.out.printf("ledger file: %d KB before, %d KB with the ledger open, %d KB after closing%n",
                sizeBefore / 1024, sizeOpen / 1024, Files.size(file) / 1024);
    }
}
