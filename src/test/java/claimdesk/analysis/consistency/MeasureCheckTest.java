package claimdesk.analysis.consistency;

import static claimdesk.analysis.consistency.FigureFixture.figure;
import static org.junit.jupiter.api.Assertions.assertEquals;

import claimdesk.model.Figure;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class MeasureCheckTest {

    private static final LocalDate MARCH_1 = LocalDate.of(2025, 3, 1);
    private static final LocalDate MARCH_31 = LocalDate.of(2025, 3, 31);
    private static final String A = "Officials said at least 40,000 people crossed at Torkham in March.";
    private static final String B = "The ministry said under 30,000 people crossed at Torkham in March.";

    private final ConsistencyChecker checker = new ConsistencyChecker();

    @Test
    void incompatibleIntervalsForTheSameMeasureAndPeriodConflict() {
        List<Finding> findings = check(
                article("a.txt", A, torkham(A, "at least 40,000").atLeast(40_000)),
                article("b.txt", B, torkham(B, "under 30,000").under(30_000)));

        assertEquals(1, findings.size());
        Finding finding = findings.get(0);
        assertEquals(FindingKind.CONFLICT, finding.kind());
        assertEquals("\"at least 40,000\" (a.txt) and \"under 30,000\" (b.txt) cannot both be true for the same "
                + "measure and period.", finding.message());
        assertEquals(List.of(new TextRef("a.txt", 15, 30, "at least 40,000"), new TextRef("b.txt", 18, 30,
                "under 30,000")), finding.refs());
        assertEquals("person|cross|torkham|count", finding.measureKey());
    }

    @Test
    void compatibleIntervalsDoNotConflict() {
        String b = B.replace("under 30,000", "under 50,000");

        assertEquals(List.of(), check(
                article("a.txt", A, torkham(A, "at least 40,000").atLeast(40_000)),
                article("b.txt", b, torkham(b, "under 50,000").under(50_000))));
    }

    @Test
    void anExclusiveBoundTouchingAnInclusiveOneConflicts() {
        String b = B.replace("under 30,000", "under 40,000");

        assertEquals(FindingKind.CONFLICT, check(
                article("a.txt", A, torkham(A, "at least 40,000").atLeast(40_000)),
                article("b.txt", b, torkham(b, "under 40,000").under(40_000))).get(0).kind());
    }

    @Test
    void anApproximateFigureIsReadAsATenPercentBand() {
        String a = A.replace("at least 40,000", "about 33,000");
        String far = A.replace("at least 40,000", "about 34,000");

        assertEquals(List.of(), check(
                article("a.txt", a, torkham(a, "about 33,000").exactly(33_000).approx()),
                article("b.txt", B, torkham(B, "under 30,000").under(30_000))));
        assertEquals(FindingKind.CONFLICT, check(
                article("a.txt", far, torkham(far, "about 34,000").exactly(34_000).approx()),
                article("b.txt", B, torkham(B, "under 30,000").under(30_000))).get(0).kind());
    }

    @Test
    void aCountForPartOfAPeriodCannotExceedTheCountForAllOfIt() {
        String quarter = "Only 35,000 people crossed at Torkham in the first quarter.";
        Figure q1 = figure(quarter, "35,000").exactly(35_000).subject("people").event("crossed").place("Torkham")
                .period("in the first quarter", LocalDate.of(2025, 1, 1), MARCH_31).build();

        List<Finding> findings = check(article("a.txt", A, torkham(A, "at least 40,000").atLeast(40_000)),
                article("q.txt", quarter, q1));

        assertEquals(1, findings.size());
        assertEquals("\"at least 40,000\" (a.txt, in March) is more than \"35,000\" (q.txt, in the first quarter), "
                + "although the second period contains the first.", findings.get(0).message());
    }

    @Test
    void totalsOverDifferentPeriodsAreShownSideBySide() {
        String unhcr = "UNHCR reported that more than 1.2 million Afghan citizens have been forcibly deported from "
                + "Iran and Pakistan since the beginning of the year.";
        String un = "The latest UN figures revealed that Iran and Pakistan alone have unlawfully expelled more than "
                + "2.6 million people to the country this year.";
        Figure low = figure(unhcr, "more than 1.2 million").moreThan("1200000").subject("Afghan citizens")
                .event("forcibly deported").place("Iran and Pakistan")
                .period("since the beginning of the year", LocalDate.of(2025, 1, 1), null).build();
        Figure high = figure(un, "more than 2.6 million").moreThan("2600000").subject("people").event("expelled")
                .place("Iran and Pakistan").period("this year", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31))
                .build();

        List<Finding> findings = checker.check(List.of(
                new ArticleFigures("000.txt", unhcr, LocalDate.of(2025, 7, 6), List.of(low)),
                new ArticleFigures("003.txt", un, LocalDate.of(2025, 12, 1), List.of(high))), null);

        assertEquals(1, findings.size());
        Finding finding = findings.get(0);
        assertEquals(FindingKind.DIFFERS, finding.kind());
        assertEquals("\"more than 1.2 million\" (000.txt, since the beginning of the year) differs from "
                + "\"more than 2.6 million\" (003.txt, this year).", finding.message());
        assertEquals("person|deport|iran+pakistan|count", finding.measureKey());
    }

    @Test
    void pakistanTotalsWithUnknownAndDatedPeriodsDiffer() {
        String since = "Since last year, the Pakistan government has deported 527,000 Afghans.";
        String dated = "According to UNHCR, Pakistan deported 286,631 Afghan nationals between 1 April and 15 July.";

        List<Finding> findings = check(
                article("004.txt", since, figure(since, "527,000").exactly(527_000).subject("Afghans")
                        .event("deported").place("Pakistan").period("Since last year")),
                article("001.txt", dated, figure(dated, "286,631").exactly(286_631).subject("Afghan nationals")
                        .event("deported").place("Pakistan")
                        .period("between 1 April and 15 July", LocalDate.of(2025, 4, 1), LocalDate.of(2025, 7, 15))));

        assertEquals(1, findings.size());
        assertEquals("\"286,631\" (001.txt, between 1 April and 15 July) differs from \"527,000\" (004.txt, Since "
                + "last year).", findings.get(0).message());
    }

    @Test
    void twoMillionSixHundredThousandExpelledAndRegisteredAreDifferentMeasures() {
        String text = "Iran and Pakistan alone have unlawfully expelled more than 2.6 million people to the country "
                + "this year. Meanwhile, in Iran, at least 2.6 million Afghans were registered in 2022 for "
                + "temporary protection.";
        Figure expelled = figure(text, "more than 2.6 million").moreThan("2600000").subject("people")
                .event("expelled").place("Iran and Pakistan").period("this year").build();
        Figure registered = figure(text, "at least 2.6 million").atLeast(2_600_000).subject("Afghans")
                .event("registered").place("Iran").period("in 2022", LocalDate.of(2022, 1, 1),
                        LocalDate.of(2022, 12, 31)).build();
        Figure registeredSamePlace = figure(text, "at least 2.6 million").atLeast(2_600_000)
                .subject("Afghans").event("registered").place("Iran and Pakistan").build();

        String unhcr = "UNHCR says more than 1.2 million Afghans were deported from Iran and Pakistan.";
        Figure deported = figure(unhcr, "more than 1.2 million").moreThan("1200000").subject("Afghans")
                .event("deported").place("Iran and Pakistan").build();

        assertEquals(List.of(), check(article("003.txt", text, expelled, registered)));
        List<Finding> findings = check(article("003.txt", text, expelled, registeredSamePlace),
                article("000.txt", unhcr, deported));
        // Had "registered" joined the expulsions, it would differ from the 1.2 million too.
        assertEquals(1, findings.size());
        assertEquals(FindingKind.DIFFERS, findings.get(0).kind());
        assertEquals(List.of("more than 1.2 million", "more than 2.6 million"),
                findings.get(0).refs().stream().map(TextRef::text).toList());
    }

    @Test
    void figuresForDisjointPeriodsAreATimeSeriesNotADifference() {
        String april = "Officials said 52,000 people crossed at Torkham in April.";
        Figure inApril = figure(april, "52,000").exactly(52_000).subject("people").event("crossed").place("Torkham")
                .period("in April", LocalDate.of(2025, 4, 1), LocalDate.of(2025, 4, 30)).build();

        assertEquals(List.of(), check(article("a.txt", A, torkham(A, "at least 40,000").atLeast(40_000)),
                article("b.txt", april, inApril)));
    }

    @Test
    void aLargeMeasureStillFindsItsConflictAndCapsItsDifferences() {
        List<ArticleFigures> articles = new java.util.ArrayList<>();
        for (int i = 0; i < 200; i++) {
            String text = "Officials said " + (20_000 + i) + " people crossed at Torkham lately.";
            articles.add(article(String.format("%03d.txt", i), text, figure(text, Integer.toString(20_000 + i))
                    .exactly(20_000 + i).subject("people").event("crossed").place("Torkham")));
        }
        articles.add(article("a.txt", A, torkham(A, "at least 40,000").atLeast(40_000)));
        articles.add(article("b.txt", B, torkham(B, "under 30,000").under(30_000)));

        List<Finding> findings = checker.check(articles, null);

        assertEquals(1, findings.stream().filter(f -> f.kind() == FindingKind.CONFLICT).count());
        assertEquals(MeasureCheck.MAX_DIFFERS, findings.stream().filter(f -> f.kind() == FindingKind.DIFFERS)
                .count());
    }

    private static FigureFixture torkham(String text, String figureText) {
        return figure(text, figureText).subject("people").event("crossed").place("Torkham")
                .period("in March", MARCH_1, MARCH_31);
    }

    private static ArticleFigures article(String key, String text, FigureFixture... figures) {
        List<Figure> built = java.util.Arrays.stream(figures).map(FigureFixture::build).toList();
        return new ArticleFigures(key, text, LocalDate.of(2025, 4, 2), built);
    }

    private static ArticleFigures article(String key, String text, Figure... figures) {
        return new ArticleFigures(key, text, LocalDate.of(2025, 4, 2), List.of(figures));
    }

    private List<Finding> check(ArticleFigures... articles) {
        return checker.check(List.of(articles), null);
    }
}
