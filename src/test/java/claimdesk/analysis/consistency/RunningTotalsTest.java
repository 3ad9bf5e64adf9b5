package claimdesk.analysis.consistency;

import static claimdesk.analysis.consistency.WireStories.findings;
import static claimdesk.analysis.consistency.WireStories.story;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Running totals and tolls followed from story to story and inside one story (issue 11): each rule with its own
 * short articles, the reading the check should give and the wrong one it used to give.
 */
class RunningTotalsTest {

    private static final LocalDate MONDAY = LocalDate.of(2017, 3, 6);
    private static final LocalDate TUESDAY = MONDAY.plusDays(1);
    private static final LocalDate THURSDAY = MONDAY.plusDays(3);

    private static final String QUAKE_MONDAY = "Quake hits Chile\n\n"
            + "SANTIAGO A strong earthquake struck northern Chile on Sunday, officials said. "
            + "At least 120 aftershocks followed.\n\n"
            + "At least 300 buildings were destroyed, the interior ministry said.\n\n"
            + "Some 9,000 people are sleeping in shelters.";
    private static final String QUAKE_THURSDAY = "Chile quake\n\n"
            + "SANTIAGO Rescuers in Chile kept searching on Thursday after the earthquake, officials said.\n\n"
            + "More than 500 aftershocks have shaken the region since the quake.\n\n"
            + "With close to 1,200 buildings destroyed, more than 12,000 people were living in shelters.";

    /** The update findings that list a figure with {@code first} and one with {@code second} in its text. */
    private static List<Finding> updatesWith(List<Finding> updates, String first, String second) {
        return updates.stream().filter(f -> f.refs().stream().anyMatch(r -> r.text().contains(first))
                && f.refs().stream().anyMatch(r -> r.text().contains(second))).toList();
    }

    @Test
    void whatAQuakeLeftBehindIsARunningCountAcrossDays() {
        List<Finding> updates = findings(FindingKind.UPDATE, story("a", QUAKE_MONDAY, MONDAY),
                story("b", QUAKE_THURSDAY, THURSDAY));

        assertEquals(1, updatesWith(updates, "120", "500").size(), updates.toString());
        assertEquals(1, updatesWith(updates, "300", "1,200").size(), updates.toString());
        assertEquals(1, updatesWith(updates, "9,000", "12,000").size(), updates.toString());
        Finding shelters = updatesWith(updates, "9,000", "12,000").get(0);
        assertEquals("shelter", shelters.measureParts().counted());
        assertTrue(shelters.why().contains("later publication day"), shelters.why());
        // Wrong reading before: the aftershocks and buildings counted nothing; "left ... in shelters" read as leaving.
        assertEquals(List.of(), findings(FindingKind.UPDATE, story("a", QUAKE_MONDAY, MONDAY)));
    }

    @Test
    void onlyTheStrongAftershocksAreNotTheRunningCountOfAll() {
        String strong = QUAKE_MONDAY.replace("At least 120 aftershocks followed.",
                "At least five aftershocks of magnitude 4 or more followed.");

        List<Finding> updates = findings(FindingKind.UPDATE, story("a", strong, MONDAY),
                story("b", QUAKE_THURSDAY, THURSDAY));

        assertEquals(List.of(), updatesWith(updates, "five", "500"), updates.toString());
        assertEquals(1, updatesWith(updates, "300", "1,200").size(), updates.toString());
    }

    @Test
    void aTollThatHasRisenIsCountedAsKilledNotAsRising() {
        String first = "Quake toll\n\nSANTIAGO Monday's earthquake, which killed 350 people, destroyed a port, "
                + "officials said.";
        String later = "Chile toll rises\n\nSANTIAGO The death toll from Chile's earthquake last week has risen to "
                + "410 people, the president said on Thursday.";

        List<Finding> updates = findings(FindingKind.UPDATE, story("a", first, MONDAY),
                story("b", later, MONDAY.plusDays(5)));

        assertEquals(1, updatesWith(updates, "350", "410").size(), updates.toString());
        assertEquals("kill", updatesWith(updates, "350", "410").get(0).measureParts().counted());
        // The planted error: a toll told lower after it "has risen" is a conflict, not an update.
        List<Finding> conflicts = findings(FindingKind.CONFLICT, story("a", first, MONDAY),
                story("b", later.replace("410", "310"), MONDAY.plusDays(5)));
        assertEquals(1, conflicts.size(), conflicts.toString());
        assertTrue(conflicts.get(0).message().contains("lower than the earlier"), conflicts.get(0).message());
    }

