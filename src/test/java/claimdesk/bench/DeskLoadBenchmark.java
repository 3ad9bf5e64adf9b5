package claimdesk.bench;

import claimdesk.model.Article;
import claimdesk.model.ArticleSummary;
import claimdesk.model.Progress;
import claimdesk.service.ArticleImporter;
import claimdesk.store.LedgerServer;
import claimdesk.store.LedgerStore;
import claimdesk.store.PostgresCluster;
import claimdesk.store.SourceStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * The desk under load (issue 13): {@code -Dreviewers=20} simulated reviewers, each with its own store and
 * connection, save claims and sources without pause for {@code -Dduration=300} seconds against one PostgreSQL.
 * Prints a Markdown summary (throughput, save latencies, stale refusals, errors) and then checks that every
 * acknowledged write is in the database; exits 1 when one is missing. The server is a throwaway
 * {@link PostgresCluster} unless an address is given as the argument or in {@code CLAIMDESK_DB} (with
 * {@code PGUSER}/{@code PGPASSWORD}); a given database should be empty, as the check reads every claim in it.
 * Run by {@code src/test/bench/desk-load.sh}.
 */
public final class DeskLoadBenchmark {

    private DeskLoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int reviewers = Integer.getInteger("reviewers", 20);
        int seconds = Integer.getInteger("duration", 300);
        long seed = Long.getLong("seed", 13);
        String address = args.length > 0 ? args[0] : System.getenv("CLAIMDESK_DB");
        PostgresCluster cluster = address == null ? PostgresCluster.start() : null;
        boolean complete;
        try {
            LedgerServer server = cluster != null ? cluster.newDatabase() : LedgerServer.parse(address);
            complete = run(server, cluster != null ? "a throwaway PostgreSQL cluster (fsync=off)" : server.address(),
                    reviewers, seconds, seed);
        } finally {
            if (cluster != null) {
                cluster.close();
            }
        }
        System.exit(complete ? 0 : 1);
    }

    private static boolean run(LedgerServer server, String where, int reviewers, int seconds, long seed)
            throws IOException, InterruptedException, ExecutionException {
        List<Article> articles = importSeeds(server);
        AcknowledgedWrites acknowledged = new AcknowledgedWrites();
        List<Long> everyonesClaims = Collections.synchronizedList(new ArrayList<>());
        DeskReviewer.StartLine start = new DeskReviewer.StartLine(new CountDownLatch(reviewers),
                new CountDownLatch(1), new AtomicLong());
        ExecutorService threads = Executors.newFixedThreadPool(reviewers);
        List<Future<DeskReviewer.Tally>> futures = new ArrayList<>();
        for (int i = 1; i <= reviewers; i++) {
            futures.add(threads.submit(new DeskReviewer(String.format("reviewer%02d", i), server, articles,
                    acknowledged, everyonesClaims, start, seed * 1000 + i)));
        }
        start.ready().await();
        long began = System.nanoTime();
        start.deadlineNanos().set(began + TimeUnit.SECONDS.toNanos(seconds));
        start.go().countDown();
        List<DeskReviewer.Tally> tallies = new ArrayList<>();
        for (Future<DeskReviewer.Tally> future : futures) {
            tallies.add(future.get());
        }
        double elapsed = (System.nanoTime() - began) / 1e9;
        threads.shutdown();

        long verifyBegan = System.nanoTime();
        AcknowledgedWrites.Verification verification;
        try (LedgerStore store = LedgerStore.open(server, "load-checker", null)) {
            verification = acknowledged.verify(store, new SourceStore(store));
        }
        double verifySeconds = (System.nanoTime() - verifyBegan) / 1e9;
        System.out.print(new DeskLoadSummary(reviewers, seconds, where, articles.size(), tallies, elapsed)
                .markdown(verification, verifySeconds));
        return verification.complete();
    }

    /** Imports seeds/*.txt as the CLI's import does (an article already there is not added twice). */
    private static List<Article> importSeeds(LedgerServer server) throws IOException {
        try (LedgerStore store = LedgerStore.open(server, "load-importer", null);
             Stream<Path> seeds = Files.list(Path.of("seeds"))) {
            new ArticleImporter(store).importFiles(seeds.filter(p -> p.toString().endsWith(".txt")).sorted().toList(),
                    Progress.NONE);
            List<Article> articles = new ArrayList<>();
            for (ArticleSummary summary : store.articles()) {
                articles.add(store.article(summary.id()).orElseThrow());
            }
            if (articles.isEmpty()) {
                throw new IllegalStateException("no seed articles imported: run from the project root");
            }
            return articles;
        }
    }
}
