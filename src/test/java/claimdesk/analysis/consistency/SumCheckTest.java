package claimdesk.analysis.consistency;

import static claimdesk.analysis.consistency.FigureFixture.figure;
import static org.junit.jupiter.api.Assertions.assertEquals;

import claimdesk.model.Figure;
import claimdesk.model.FigureKind;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SumCheckTest {

    /** The real sentences of seed 000, with a story before them, as the digest prints them. */
    private static final String SEED_000 = """
            Iran has intensified its deportation of undocumented Afghan nationals in recent months.

            The Taliban’s High Commission for Migrants’ Issues has reported that 26320 Afghan migrants were \
            deported from Iran on Saturday, 5 July, one of the highest daily figures recorded in recent months.
            In a statement issued Sunday, the commission said 12574 individuals entered Afghanistan through the \
            Islam Qala border crossing, while 13746 crossed via Pul-e Abrisham in Nimruz province.
            The commission stated that the deported migrants collectively received 40.7 million Afghanis in \
            humanitarian assistance. Of those returned, 1257 individuals have so far been relocated to seven \
            northern provinces: Baghlan, Kunduz, Takhar, Balkh, Jowzjan, Badakhshan and Sar-e Pol.
            """;

    private final ConsistencyChecker checker = new ConsistencyChecker();

    @Test
    void partsThatAddUpToTheDailyTotalAreNotFlagged() {
        assertEquals(List.of(), sums(SEED_000, "13746"));
    }

    @Test
    void aChangedPartIsFlaggedWithTheArithmetic() {
        String text = SEED_000.replace("13746", "13476");

        List<Finding> sums = sums(text, "13476");

        assertEquals(1, sums.size());
        Finding finding = sums.get(0);
        assertEquals("12574 + 13476 = 26050, not 26320", finding.message());
        assertEquals(List.of(ref(text, "26320"), ref(text, "12574"), ref(text, "13476")), finding.refs());
        assertEquals("person|deport|iran|count", finding.measureKey());
    }

    @Test
    void partsExceedingTheTotalAreFlaggedEvenWhenFarOff() {
        String text = SEED_000.replace("13746", "23746");

        assertEquals("12574 + 23746 = 36320, not 26320", sums(text, "23746").get(0).message());
    }

    @Test
    void aSumFarBelowTheTotalReadsAsAPartialBreakdown() {
        String text = SEED_000.replace("13746", "3746");

        assertEquals(List.of(), sums(text, "3746"));
    }

    @Test
    void partsAcrossABlankLineAreAnotherStory() {
        String text = SEED_000.replace("\nIn a statement", "\n\nIn a statement").replace("13746", "13476");

        assertEquals(List.of(), sums(text, "13476"));
    }

    @Test
    void aTotalWithoutATotalCueIsNotChecked() {
        String text = SEED_000.replace(", one of the highest daily figures recorded in recent months", "")
                .replace("13746", "13476");

        assertEquals(List.of(), sums(text, "13476"));
    }

    @Test
    void partsBeforeTheTotalInItsSentenceAreChecked() {
        String text = "On Saturday 12574 individuals entered through Islam Qala and 13476 crossed via Pul-e Abrisham, "
                + "26320 in all.";
        List<Figure> figures = List.of(figure(text, "12574").exactly(12574).build(),
                figure(text, "13476").exactly(13476).build(), figure(text, "26320").exactly(26320).build());

        List<Finding> findings = checker.check(List.of(new ArticleFigures("000.txt", text, null, figures)), null);

        assertEquals(List.of("12574 + 13476 = 26050, not 26320"), findings.stream().map(Finding::message).toList());
    }

    @Test
    void aListLongerThanItsCountIsFlagged() {
        String text = "Afghans returned through three crossings: Islam Qala, Dogharoun, Milak and Torkham.";

        List<Finding> findings = checker.check(List.of(new ArticleFigures("a.txt", text, null, List.of())), null);

        assertEquals(1, findings.size());
        Finding finding = findings.get(0);
        assertEquals(FindingKind.SUM, finding.kind());
        assertEquals("\"three crossings\" is followed by 4 items: Islam Qala, Dogharoun, Milak and Torkham.",
                finding.message());
        assertEquals(List.of(ref(text, "three crossings"), ref(text, "Islam Qala, Dogharoun, Milak and Torkham")),
                finding.refs());
    }

    @Test
    void aListMatchingItsCountIsNotFlagged() {
        List<Finding> findings = checker.check(List.of(new ArticleFigures("000.txt", SEED_000, null, List.of())),
                null);

        assertEquals(List.of(), findings.stream().filter(f -> f.kind() == FindingKind.SUM).toList());
    }

    @Test
    void aColonFollowedByClausesIsNotAList() {
        String text = "Amnesty International conducted 11 remote interviews: seven with those who were forced to "
                + "return to Afghanistan from Iran and Pakistan, and four with Afghan refugees and asylum seekers.";

        assertEquals(List.of(), checker.check(List.of(new ArticleFigures("003.txt", text, null, List.of())), null));
    }

    private List<Finding> sums(String text, String secondPart) {
        List<Figure> figures = List.of(
                figure(text, "26320").exactly(26320).subject("Afghan migrants").event("deported").place("Iran")
                        .period("on Saturday, 5 July", LocalDate.of(2025, 7, 5), LocalDate.of(2025, 7, 5)).build(),
                figure(text, "12574").exactly(12574).subject("individuals").event("entered")
                        .place("Islam Qala").build(),
                figure(text, secondPart, "while").exactly(Long.parseLong(secondPart)).event("crossed")
                        .place("Pul-e Abrisham").build(),
                figure(text, "40.7 million").exactly("40700000").kind(FigureKind.MONEY).build(),
                figure(text, "1257", "Of those returned").exactly(1257).subject("individuals").event("relocated")
                        .build());
        ArticleFigures article = new ArticleFigures("000.txt", text, LocalDate.of(2025, 7, 6), figures);
        return checker.check(List.of(article), null).stream().filter(f -> f.kind() == FindingKind.SUM).toList();
    }

    private static TextRef ref(String text, String part) {
        int at = text.indexOf(part);
        return new TextRef(text.contains("Torkham") ? "a.txt" : "000.txt", at, at + part.length(), part);
    }
}