    @Test
    void aTollWithNoSceneOfItsOwnTakesTheSceneOfTheSentenceBefore() {
        LocalDate january = LocalDate.of(2017, 1, 10);
        String first = "Blast in Karachi\n\nKARACHI A bomb exploded in Karachi on Monday, police said.\n\n"
                + "In October, two bombs hit a crowded market in Peshawar. Forty-two people were killed.";
        String second = "Pakistan bombing\n\nKARACHI A bomb went off in Karachi on Monday.\n\n"
                + "Pakistan has suffered attacks before, among them a bombing in Peshawar last year that killed "
                + "more than 60 people.";

        List<Finding> conflicts = findings(FindingKind.CONFLICT, story("a", first, january),
                story("b", second, january));

        assertEquals(1, conflicts.size(), conflicts.toString());
        assertTrue(conflicts.get(0).refs().stream().anyMatch(r -> r.text().equals("Forty-two")), conflicts.toString());
        assertTrue(conflicts.get(0).why().contains("Peshawar"), conflicts.get(0).why());
        // The same stories, agreeing: nothing.
        assertEquals(List.of(), findings(FindingKind.CONFLICT,
                story("a", first.replace("Forty-two", "Sixty-five"), january), story("b", second, january)));
    }

    @Test
    void aStoryThatSaysSomeoneElseDiedUpdatesItsOwnToll() {
        String story = "Shooting in Ohio\n\nAt least four people were killed in a shooting in Dayton, Ohio, police "
                + "said.\n\nA man who was shot outside a bar has died, police said later. Five people were killed "
                + "in the shooting.";

        List<Finding> updates = findings(FindingKind.UPDATE, story("a", story, MONDAY));

        assertEquals(1, updatesWith(updates, "four", "Five").size(), updates.toString());
        // Without the story saying the toll grew, "at least four" and five agree and nothing is shown.
        String still = story.replace("A man who was shot outside a bar has died, police said later. ", "");
        assertEquals(List.of(), findings(FindingKind.UPDATE, story("a", still, MONDAY)));
        assertEquals(List.of(), findings(FindingKind.CONFLICT, story("a", still, MONDAY)));
    }

    @Test
    void anOldValueNamedAsAnInitialReportOrAnEarlierTollIsTheStartOfAnUpdate() {
        String initial = "Blast in Lagos\n\nThe death toll rose to 12 from an initial report of five, the police said.";
        String upFrom = "Flood in Assam\n\nFloods in Assam have killed at least 44 people, up from 30 on Sunday, "
                + "officials said on Tuesday.";
        String earlierToll = "Bombing in Mosul\n\nThe death toll from the bombing in Mosul climbed to 48 on Tuesday, "
                + "officials said. It rose from the toll of 35 reported late Monday.";

        for (String text : List.of(initial, upFrom, earlierToll)) {
            List<Finding> updates = findings(FindingKind.UPDATE, story("a", text, TUESDAY));
            assertEquals(1, updates.size(), text + " -> " + updates);
            assertEquals("kill", updates.get(0).measureParts().counted(), text);
            assertEquals(2, updates.get(0).refs().size(), text);
        }
    }

    @Test
    void aTollOfTheDayBeforeRisesInTheNextDaysStory() {
        String sunday = "Baghdad bombing\n\nBAGHDAD The death toll of a car bombing in a Baghdad market on Sunday rose "
                + "to 40, police said.";
        String monday = "Iraq toll\n\nIn Iraq, the death toll from a car bombing carried out the previous day in a "
                + "Baghdad market climbed to 45 on Monday, officials said.";

        List<Finding> updates = findings(FindingKind.UPDATE, story("a", sunday, LocalDate.of(2017, 3, 5)),
                story("b", monday, MONDAY));

        assertEquals(1, updatesWith(updates, "40", "45").size(), updates.toString());
    }

