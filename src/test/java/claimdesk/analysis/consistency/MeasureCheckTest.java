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
        assertEquals("\u201cat least 40,000\u201d in \u201ca.txt\u201d and \u201cunder 30,000\u201d in "
                + "\u201cb.txt\u201d cannot both be true.", finding.message());
        assertEquals("same-quantity", finding.relation());
        assertEquals(Confidence.HIGH, finding.confidence());
        assertEquals("Taken as the same quantity: both count people crossed in Torkham from 1 March 2025 to 31 March "
                + "2025. Even allowing for \u201cabout\u201d and rounding, the two values do not meet.", finding.why());
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

        // A part larger than its whole is its own kind now (issue 11), not a conflict.
        assertEquals(1, findings.size());
        assertEquals(FindingKind.PART_EXCEEDS_WHOLE, findings.get(0).kind());
        assertEquals("part-of", findings.get(0).relation());
        assertEquals("\u201cat least 40,000\u201d in \u201ca.txt\u201d is more than \u201c35,000\u201d in "
                + "\u201cq.txt\u201d, the whole it is part of.", findings.get(0).message());
    }

    @Test
    void yearToDateTotalsOfUnknownYearAreALowConfidenceNote() {
        String unhcr = "UNHCR reported that more than 1.2 million Afghan citizens have been forcibly deported from "
                + "Iran and Pakistan since the beginning of the year.";
        String un = "The latest UN figures revealed that Iran and Pakistan alone have unlawfully expelled more than "
                + "2.6 million people to the country this year.";
        Figure low = figure(unhcr, "more than 1.2 million").moreThan("1200000").subject("Afghan citizens")
                .event("forcibly deported").place("Iran and Pakistan").period("since the beginning of the year")
                .build();
        Figure high = figure(un, "more than 2.6 million").moreThan("2600000").subject("people").event("expelled")
                .place("Iran and Pakistan").period("this year").build();

        List<Finding> findings = checker.check(List.of(
                new ArticleFigures("000.txt", "000.txt", unhcr, null, List.of(low)),
                new ArticleFigures("003.txt", "003.txt", un, null, List.of(high))), null);

        assertEquals(1, findings.size());
        Finding finding = findings.get(0);
        assertEquals(FindingKind.DIFFERS, finding.kind());
        assertEquals(Confidence.LOW, finding.confidence());
        assertEquals("\u201cmore than 1.2 million\u201d in \u201c000.txt\u201d and "
                + "\u201cmore than 2.6 million\u201d in \u201c003.txt\u201d differ.", finding.message());
        assertEquals("person|deport|iran+pakistan|count", finding.measureKey());
    }

    @Test
    void aTotalInsideTheYearItBelongsToIsNoDifference() {
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

        // January to 6 July lies inside the year: a part, and a smaller one, so nothing to report (issue 11).
        assertEquals(List.of(), checker.check(List.of(
                new ArticleFigures("000.txt", unhcr, LocalDate.of(2025, 7, 6), List.of(low)),
                new ArticleFigures("003.txt", un, LocalDate.of(2025, 12, 1), List.of(high))), null));
    }

    @Test
    void pakistanTotalsOverDifferentPeriodsAreNotCompared() {
        String since = "Since last year, the Pakistan government has deported 527,000 Afghans.";
        String dated = "According to UNHCR, Pakistan deported 286,631 Afghan nationals between 1 April and 15 July.";

        // The old check listed these as "differs"; periods that are not the same are a different quantity.
        assertEquals(List.of(), check(
                article("004.txt", since, figure(since, "527,000").exactly(527_000).subject("Afghans")
                        .event("deported").place("Pakistan").period("Since last year")),
                article("001.txt", dated, figure(dated, "286,631").exactly(286_631).subject("Afghan nationals")
                        .event("deported").place("Pakistan")
                        .period("between 1 April and 15 July", LocalDate.of(2025, 4, 1), LocalDate.of(2025, 7, 15)))));
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

        String unhcr = "UNHCR says more than 1.2 million Afghans were deported from Iran and Pakistan this year.";
        Figure deported = figure(unhcr, "more than 1.2 million").moreThan("1200000").subject("Afghans")
                .event("deported").place("Iran and Pakistan").period("this year").build();

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
    void aLargeMeasureStillFindsItsConflictsAndCapsItsDifferences() {
        List<ArticleFigures> articles = new java.util.ArrayList<>();
        for (int i = 0; i < 200; i++) {
            String value = Integer.toString(20_000 + 100 * i);
            String text = "Officials said more than " + value + " people crossed at Torkham in March.";
            articles.add(article(String.format("%03d.txt", i), text,
                    torkham(text, "more than " + value).moreThan(value)));
        }
        String b = B.replace("under 30,000", "under 19,000");
        articles.add(article("b.txt", b, torkham(b, "under 19,000").under(19_000)));

        List<Finding> findings = checker.check(articles, null);

        // The bucket is windowed, but the smallest figure meets every other one.
        assertEquals(200, findings.stream().filter(f -> f.kind() == FindingKind.CONFLICT).count());
        assertEquals(MeasureCheck.MAX_DIFFERS, findings.stream().filter(f -> f.kind() == FindingKind.DIFFERS)
                .count());
    }

    private static FigureFixture torkham(String text, String figureText) {
        return figure(text, figureText).subject("people").event("crossed").place("Torkham")
                .period("in March", MARCH_1, MARCH_31);
    }

    private static ArticleFigures article(String key, String text, FigureFixture... figures) {
        List<Figure> built = java.util.Arrays.stream(figures).map(FigureFixture::build).toList();
        return new ArticleFigures(key, key, text, LocalDate.of(2025, 4, 2), built);
    }

    private static ArticleFigures article(String key, String text, Figure... figures) {
        return new ArticleFigures(key, key, text, LocalDate.of(2025, 4, 2), List.of(figures));
    }

    private List<Finding> check(ArticleFigures... articles) {
        return checker.check(List.of(articles), null);
    }
}
