package claimdesk.bench;

import claimdesk.analysis.consistency.ArticleFigures;
import claimdesk.analysis.consistency.ConsistencyChecker;
import claimdesk.analysis.consistency.Finding;
import claimdesk.analysis.consistency.FindingKind;
import claimdesk.model.Figure;
import claimdesk.model.Span;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Times {@link ConsistencyChecker#check} on 10,000 synthetic seed-like articles (80,000 figures) and prints
 * seconds and peak heap, then times re-checks after one article changed (the incremental case). Run on demand, not by surefire:
 * {@code java -cp target/classes:target/test-classes claimdesk.bench.ConsistencyBenchmark [articles]}.
 * The corpus ({@link SyntheticCorpus}) is generated from a fixed seed, so runs are comparable.
 */
public final class ConsistencyBenchmark {

    private ConsistencyBenchmark() {
    }

    public static void main(String[] args) {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        List<ArticleFigures> corpus = SyntheticCorpus.generate(count, 42);
        long figures = corpus.stream().mapToLong(a -> a.figures().size()).sum();
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        long before = used(heap);
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        ConsistencyChecker checker = new ConsistencyChecker();
        long start = System.nanoTime();
        List<Finding> findings = checker.check(corpus, null);
        double seconds = (System.nanoTime() - start) / 1e9;
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        Map<FindingKind, Integer> byKind = new EnumMap<>(FindingKind.class);
        findings.forEach(f -> byKind.merge(f.kind(), 1, Integer::sum));
        System.out.printf("articles=%d figures=%d findings=%d %s%n", count, figures, findings.size(), byKind);
        System.out.printf("check: %.2f s; heap used before %d MB, peak during check %d MB (sum of pool peaks)%n",
                seconds, before >> 20, peak >> 20);
        recheck(checker, corpus);
    }

    /**
     * Changes one article (a figure's number, in the text and the figure) a few times and times the re-check by the
     * checker that did the first check, then a fresh checker on the same input: the cost without the cache.
     */
    private static void recheck(ConsistencyChecker checker, List<ArticleFigures> corpus) {
        List<ArticleFigures> edited = new ArrayList<>(corpus);
        for (int round = 1; round <= 3; round++) {
            int at = edited.size() / 2 + round;
            edited.set(at, withNumberChanged(edited.get(at), round));
            long start = System.nanoTime();
            List<Finding> again = checker.check(edited, null);
            double incremental = (System.nanoTime() - start) / 1e9;
            start = System.nanoTime();
            List<Finding> fresh = new ConsistencyChecker().check(edited, null);
            double full = (System.nanoTime() - start) / 1e9;
            System.out.printf("re-check after changing %s: %.2f s (fresh checker on the same input %.2f s, "
                    + "same findings: %b)%n", edited.get(at).articleKey(), incremental, full, again.equals(fresh));
        }
    }

    /** The first digit of the article's first figure replaced by another digit, in the text and the figure. */
    private static ArticleFigures withNumberChanged(ArticleFigures article, int round) {
        Figure figure = article.figures().get(0);
        int at = figure.start();
        while (!Character.isDigit(article.text().charAt(at))) {
            at++;
        }
        char digit = (char) ('1' + (article.text().charAt(at) - '0' + round) % 9);
        String text = article.text().substring(0, at) + digit + article.text().substring(at + 1);
        Span span = Span.of(text, figure.start(), figure.end());
        BigDecimal value = new BigDecimal(span.text().replaceAll("\\D", ""));
        List<Figure> figures = new ArrayList<>(article.figures());
        figures.set(0, new Figure(span, figure.kind(), figure.low() == null ? null : value,
                figure.high() == null ? null : value, figure.lowInclusive(), figure.highInclusive(), figure.approx(),
                figure.qualifier(), figure.unit(), figure.currency(), figure.per(), figure.context()));
        return new ArticleFigures(article.articleKey(), text, article.publishedOn(), figures);
    }

    private static long used(List<MemoryPoolMXBean> heap) {
        return heap.stream().mapToLong(p -> p.getUsage().getUsed()).sum();
    }
}
