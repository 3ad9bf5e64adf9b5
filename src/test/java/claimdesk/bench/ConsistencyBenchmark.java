package claimdesk.bench;

import claimdesk.analysis.consistency.ArticleFigures;
import claimdesk.analysis.consistency.ConsistencyChecker;
import claimdesk.analysis.consistency.Finding;
import claimdesk.analysis.consistency.FindingKind;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Times {@link ConsistencyChecker#check} on 10,000 synthetic seed-like articles (80,000 figures) and prints
 * seconds and peak heap. Run on demand, not by surefire:
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
        long start = System.nanoTime();
        List<Finding> findings = new ConsistencyChecker().check(corpus, null);
        double seconds = (System.nanoTime() - start) / 1e9;
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        Map<FindingKind, Integer> byKind = new EnumMap<>(FindingKind.class);
        findings.forEach(f -> byKind.merge(f.kind(), 1, Integer::sum));
        System.out.printf("articles=%d figures=%d findings=%d %s%n", count, figures, findings.size(), byKind);
        System.out.printf("check: %.2f s; heap used before %d MB, peak during check %d MB (sum of pool peaks)%n",
                seconds, before >> 20, peak >> 20);
    }

    private static long used(List<MemoryPoolMXBean> heap) {
        return heap.stream().mapToLong(p -> p.getUsage().getUsed()).sum();
    }
}
