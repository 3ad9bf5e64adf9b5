package claimdesk.analysis.consistency;

import static claimdesk.analysis.consistency.WireStories.findings;
import static claimdesk.analysis.consistency.WireStories.story;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A rate restating the total before it over a span its sentence names (issue 11): planted error and original. */
class RestatedRateCheckTest {

    private static final LocalDate APRIL_23 = LocalDate.of(2016, 4, 23);

    @Test
    void aDailyRateOverTheSevenDaysMustComeNearTheTotal() {
        String text = "Ecuador quake\n\nSeveral strong tremors and more than 700 aftershocks, about 100 a day, have "
                + "shaken the country in the seven days since the major quake.";

        assertEquals(List.of(), findings(FindingKind.RATE, story("a", text, APRIL_23)));
        List<Finding> planted = findings(FindingKind.RATE, story("a", text.replace("about 100 a day",
                "about 20 a day"), APRIL_23));
        assertEquals(1, planted.size(), planted.toString());
        assertEquals("\u201cabout 20 a day\u201d over 7 days is about 140, not \u201cmore than 700\u201d",
                planted.get(0).message());
    }

    @Test
    void aMonthlyRateOverThePastThirteenMonthsMustComeNearTheTotal() {
        String text = "Taiwan quake\n\nThere have been about 79 quakes greater than 4.5 in the area in the past 13 "
                + "months, or about 6 a month, according to the U.S. Geological Survey.";

        assertEquals(List.of(), findings(FindingKind.RATE, story("a", text, APRIL_23)));
        List<Finding> planted = findings(FindingKind.RATE, story("a", text.replace("about 6 a month",
                "about 30 a month"), APRIL_23));
        assertEquals(1, planted.size(), planted.toString());
    }

    @Test
    void aRatePerMinuteOverTheHourMustComeNearTheTotal() {
        String text = "Chile quake\n\nAbout 200 tremors, some three a minute, shook the coast in the hour after the "
                + "main shock.";

        assertEquals(List.of(), findings(FindingKind.RATE, story("a", text, APRIL_23)));
        List<Finding> planted = findings(FindingKind.RATE, story("a", text.replace("About 200", "About 40"),
                APRIL_23));
        assertEquals(1, planted.size(), planted.toString());
        assertEquals("\u201csome three a minute\u201d over 1 hour is about 180, not \u201cAbout 40\u201d",
                planted.get(0).message());
    }

    @Test
    void aRatePerHourOverTheFirstSixHoursMustComeNearTheTotal() {
        String text = "Flood\n\nMore than 600 people, about 100 an hour, were pulled from the water in the first six "
                + "hours of the rescue.";

        assertEquals(List.of(), findings(FindingKind.RATE, story("a", text, APRIL_23)));
        List<Finding> planted = findings(FindingKind.RATE, story("a", text.replace("about 100 an hour",
                "about 20 an hour"), APRIL_23));
        assertEquals(1, planted.size(), planted.toString());
    }
}