    @Test
    void twoStoriesGivingOneDaysTollDifferentlyConflict() {
        String sunday = "Baghdad bombing\n\nBAGHDAD The death toll of a car bombing in a Baghdad market on Sunday rose "
                + "to 40, police said.";
        String monday = "Iraq toll\n\nBAGHDAD The death toll from the car bombing in a Baghdad market climbed to 45 on "
                + "Monday, officials said. It rose from the toll of 40 reported late Sunday.";
        LocalDate day = LocalDate.of(2017, 3, 5);

        assertEquals(List.of(), findings(FindingKind.CONFLICT, story("a", sunday, day), story("b", monday, MONDAY)));
        List<Finding> conflicts = findings(FindingKind.CONFLICT, story("a", sunday, day),
                story("b", monday.replace("toll of 40", "toll of 31"), MONDAY));
        assertEquals(1, conflicts.size(), conflicts.toString());
        assertEquals("update", conflicts.get(0).relation());
        assertTrue(conflicts.get(0).why().contains("both stories give its value on"), conflicts.get(0).why());
        assertTrue(conflicts.get(0).refs().stream().anyMatch(r -> r.text().equals("31")), conflicts.toString());
    }

    @Test
    void theSameFigureToldAgainIsNoUpdate() {
        String first = "Blast in Ankara\n\nANKARA Five people were killed and 36 wounded in a bombing in Ankara on "
                + "Saturday, officials said.";
        String again = "Ankara bombing\n\nANKARA The bombing in Ankara wounded 36 people, the health minister said.";

        assertEquals(List.of(), findings(FindingKind.UPDATE, story("a", first, MONDAY),
                story("b", again, TUESDAY)));
        assertEquals(List.of(), findings(FindingKind.UPDATE, story("a", first, MONDAY),
                story("b", again, TUESDAY), story("c", again.replace("wounded 36 people", "wounded dozens of "
                        + "people"), TUESDAY)));
        List<Finding> moved = findings(FindingKind.UPDATE, story("a", first, MONDAY),
                story("b", again.replace("36", "41"), TUESDAY));
        assertEquals(1, updatesWith(moved, "36", "41").size(), moved.toString());
    }

    @Test
    void theMissingAreNoRunningTotal() {
        String first = "Quake in Chile\n\nSANTIAGO The earthquake left 230 people missing in Chile, officials said.";
        String later = "Chile quake\n\nSANTIAGO More than 100 people are still missing in Chile, officials said.";

        assertEquals(List.of(), findings(FindingKind.UPDATE, story("a", first, MONDAY),
                story("b", later, THURSDAY)));
        assertEquals(List.of(), findings(FindingKind.CONFLICT, story("a", first, MONDAY),
                story("b", later, THURSDAY)));
    }

    @Test
    void aSmallCountBesideItsStorysTollIsNoOtherStorysToll() {
        String first = "Shooting spree in Ohio\n\nSeven people were killed in a shooting spree in Ohio, police said.\n\n"
                + "Two people were shot and killed at a gas station, police said.";
        String second = "Ohio shootings\n\nSeven people were shot and killed in Ohio, police said.";

        assertEquals(List.of(), acrossStories(findings(FindingKind.CONFLICT, story("a", first, MONDAY),
                story("b", second, MONDAY))));
        List<Finding> conflicts = acrossStories(findings(FindingKind.CONFLICT, story("a", first, MONDAY),
                story("b", second.replace("Seven", "Nine"), MONDAY)));
        assertEquals(1, conflicts.size(), conflicts.toString());
        assertTrue(conflicts.get(0).refs().stream().noneMatch(r -> r.text().equals("Two")), conflicts.toString());
    }

    /** Findings whose figures come from more than one story (inside one story two tolls still meet as before). */
    private static List<Finding> acrossStories(List<Finding> found) {
        return found.stream().filter(f -> f.refs().stream().map(TextRef::articleKey).distinct().count() > 1).toList();
    }

    @Test
    void aTollToldInPassingDoesNotBindALaterStorysRunningTotal() {
        String first = "Siege in Mogadishu\n\nGunmen stormed a hotel in Mogadishu, killing at least three people, "
                + "police said. The militants claimed they had killed about 90 soldiers in Mogadishu.";
        String later = "Mogadishu siege ends\n\nThe siege of the hotel in Mogadishu ended with the death toll rising "
                + "to 20 people, police said.";

        assertEquals(List.of(), findings(FindingKind.CONFLICT, story("a", first, MONDAY),
                story("b", later, TUESDAY)));
    }
}
