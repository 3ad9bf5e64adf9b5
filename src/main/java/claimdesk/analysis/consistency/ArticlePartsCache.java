package claimdesk.analysis.consistency;

import claimdesk.model.Progress;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * Keeps each article's {@link ArticleParts} between checks, so that a re-check after one article changed splits,
 * normalises, hashes and sum-checks only that article. An entry is reused when the article under the same key is
 * equal to the one it was built from (text, publication date and figures, compared in full: a hash alone could
 * collide and silently change a result); otherwise it is rebuilt. The reviewer's merges and splits are not part
 * of an entry (see {@link ArticleParts#measured}), so changing them invalidates nothing. Each call keeps only the
 * articles it was given, so the cache never holds more than the last check's articles.
 *
 * <p>Not thread-safe: {@link ConsistencyChecker} calls it under its own lock. Within one call the parts are built
 * in parallel, reading the map of the previous call only.
 */
final class ArticlePartsCache {

    private Map<String, ArticleParts> byKey = new HashMap<>();

    /**
     * The parts of {@code articles}, in their order, reusing unchanged entries and dropping those of articles not
     * given. Reports (done, total) once per article.
     */
    List<ArticleParts> partsOf(List<ArticleFigures> articles, Progress progress, long total) {
        // Each article's parts depend on that article alone, so they are built on all cores (more than half of
        // a first check of 10,000 articles went here, on one core). The result keeps the articles' order.
        ArticleParts[] built = new ArticleParts[articles.size()];
        AtomicInteger done = new AtomicInteger();
        IntStream.range(0, built.length).parallel().forEach(i -> {
            ArticleFigures article = articles.get(i);
            ArticleParts cached = byKey.get(article.articleKey());
            built[i] = cached != null && cached.input.equals(article) ? cached : new ArticleParts(article);
            synchronized (done) {
                progress.update(done.incrementAndGet(), total);
            }
        });
        Map<String, ArticleParts> kept = new HashMap<>(articles.size() * 2);
        List<ArticleParts> parts = new ArrayList<>(articles.size());
        for (ArticleParts current : built) {
            kept.put(current.input.articleKey(), current);
            parts.add(current);
        }
        byKey = kept;
        return parts;
    }

    /** How many articles' parts are kept; for tests. */
    int size() {
        return byKey.size();
    }
}
