package claimdesk.analysis.consistency;

import static claimdesk.analysis.consistency.WireStories.MAY_11;
import static claimdesk.analysis.consistency.WireStories.all;
import static claimdesk.analysis.consistency.WireStories.findings;
import static claimdesk.analysis.consistency.WireStories.story;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The sum, percent and rate checks of issue 11, each with a planted error and the same text without it. */
class ChecksTest {

    @Test
    void partsAfterAColonThatFallShortOfTheTotalAreFlagged() {
        String text = "Syria's displaced\n\n"
                + "About 11.5 million have fled: 6.6 million inside the country and 3.9 million abroad.";

        List<Finding> sums = findings(FindingKind.SUM, story("a", text, MAY_11));

        assertEquals(1, sums.size());
        assertEquals("6.6 million + 3.9 million = 10.5 million, not About 11.5 million", sums.get(0).message());
        assertEquals("part-of", sums.get(0).relation());
        assertEquals(List.of(), all(story("a", text.replace("3.9 million", "4.9 million"), MAY_11)));
    }

    @Test
    void partsWithoutACueAreCheckedWhenTheyNearlyMakeTheTotal() {
        String text = "Earthquake in Nepal\n\n"
                + "The quake destroyed 10,300 houses, 6,200 in Gorkha and 3,600 in Sindhupalchok.";

        assertEquals(1, findings(FindingKind.SUM, story("a", text, MAY_11)).size());
        assertEquals(List.of(), findings(FindingKind.SUM, story("a", text.replace("3,600", "4,100"), MAY_11)));
    }

    @Test
    void aListOfOtherPlacesIsNotABreakdown() {
        String text = "Arrivals in Europe\n\n"
                + "Officials said 1 million people arrived in Greece, 150,000 in Italy and 30,000 in Spain.";

        assertEquals(List.of(), findings(FindingKind.SUM, story("a", text, MAY_11)));
    }

    @Test
    void aSubgroupBreakdownIsPartial() {
        String text = "Refugees in Lebanon\n\n"
                + "Some 1,500 refugees arrived, of whom 400 were women and 300 children.";

        assertEquals(List.of(), findings(FindingKind.SUM, story("a", text, MAY_11)));
    }

    @Test
    void aPercentageThatDoesNotMatchItsCountIsFlagged() {
        String text = "Asylum decisions\n\nOf 58,800 cases, 55% were accepted, some 21,000.";

        List<Finding> percent = findings(FindingKind.PERCENT, story("a", text, MAY_11));

        assertEquals(1, percent.size());
        assertEquals("55% of 58,800 is 32,340, not some 21,000", percent.get(0).message());
        assertFalse(percent.get(0).why().isEmpty());
        assertEquals(List.of(), findings(FindingKind.PERCENT,
                story("a", text.replace("some 21,000", "some 32,000"), MAY_11)));
    }

    @Test
    void aRateTimesItsPeriodFarFromTheTotalIsFlagged() {
        String text = "Crossings into Greece\n\n"
                + "About 4,000 people a day have crossed into Greece since the start of the month. "
                + "About 37,000 people crossed into Greece in January.";
        LocalDate published = LocalDate.of(2016, 1, 25);

        List<Finding> rates = findings(FindingKind.RATE, story("a", text, published));

        assertEquals(1, rates.size());
        assertEquals("same-quantity", rates.get(0).relation());
        assertEquals(List.of(), findings(FindingKind.RATE,
                story("a", text.replace("About 4,000", "About 1,200"), published)));
    }
}
