package claimdesk.analysis.consistency;

import claimdesk.model.MeasureOverrides;
import claimdesk.model.Progress;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Checks a set of articles and their figures for figures that contradict each other, differ, do not add up, were
 * changed in copying or look implausible against a rate, and for repeated passages. No I/O. The result depends only
 * on the arguments, not on the order of {@code articles} nor on earlier calls: findings come sorted by kind, measure
 * key and references, with stable fingerprints.
 *
 * <p>Incremental: an instance keeps each article's own work (sentences, measure keys, sum and list checks, the
 * normalised passages) from its last call and redoes it only for articles that changed, so keep one instance for
 * repeated checks of the same library. Only the comparisons across articles run in full every time. The cache holds
 * the last call's articles and no more. {@link #check} is synchronized: calls from several threads queue, which is
 * what the one caller that re-checks ({@code ConsistencyService}, one check at a time) needs anyway.
 *
 * <p>Each figure is read into {@link MeasureParts} ({@link FigureReader}); figures are compared only within one
 * counted class and dimension, and there only through their {@link FigureRelation}, so work grows with the size
 * of the largest class, not with the square of all figures. A figure in a sentence copied from another article
 * (or repeated in its own) is compared once, and a finding about it names every copy ({@link CopiedFigures}). The checks and their heuristics are documented on
 * {@link MeasureCheck}, {@link SumCheck}, {@link PercentCheck}, {@link ListCountCheck}, {@link CopyCheck},
 * {@link RateCheck} and {@link DuplicatePassages}; docs/decisions/figure-relations.md gives the model.
 */
public final class ConsistencyChecker {

    private static final int STEPS = 6;

    /** Per-article work of the last check; see {@link ArticlePartsCache} for what invalidates an entry. */
    private final ArticlePartsCache cache = new ArticlePartsCache();

    /**
     * Runs every check. {@code progress} (may be null) is called from this thread with (done, total): once per
     * article while indexing (fast for an article unchanged since the last call), then once per step.
     *
     * @throws IllegalArgumentException if two articles share a key
     */
    public List<Finding> check(List<ArticleFigures> articles, Progress progress) {
        return check(articles, MeasureOverrides.NONE, progress);
    }

    /**
     * Runs every check with the reviewer's merges and splits applied to the measure keys (see
     * {@link MeasureOverrides#resolve}); findings about a regrouped figure then carry the new key and, as their
     * fingerprint hashes the key, are new findings. Other findings keep their fingerprints.
     */
    public synchronized List<Finding> check(List<ArticleFigures> articles, MeasureOverrides overrides,
                                            Progress progress) {
        MeasureOverrides corrections = overrides == null ? MeasureOverrides.NONE : overrides;
        Progress report = progress == null ? Progress.NONE : progress;
        List<ArticleFigures> ordered = new ArrayList<>(articles);
        ordered.sort(Comparator.comparing(ArticleFigures::articleKey));
        Set<String> keys = new HashSet<>();
        for (ArticleFigures article : ordered) {
            if (!keys.add(article.articleKey())) {
                throw new IllegalArgumentException("two articles share the key " + article.articleKey());
            }
        }
        long total = ordered.size() + STEPS;
        // Everything below runs over all articles, from their cached parts, in article-key order.
        List<ArticleParts> parts = cache.partsOf(ordered, report, total);
        List<Measured> measured = new ArrayList<>();
        Map<String, List<Measured>> buckets = new TreeMap<>();
        List<Finding> findings = new ArrayList<>();
        List<CopyCheck.Occurrence> copies = new ArrayList<>();
        List<PassageWords> passages = new ArrayList<>();
        // A figure in a copied sentence is compared once, as its first copy: copies must not double findings.
        Map<String, String> headlines = new HashMap<>();
        for (ArticleFigures article : ordered) {
            headlines.put(article.articleKey(), article.title());
        }
        CopiedFigures copiedFigures = new CopiedFigures(headlines);
        Set<String> ownSeen = new HashSet<>();
        for (ArticleParts part : parts) {
            for (Measured m : part.measured(corrections)) {
                if (!copiedFigures.first(m)) {
                    continue;
                }
                measured.add(m);
                // One bucket per country the figure's place lies in: figures of different countries never relate.
                for (String country : Places.countries(m.key().places())) {
                    buckets.computeIfAbsent(m.key().event() + "|" + m.key().dimension() + "|" + country,
                            k -> new ArrayList<>()).add(m);
                }
            }
            for (int i = 0; i < part.ownFindings.size(); i++) {
                if (ownSeen.add(part.ownForms.get(i))) {
                    findings.add(part.ownFindings.get(i));
                }
            }
            copies.addAll(part.copies);
            passages.add(part.passages);
        }
        long done = parts.size();
        report.update(++done, total);
        findings.addAll(copiedFigures.withCopies(MeasureCheck.check(buckets.values())));
        report.update(++done, total);
        findings.addAll(RateCheck.check(measured));
        report.update(++done, total);
        findings.addAll(CopyCheck.check(copies));
        report.update(++done, total);
        findings.addAll(DuplicatePassages.check(passages));
        report.update(++done, total);
        List<Finding> result = Fingerprints.assign(findings);
        report.update(++done, total);
        return result;
    }

    /** How many articles' own work is cached; for tests. */
    synchronized int cachedArticles() {
        return cache.size();
    }
}
