package claimdesk.analysis.consistency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class FingerprintTest {

    private final ConsistencyChecker checker = new ConsistencyChecker();

    @Test
    void theSampleCorpusHasOneFindingOfEveryKindAtLeast() {
        List<Finding> findings = checker.check(SampleCorpus.articles(), null);

        Set<FindingKind> kinds = EnumSet.noneOf(FindingKind.class);
        findings.forEach(f -> kinds.add(f.kind()));
        assertEquals(EnumSet.allOf(FindingKind.class), kinds);
    }

    @Test
    void fingerprintsAreUniqueWithinARun() {
        List<Finding> findings = checker.check(SampleCorpus.articles(), null);

        Set<String> fingerprints = new HashSet<>();
        findings.forEach(f -> fingerprints.add(f.fingerprint()));
        assertEquals(findings.size(), fingerprints.size());
    }

    @Property(tries = 30)
    void findingsAndFingerprintsDoNotDependOnArticleOrder(@ForAll("shuffledCorpus") List<ArticleFigures> articles) {
        assertEquals(checker.check(SampleCorpus.articles(), null), checker.check(articles, null));
    }

    @Provide
    Arbitrary<List<ArticleFigures>> shuffledCorpus() {
        return Arbitraries.shuffle(SampleCorpus.articles());
    }

    @Test
    void aParagraphInsertedEarlierKeepsEveryFingerprint() {
        List<ArticleFigures> shifted = new ArrayList<>(SampleCorpus.articles());
        shifted.set(0, SampleCorpus.digest(SampleCorpus.DIGEST.replace("Afghans\n\n",
                "Afghans\n\nA paragraph the editor added later, with no figures.\n\n")));

        assertEquals(fingerprints(SampleCorpus.articles()), fingerprints(shifted));
    }

    @Test
    void aChangedFigureIsANewFinding() {
        List<ArticleFigures> changed = new ArrayList<>(SampleCorpus.articles());
        changed.set(0, SampleCorpus.digest(SampleCorpus.DIGEST.replace("12574", "12575"), "12575"));

        String before = sumFingerprint(SampleCorpus.articles());
        assertNotEquals(before, sumFingerprint(changed));
    }

    private List<String> fingerprints(List<ArticleFigures> articles) {
        return checker.check(articles, null).stream().map(Finding::fingerprint).sorted().toList();
    }

    private String sumFingerprint(List<ArticleFigures> articles) {
        return checker.check(articles, null).stream().filter(f -> f.kind() == FindingKind.SUM)
                .map(Finding::fingerprint).findFirst().orElseThrow();
    }
}
