package claimdesk.analysis.consistency;

import claimdesk.model.Figure;
import claimdesk.model.MeasureOverrides;
import claimdesk.model.Progress;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Checks a set of articles and their figures for figures that contradict each other, differ, do not add up, were
 * changed in copying or look implausible against a rate, and for repeated passages. Pure: no I/O, no shared state;
 * one instance may be used from any thread, one call at a time per thread. The result does not depend on the order
 * of {@code articles}: findings come sorted by kind, measure key and references, with stable fingerprints.
 *
 * <p>Figures are compared only within a measure ({@link MeasureKey}: subject class, event class, place set,
 * dimension), never across, so work grows with the size of the largest measure, not with the square of all
 * figures. The checks and their heuristics are documented on {@link MeasureCheck}, {@link SumCheck},
 * {@link ListCountCheck}, {@link CopyCheck}, {@link RateCheck} and {@link DuplicatePassages}.
 */
public final class ConsistencyChecker {

    private static final int STEPS = 6;

    /**
     * Runs every check. {@code progress} (may be null) is called from this thread with (done, total): once per
     * article while indexing, then once per check.
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
    public List<Finding> check(List<ArticleFigures> articles, MeasureOverrides overrides, Progress progress) {
        MeasureOverrides corrections = overrides == null ? MeasureOverrides.NONE : overrides;
        Progress report = progress == null ? Progress.NONE : progress;
        List<ArticleFigures> ordered = new ArrayList<>(articles);
        ordered.sort(Comparator.comparing(ArticleFigures::articleKey));
        Set<String> keys = new HashSet<>();
        long total = ordered.size() + STEPS;
        List<ArticleText> texts = new ArrayList<>();
        List<Measured> measured = new ArrayList<>();
        Map<String, List<Measured>> buckets = new TreeMap<>();
        for (ArticleFigures article : ordered) {
            if (!keys.add(article.articleKey())) {
                throw new IllegalArgumentException("two articles share the key " + article.articleKey());
            }
            ArticleText text = new ArticleText(article);
            texts.add(text);
            for (Figure figure : article.figures()) {
                MeasureKey.of(article, figure, corrections).ifPresent(key -> {
                    Measured m = new Measured(text, figure, key);
                    measured.add(m);
                    buckets.computeIfAbsent(key.code(), k -> new ArrayList<>()).add(m);
                });
            }
            report.update(texts.size(), total);
        }
        long done = texts.size();
        List<Finding> findings = new ArrayList<>(MeasureCheck.check(buckets.values()));
        report.update(++done, total);
        texts.forEach(text -> findings.addAll(SumCheck.check(text)));
        report.update(++done, total);
        texts.forEach(text -> findings.addAll(ListCountCheck.check(text)));
        report.update(++done, total);
        findings.addAll(RateCheck.check(measured));
        report.update(++done, total);
        findings.addAll(CopyCheck.check(texts));
        report.update(++done, total);
        findings.addAll(DuplicatePassages.check(texts));
        report.update(++done, total);
        return Fingerprints.assign(findings);
    }
}
