package claimdesk.analysis.consistency;

import static claimdesk.analysis.consistency.FigureFixture.figure;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RateCheckTest {

    private static final LocalDate JULY_6 = LocalDate.of(2025, 7, 6);
    private static final String TOTAL = "According to Bijar, more than 75,000 Afghan migrants have been deported "
            + "from Iran in the past two weeks.";
    private static final String RATE = "In the wake of a recent 12-day conflict with Israel, Iran has also stepped "
            + "up deportations of Afghan nationals, removing tens of thousands of migrants daily.";

    private final ConsistencyChecker checker = new ConsistencyChecker();

    @Test
    void tensOfThousandsDailyCannotFitSeventyFiveThousandInTwoWeeks() {
        List<Finding> findings = rates(RATE, "tens of thousands", 20_000, 99_999, JULY_6);

        assertEquals(1, findings.size());
        Finding finding = findings.get(0);
        assertEquals("\"tens of thousands\" per day (“001.txt”) means at least 280,000 over the 14 days of "
                + "\"more than 75,000\" (“000.txt”).", finding.message());
        int rateAt = RATE.indexOf("tens of thousands");
        int totalAt = TOTAL.indexOf("more than 75,000");
        assertEquals(List.of(new TextRef("001.txt", rateAt, rateAt + 17, "tens of thousands"),
                new TextRef("000.txt", totalAt, totalAt + 16, "more than 75,000")), finding.refs());
        assertEquals("person|deport|iran|rate/day", finding.measureKey());
    }

    @Test
    void aRateThatFitsTheTotalIsNotFlagged() {
        String rate = RATE.replace("tens of thousands", "5,000");

        assertEquals(List.of(), rates(rate, "5,000", 5_000, 5_000, JULY_6));
    }

    @Test
    void aRateFarTooSmallForTheTotalIsFlagged() {
        String rate = RATE.replace("tens of thousands", "hundreds");

        assertEquals("\"hundreds\" per day (“001.txt”) means at most 13,986 over the 14 days of \"more than 75,000\" "
                + "(“000.txt”).", rates(rate, "hundreds", 200, 999, JULY_6).get(0).message());
    }

    @Test
    void aRateFromAnotherTimeIsNotComparedWithTheTotal() {
        assertEquals(List.of(), rates(RATE, "tens of thousands", 20_000, 99_999, LocalDate.of(2025, 1, 10)));
    }

    @Test
    void aDeportationRateMeetsTheSeedsTotalOfDepartures() {
        String total = "According to Bijar, more than 75,000 undocumented Afghan migrants have left Iran in the past "
                + "two weeks, with over 75 percent doing so voluntarily.";
        List<Finding> findings = checker.check(List.of(departures(total, "left"),
                deportations(RATE, "removing")), null);

        assertEquals(List.of("\"tens of thousands\" per day (“001.txt”) means at least 280,000 over the 14 days of "
                + "\"more than 75,000\" (“000.txt”)."), findings.stream().map(Finding::message).toList());
    }

    @Test
    void aRateOfTheWiderEventIsNotCheckedAgainstTheNarrowerTotal() {
        String total = "According to Bijar, more than 75,000 undocumented Afghan migrants were deported from Iran in "
                + "the past two weeks.";
        String rate = "Tens of thousands of migrants left Iran daily, officials said.";

        assertEquals(List.of(), checker.check(List.of(departures(total, "deported"), deportations(rate, "left")),
                null));
    }

    private static ArticleFigures departures(String text, String event) {
        return new ArticleFigures("000.txt", "000.txt", text, JULY_6, List.of(figure(text, "more than 75,000")
                .moreThan("75000")
                .subject("undocumented Afghan migrants").event(event).place("Iran")
                .period("in the past two weeks", LocalDate.of(2025, 6, 23), JULY_6).build()));
    }

    private static ArticleFigures deportations(String text, String event) {
        String figureText = text.contains("tens of") ? "tens of thousands" : "Tens of thousands";
        return new ArticleFigures("001.txt", "001.txt", text, JULY_6, List.of(figure(text, figureText)
                .between(20_000, 99_999)
                .approx().perDay().subject("migrants").event(event).place("Iran").build()));
    }

    private List<Finding> rates(String rateText, String rateFigure, long low, long high, LocalDate ratePublished) {
        ArticleFigures total = new ArticleFigures("000.txt", "000.txt", TOTAL, JULY_6, List.of(
                figure(TOTAL, "more than 75,000").moreThan("75000").subject("Afghan migrants").event("deported")
                        .place("Iran").period("in the past two weeks", LocalDate.of(2025, 6, 23), JULY_6).build()));
        ArticleFigures rate = new ArticleFigures("001.txt", "001.txt", rateText, ratePublished, List.of(
                figure(rateText, rateFigure).between(low, high).approx().perDay().subject("migrants")
                        .event("deportations").place("Iran").build()));
        return checker.check(List.of(total, rate), null).stream().filter(f -> f.kind() == FindingKind.RATE).toList();
    }
}
