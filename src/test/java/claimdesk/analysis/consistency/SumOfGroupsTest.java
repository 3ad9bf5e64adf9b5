package claimdesk.analysis.consistency;

import static claimdesk.analysis.consistency.WireStories.MAY_11;
import static claimdesk.analysis.consistency.WireStories.findings;
import static claimdesk.analysis.consistency.WireStories.story;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Totals of people broken down into groups that are not the same noun (troops and police, passengers and crew):
 * each with a planted error and the same text without it. Found missing on held-out wire stories (issue 11).
 */
class SumOfGroupsTest {

    @Test
    void personnelMadeOfTroopsAndPoliceMustAddUp() {
        String text = "Ecuador quake\n\nThe vice president said 14,500 security personnel, 10,000 military troops "
                + "and 4,500 police have been dispatched to the affected areas.";

        assertEquals(List.of(), findings(FindingKind.SUM, story("a", text, MAY_11)));
        List<Finding> sums = findings(FindingKind.SUM, story("a", text.replace("4,500 police", "3,500 police"),
                MAY_11));
        assertEquals(1, sums.size(), sums.toString());
        assertEquals("10,000 + 3,500 = 13,500, not 14,500", sums.get(0).message());
    }

    @Test
    void passengersAndCrewMustAddUpToThePeopleInAll() {
        String text = "Amtrak derailment\n\nThe train bound for Savannah with 341 passengers and seven crew, 348 "
                + "people in all, struck a backhoe on the tracks, the fire commissioner said.";

        assertEquals(List.of(), findings(FindingKind.SUM, story("a", text, MAY_11)));
        List<Finding> sums = findings(FindingKind.SUM, story("a", text.replace("348 people", "358 people"), MAY_11));
        assertEquals(1, sums.size(), sums.toString());
        assertEquals("341 + seven = 348, not 358", sums.get(0).message());
    }

    @Test
    void womenAndChildrenAmongThePeopleAreNotABreakdown() {
        String text = "Boat capsized\n\nAt least 120 people were rescued, 30 women and 20 children, the coast guard "
                + "said.";

        assertEquals(List.of(), findings(FindingKind.SUM, story("a", text, MAY_11)));
    }
}
