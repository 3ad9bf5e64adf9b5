package claimdesk.analysis.consistency;

import static org.junit.jupiter.api.Assertions.assertEquals;

import claimdesk.bench.SyntheticCorpus;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** Findings, their order and their fingerprints depend on the articles, never on the order they come in. */
class OrderIndependenceProperties {

    private final ConsistencyChecker checker = new ConsistencyChecker();

    @Property(tries = 25)
    void shufflingArticlesChangesNothing(@ForAll @LongRange(max = 10_000) long corpusSeed,
                                         @ForAll @IntRange(min = 2, max = 60) int size, @ForAll Random random) {
        List<ArticleFigures> corpus = SyntheticCorpus.generate(size, corpusSeed);
        List<ArticleFigures> shuffled = new ArrayList<>(corpus);
        Collections.shuffle(shuffled, random);

        assertEquals(checker.check(corpus, null), checker.check(shuffled, null));
    }

    @Property(tries = 10)
    void pairFindingsKeepTheirFingerprintsWhenMoreArticlesArrive(@ForAll @LongRange(max = 10_000) long corpusSeed) {
        List<ArticleFigures> corpus = SyntheticCorpus.generate(30, corpusSeed);
        List<Finding> all = checker.check(corpus, null);
        List<Finding> some = checker.check(corpus.subList(0, 20), null);

        // Conflicts, sums and rates name a fixed pair or set of figures, so they survive more articles. Group
        // findings (copy-changed, duplicate) grow a reference per new copy and are re-ruled; differs is capped.
        Set<FindingKind> pairKinds = EnumSet.of(FindingKind.CONFLICT, FindingKind.SUM, FindingKind.RATE);
        for (Finding finding : some) {
            if (pairKinds.contains(finding.kind()) && !finding.fingerprint().contains("-")) {
                assertEquals(true, all.stream().anyMatch(f -> f.fingerprint().equals(finding.fingerprint())),
                        finding.message());
            }
        }
    }
}
