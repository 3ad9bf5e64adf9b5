package claimdesk.bench;

import claimdesk.model.Article;
import claimdesk.model.Claim;
import claimdesk.model.ClaimStatus;
import claimdesk.model.Source;
import claimdesk.model.Stance;
import claimdesk.model.TextQuote;
import claimdesk.model.Verdict;
import claimdesk.store.LedgerServer;
import claimdesk.store.LedgerStore;
import claimdesk.store.SourceStore;
import claimdesk.store.StaleClaimException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One simulated reviewer of the desk load: its own {@link LedgerStore} (so its own connection) under its own name,
 * saving without pause until the deadline: 40% new claims on a random span of a seed article, 50% saves of a
 * claim's verdict, status and note, 10% a new source cited for one of its claims. Most saves are of its own claims
 * from the copy it last saved; one in five is of any reviewer's claim, read just before. A save refused as stale
 * is counted, the claim read again, and the save retried, as a person would after the app's refusal.
 */
final class DeskReviewer implements Callable<DeskReviewer.Tally> {

    static final int MAX_ATTEMPTS = 5;
    private static final ClaimStatus[] STATUSES = {ClaimStatus.DRAFT, ClaimStatus.IN_REVIEW, ClaimStatus.VERIFIED};

    /** Every reviewer waits at {@code ready}, so the clock starts once all of them are connected. */
    record StartLine(CountDownLatch ready, CountDownLatch go, AtomicLong deadlineNanos) {
    }

    /** What one reviewer did; read only after its thread has finished. */
    static final class Tally {
        final LatencySamples creates = new LatencySamples();
        final LatencySamples updates = new LatencySamples();
        final LatencySamples sources = new LatencySamples();
        final LatencySamples refused = new LatencySamples();
        long staleRefusals;
        long gaveUp;
        final Map<String, Integer> errors = new TreeMap<>();
        String firstError;
    }

    private final String name;
    private final LedgerServer server;
    private final List<Article> articles;
    private final AcknowledgedWrites acknowledged;
    private final List<Long> everyonesClaims;
    private final StartLine start;
    private final Random random;
    private final Map<Long, Claim> mine = new HashMap<>();
    private final List<Long> mineIds = new ArrayList<>();
    private final Tally tally = new Tally();
    private int saves;

    /** {@code everyonesClaims} is shared by all reviewers and must be a synchronized list. */
    DeskReviewer(String name, LedgerServer server, List<Article> articles, AcknowledgedWrites acknowledged,
                 List<Long> everyonesClaims, StartLine start, long seed) {
        this.name = name;
        this.server = server;
        this.articles = articles;
        this.acknowledged = acknowledged;
        this.everyonesClaims = everyonesClaims;
        this.start = start;
        this.random = new Random(seed);
    }

    @Override
    public Tally call() throws InterruptedException {
        try (LedgerStore store = LedgerStore.open(server, name, null)) {
            SourceStore sources = new SourceStore(store);
            start.ready().countDown();
            start.go().await();
            long deadline = start.deadlineNanos().get();
            while (System.nanoTime() < deadline) {
                int dice = random.nextInt(100);
                try {
                    if (mineIds.isEmpty() || dice < 40) {
                        create(store);
                    } else if (dice < 90) {
                        update(store);
                    } else {
                        cite(sources);
                    }
                } catch (RuntimeException e) {
                    tally.errors.merge(e.getClass().getSimpleName(), 1, Integer::sum);
                    if (tally.firstError == null) {
                        tally.firstError = e.toString();
                    }
                }
            }
        }
        return tally;
    }

    private void create(LedgerStore store) {
        Article article = articles.get(random.nextInt(articles.size()));
        long begin = System.nanoTime();
        Claim claim = store.createClaim(article.id(), randomSpan(article.text()), List.of("load"), Verdict.UNRATED,
                ClaimStatus.DRAFT, name + " created #" + ++saves);
        tally.creates.add(System.nanoTime() - begin);
        acknowledged.saved(claim);
        mine.put(claim.id(), claim);
        mineIds.add(claim.id());
        everyonesClaims.add(claim.id());
    }

    private void update(LedgerStore store) {
        boolean own = random.nextInt(5) > 0;
        long id = own ? randomOf(mineIds) : randomOf(everyonesClaims);
        Claim current = mine.containsKey(id) ? mine.get(id) : store.claim(id).orElseThrow();
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            Claim changed = changed(current);
            long begin = System.nanoTime();
            try {
                store.updateClaim(changed);
            } catch (StaleClaimException e) {
                tally.refused.add(System.nanoTime() - begin);
                tally.staleRefusals++;
                current = store.claim(id).orElseThrow();
                continue;
            } catch (RuntimeException e) {
                acknowledged.failedOn(id);
                throw e;
            }
            tally.updates.add(System.nanoTime() - begin);
            Claim saved = changed.withVersion(changed.version() + 1);
            acknowledged.saved(saved);
            if (mine.containsKey(id)) {
                mine.put(id, saved);
            }
            return;
        }
        tally.gaveUp++;
    }

    private void cite(SourceStore sources) {
        long claimId = randomOf(mineIds);
        int n = ++saves;
        long begin = System.nanoTime();
        try {
            Source source = sources.createSource(Source.draft("https://example.org/load/" + name + "/" + n,
                    "Load source " + name + " #" + n, "Load wire", name, null, LocalDate.now()));
            Stance stance = Stance.values()[random.nextInt(Stance.values().length)];
            sources.link(claimId, source.id(), stance, "as " + name + " read it", null);
            tally.sources.add(System.nanoTime() - begin);
            acknowledged.linked(claimId, source.id());
        } catch (RuntimeException e) {
            acknowledged.failedOn(claimId);
            throw e;
        }
    }

    private Claim changed(Claim claim) {
        Verdict verdict = Verdict.values()[random.nextInt(Verdict.values().length)];
        ClaimStatus status = STATUSES[random.nextInt(STATUSES.length)];
        // The note names the reviewer and the save, so the check afterwards can tell whose save is stored.
        return new Claim(claim.id(), claim.uuid(), claim.articleId(), claim.quote(), claim.tags(), verdict, status,
                name + " save #" + ++saves, claim.createdAt(), claim.updatedAt(), claim.claimant(), claim.figure(),
                claim.version());
    }

    /** A span of 20 to 200 characters that is not only white space (the store trims a quote, and refuses none). */
    private TextQuote randomSpan(String text) {
        while (true) {
            int length = Math.min(text.length(), 20 + random.nextInt(181));
            int begin = random.nextInt(text.length() - length + 1);
            if (!text.substring(begin, begin + length).isBlank()) {
                return TextQuote.of(text, begin, begin + length);
            }
        }
    }

    private long randomOf(List<Long> ids) {
        synchronized (ids) {
            return ids.get(random.nextInt(ids.size()));
        }
    }
}
