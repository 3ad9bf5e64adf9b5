package claimdesk.analysis.consistency;

import static claimdesk.analysis.consistency.FigureFixture.figure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import claimdesk.model.Figure;
import claimdesk.model.MeasureOverrides;
import claimdesk.model.MeasureOverrides.FigureAt;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The reviewer's merges and splits change which figures the checker compares, and nothing else. */
class MeasureOverridesCheckTest {

    private static final String REGISTERED = "Iran registered 500,000 Afghans this year.";
    private static final String HOSTED = "Iran hosted 900,000 Afghans this year.";
    private static final String A = "Officials said at least 40,000 people crossed at Torkham in March.";
    private static final String B = "The ministry said under 30,000 people crossed at Torkham in March.";

    private final ConsistencyChecker checker = new ConsistencyChecker();

    private static List<ArticleFigures> returnedAndDeported() {
        LocalDate from = LocalDate.of(2025, 1, 1);
        LocalDate to = LocalDate.of(2025, 12, 31);
        Figure registered = figure(REGISTERED, "500,000").exactly(500_000).subject("Afghans").event("registered")
                .place("Iran").period("this year", from, to).build();
        Figure hosted = figure(HOSTED, "900,000").exactly(900_000).subject("Afghans").event("hosted")
                .place("Iran").period("this year", from, to).build();
        return List.of(new ArticleFigures("r.txt", REGISTERED, LocalDate.of(2025, 7, 1), List.of(registered)),
                new ArticleFigures("d.txt", HOSTED, LocalDate.of(2025, 8, 1), List.of(hosted)));
    }

    private static List<ArticleFigures> conflictingCrossings() {
        LocalDate from = LocalDate.of(2025, 3, 1);
        LocalDate to = LocalDate.of(2025, 3, 31);
        Figure a = figure(A, "at least 40,000").atLeast(40_000).subject("people").event("crossed").place("Torkham")
                .period("in March", from, to).build();
        Figure b = figure(B, "under 30,000").under(30_000).subject("people").event("crossed").place("Torkham")
                .period("in March", from, to).build();
        return List.of(new ArticleFigures("a.txt", A, null, List.of(a)),
                new ArticleFigures("b.txt", B, null, List.of(b)));
    }

    @Test
    void figuresOfDifferentMeasuresAreNotCompared() {
        assertEquals(List.of(), checker.check(returnedAndDeported(), null));
    }

    @Test
    void aMergedMeasureIsComparedWithTheOneItWasMergedInto() {
        MeasureOverrides merge = new MeasureOverrides(
                Map.of("person|register|iran|count", "person|host|iran|count"), Map.of());

        List<Finding> findings = checker.check(returnedAndDeported(), merge, null);

        // Returns and deportations are one class since issue 11, so the merge test uses two other measures.
        assertEquals(1, findings.size(), findings.toString());
        assertEquals(FindingKind.CONFLICT, findings.get(0).kind());
        assertEquals("person|host|iran|count", findings.get(0).measureKey());
    }

    @Test
    void aSplitFigureLeavesItsMeasureAndItsConflictGoes() {
        assertEquals(FindingKind.CONFLICT, checker.check(conflictingCrossings(), null).get(0).kind());
        MeasureOverrides split = new MeasureOverrides(Map.of(),
                Map.of(new FigureAt("b.txt", 18, 30), "person|cross|torkham#split-1|count"));

        assertEquals(List.of(), checker.check(conflictingCrossings(), split, null));
    }

    @Test
    void anOverrideOfAnotherFigureLeavesFindingsAndFingerprintsAlone() {
        List<Finding> before = checker.check(conflictingCrossings(), null);
        MeasureOverrides unrelated = new MeasureOverrides(Map.of("person|return|iran|count", "x|y|z|count"),
                Map.of(new FigureAt("b.txt", 0, 3), "person|cross|torkham#split-1|count"));

        assertEquals(before, checker.check(conflictingCrossings(), unrelated, null));
    }

    @Test
    void mergesAreFollowedToTheLastMeasureAndACycleBecomesOneGroup() {
        MeasureOverrides chain = new MeasureOverrides(Map.of("a", "b", "b", "c"), Map.of());
        MeasureOverrides cycle = new MeasureOverrides(Map.of("a", "b", "b", "a"), Map.of());

        assertEquals("c", chain.resolve("x", 0, 1, "a"));
        assertEquals("a", cycle.resolve("x", 0, 1, "a"));
        assertEquals("a", cycle.resolve("x", 0, 1, "b"));
    }

    @Test
    void aSplitKeyReadsBackAsAMeasureOfItsOwn() {
        MeasureKey key = MeasureKey.parse("person|deport|iran+pakistan|count").orElseThrow();

        assertEquals("person \u00b7 deport \u00b7 iran+pakistan \u00b7 count", key.readable());
        assertEquals("person|deport|iran+pakistan#split-1|count", key.splitAs("split-1").code());
        assertEquals(key.splitAs("split-1"), MeasureKey.parse(key.splitAs("split-1").code()).orElseThrow());
        assertTrue(MeasureKey.parse("passage:abc").isEmpty());
    }
}
