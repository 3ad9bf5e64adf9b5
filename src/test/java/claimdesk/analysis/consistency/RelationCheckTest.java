package claimdesk.analysis.consistency;

import static claimdesk.analysis.consistency.WireStories.MAY_11;
import static claimdesk.analysis.consistency.WireStories.all;
import static claimdesk.analysis.consistency.WireStories.findings;
import static claimdesk.analysis.consistency.WireStories.story;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The relations between figures (issue 11), each with a planted error and the same text without it. */
class RelationCheckTest {

    private static final String BAGHDAD = "Baghdad market bombing\n\n"
            + "At least 64 people were killed when a car bomb exploded in a market in Baghdad, police said.";
    private static final String SADR = "Car bomb hits Baghdad market\n\n"
            + "A car bomb killed 55 people in a crowded market in Baghdad, officials said.";

    @Test
    void twoWireStoriesOfOneDayOnOneBombingConflict() {
        List<Finding> conflicts = findings(FindingKind.CONFLICT, story("a", BAGHDAD, MAY_11),
                story("b", SADR, MAY_11));

        assertEquals(1, conflicts.size(), conflicts.toString());
        Finding conflict = conflicts.get(0);
        assertEquals("\u201cAt least 64\u201d in \u201cBaghdad market bombing\u201d and \u201c55\u201d in "
                + "\u201cCar bomb hits Baghdad market\u201d cannot both be true.", conflict.message());
        assertEquals("same-quantity", conflict.relation());
        assertTrue(conflict.why().contains("people killed in Baghdad, published the same day"), conflict.why());
        assertEquals("kill", conflict.measureParts().counted());
    }

    @Test
    void aMagnitudeIsNotATollAndDoesNotConflictWithOne() {
        String quake = "Quake hits Peru\n\nAt least 12 people were killed when a 6.4-magnitude earthquake struck Peru,"
                + " police said.";
        String later = "Peru quake\n\nA magnitude 6.4 earthquake killed 12 people in Peru, officials said.";

        assertEquals(List.of(), findings(FindingKind.CONFLICT, story("a", quake, MAY_11), story("b", later, MAY_11)));
        String planted = later.replace("killed 12", "killed 8");
        List<Finding> conflicts = findings(FindingKind.CONFLICT, story("a", quake, MAY_11),
                story("b", planted, MAY_11));
        assertEquals(1, conflicts.size(), conflicts.toString());
        assertTrue(conflicts.get(0).refs().stream().noneMatch(ref -> ref.text().contains("6.4")), conflicts.toString());
    }

    @Test
    void aPartOfAGroupStatedElsewhereIsNotTheSameQuantityAsTheGroup() {
        String first = "Blast in Lahore\n\nA bomb killed 20 people in a park in Lahore, police said. "
                + "Nine of the dead were children.";
        String second = "Lahore park bombing\n\nA bomb killed 20 people in a Lahore park. Eleven of them were women.";

        assertEquals(List.of(), findings(FindingKind.CONFLICT, story("a", first, MAY_11), story("b", second, MAY_11)));
        assertEquals(List.of(), findings(FindingKind.UPDATE, story("a", first, MAY_11), story("b", second, MAY_11)));
    }

    @Test
    void aCountOfInterviewsIsNotACountOfThePeopleTheyWereWith() {
        String report = "Returns to Afghanistan\n\nBetween July and October 2025, over 900,000 Afghans were "
                + "expelled from Iran. Between July and November 2025 researchers conducted 11 remote interviews: "
                + "seven with people who were forced to return to Afghanistan from Iran and Pakistan, and four with "
                + "refugees in Pakistan.";
        String planted = report.replace("and four with", "and five with");

        assertEquals(List.of(), findings(FindingKind.PART_EXCEEDS_WHOLE, story("a", report, MAY_11)));
        assertEquals(List.of(), findings(FindingKind.CONFLICT, story("a", report, MAY_11)));
        assertEquals(List.of(), findings(FindingKind.SUM, story("a", report, MAY_11)));
        assertEquals(List.of(), findings(FindingKind.PART_EXCEEDS_WHOLE, story("a", planted, MAY_11)));
        assertEquals(1, findings(FindingKind.SUM, story("a", planted, MAY_11)).size(), "7 + 5 is not 11");
    }

    @Test
    void aTollOnTheDayOfTheQuakeAndAHigherOneTheNextDayAreOneUpdate() {
        String saturday = "Taiwan quake fells apartment block\n\nA powerful earthquake struck Taiwan early on Saturday "
                + "killing at least 12 people, officials said.";
        String sunday = "Taiwan quake toll climbs\n\nA strong earthquake rocked a region of Taiwan, killing at least 26 "
                + "people.";
        ArticleFigures first = story("a", saturday, java.time.LocalDate.of(2016, 2, 6));
        ArticleFigures second = story("b", sunday, java.time.LocalDate.of(2016, 2, 7));

        List<Finding> updates = findings(FindingKind.UPDATE, first, second);
        assertEquals(1, updates.size(), updates.toString());
        assertEquals(List.of("at least 12", "at least 26"),
                updates.get(0).refs().stream().map(TextRef::text).toList());
        assertEquals(List.of(), findings(FindingKind.CONFLICT, first, second));
        // Published on the day of the quake, a toll of 8 is the same quantity as "at least 12", and cannot be.
        ArticleFigures sameDay = story("b", sunday.replace("at least 26", "8"), java.time.LocalDate.of(2016, 2, 6));
        assertEquals(1, findings(FindingKind.CONFLICT, first, sameDay).size());
    }

    @Test
    void anEarlierYearsIncidentAndAnotherSceneAreNotTheStorysToll() {
        String first = "Amtrak train hits backhoe\n\nAn Amtrak train derailed near Philadelphia, killing two "
                + "people, officials said.";
        String second = "Amtrak derailment\n\nThe train derailed near Philadelphia, a few miles south of the site of a 2015 "
                + "derailment that killed eight people.";
        String scenes = "Shooting spree\n\nSeven people were killed in the spree, police said. Four people were "
                + "killed at a third shooting scene, in a parking lot.";
        java.time.LocalDate day = java.time.LocalDate.of(2016, 4, 3);

        assertEquals(List.of(), findings(FindingKind.CONFLICT, story("a", first, day), story("b", second, day)));
        assertEquals(1, findings(FindingKind.CONFLICT, story("a", first, day),
                story("b", second.replace("a 2015 derailment", "the derailment"), day)).size());
        assertEquals(List.of(), findings(FindingKind.CONFLICT, story("a", scenes, day), story("b", first, day)));
    }

    @Test
    void twoStoriesPlacingOneCrashInItsStateAndInItsCountryCountOneToll() {
        String reuters = "Train crash\n\nFour people died in a train crash in the southern German state of Bavaria on "
                + "Tuesday, a police spokesman said.";
        String nbc = "Trains collide\n\nAt least nine people were killed after two commuter trains collided in "
                + "southern Germany early Tuesday, officials said.";
        java.time.LocalDate day = java.time.LocalDate.of(2016, 2, 9);

        List<Finding> conflicts = findings(FindingKind.CONFLICT, story("a", reuters, day), story("b", nbc, day));
        assertEquals(1, conflicts.size(), conflicts.toString());
        assertEquals(List.of("Four", "At least nine"), conflicts.get(0).refs().stream().map(TextRef::text).toList());
        assertEquals(List.of(), findings(FindingKind.CONFLICT, story("a", reuters, day),
                story("b", nbc.replace("At least nine", "Four"), day)));
    }

    @Test
    void agreeingStoriesOfOneDayDoNotConflict() {
        String agreeing = SADR.replace("killed 55", "killed 68");

        assertEquals(List.of(), all(story("a", BAGHDAD, MAY_11), story("b", agreeing, MAY_11)));
    }

    @Test
    void theSameCountOnAnotherDayIsAnUpdateNotAConflict() {
        String nextDay = SADR.replace("killed 55", "killed 71");

        assertEquals(List.of(), findings(FindingKind.CONFLICT, story("a", BAGHDAD, MAY_11),
                story("b", nextDay, MAY_11.plusDays(1))));
        assertEquals(1, findings(FindingKind.UPDATE, story("a", BAGHDAD, MAY_11),
                story("b", nextDay, MAY_11.plusDays(1))).size());
    }

    @Test
    void theWoundedGetTheirOwnEventAndAboutThreeHundredConflictsWithTwoHundredSixty() {
        String first = "Suicide attack on Kabul wedding\n\n"
                + "At least 31 people were killed and about 300 wounded when a bomber struck a wedding hall in Kabul.";
        String second = "Kabul wedding attack\n\nOfficials said 260 people were wounded in the attack in Kabul.";

        List<Finding> conflicts = findings(FindingKind.CONFLICT, story("a", first, MAY_11),
                story("b", second, MAY_11));

        assertEquals(1, conflicts.size(), conflicts.toString());
        assertEquals(List.of("about 300", "260"), conflicts.get(0).refs().stream().map(TextRef::text).toList());
        assertEquals("wound", conflicts.get(0).measureParts().counted());
        assertEquals(List.of(), findings(FindingKind.CONFLICT, story("a", first, MAY_11),
                story("b", second.replace("260", "290"), MAY_11)));
    }

    @Test
    void aRisingTollIsOneUpdateFinding() {
        String text = "Kabul wedding attack\n\n"
                + "The death toll rose to 70 on Thursday, officials said. "
                + "The toll later climbed to 73 from 59, a hospital source said.";

        List<Finding> updates = findings(FindingKind.UPDATE, story("a", text, MAY_11));

        assertEquals(1, updates.size());
        assertEquals(List.of("70", "73", "59"), updates.get(0).refs().stream().map(TextRef::text).toList());
        assertEquals("update", updates.get(0).relation());
        assertEquals(List.of(), findings(FindingKind.CONFLICT, story("a", text, MAY_11)));
    }

    @Test
    void aRunningTotalReportedLowerLaterConflicts() {
        String text = "Kabul wedding attack\n\n"
                + "The death toll rose to 70 on Thursday, officials said. "
                + "By Friday the toll had risen to 64, a hospital source said.";

        List<Finding> conflicts = findings(FindingKind.CONFLICT, story("a", text, MAY_11));

        assertEquals(1, conflicts.size(), conflicts.toString());
        assertEquals("update", conflicts.get(0).relation());
        assertEquals(List.of(), findings(FindingKind.CONFLICT, story("a", text.replace("to 64", "to 76"), MAY_11)));
    }

    @Test
    void aProjectionIsNeverComparedWithACount() {
        String text = "Turkey braces for refugees\n\n"
                + "So far 15,000 refugees have arrived in Turkey this month. "
                + "In the worst case, as many as 1 million refugees could arrive in Turkey this month.";
        String counted = text.replace("In the worst case, as many as 1 million refugees could arrive",
                "Officials said 1 million refugees have arrived");

        assertEquals(List.of(), all(story("a", text, MAY_11)));
        assertEquals(1, findings(FindingKind.CONFLICT, story("a", counted, MAY_11)).size());
    }

    @Test
    void aDayInsideFourMonthsIsAPartNotADifference() {
        String text = "Deportations from Iran\n\n"
                + "Iran deported 26,320 Afghans on 5 July 2025. "
                + "Iran deported 900,000 Afghans between July and October 2025.";
        String exceeding = text.replace("26,320 Afghans", "926,320 Afghans");

        assertEquals(List.of(), all(story("a", text, MAY_11)));
        List<Finding> parts = findings(FindingKind.PART_EXCEEDS_WHOLE, story("a", exceeding, MAY_11));
        assertEquals(1, parts.size(), all(story("a", exceeding, MAY_11)).toString());
        assertEquals("part-of", parts.get(0).relation());
    }

    @Test
    void aProvinceLargerThanItsCountryIsFlagged() {
        String text = "Flooding in Pakistan\n\n"
                + "Officials said 1,200 people were displaced in Pakistan in August 2022. "
                + "In Sindh alone 900 people were displaced in August 2022.";
        String exceeding = text.replace("900 people", "1,900 people");

        assertEquals(List.of(), all(story("a", text, MAY_11)));
        assertEquals(1, findings(FindingKind.PART_EXCEEDS_WHOLE, story("a", exceeding, MAY_11)).size());
    }

    @Test
    void aCopiedParagraphDoesNotDoubleANumericFinding() {
        String wire = "Officials said 1,200 people were displaced in Pakistan in August 2022. "
                + "In Sindh alone 1,900 people were displaced in August 2022.";

        List<Finding> once = findings(FindingKind.PART_EXCEEDS_WHOLE, story("a", "Floods\n\n" + wire, MAY_11));
        List<Finding> copied = findings(FindingKind.PART_EXCEEDS_WHOLE, story("a", "Floods\n\n" + wire, MAY_11),
                story("b", "Floods hit Sindh\n\n" + wire, MAY_11));

        assertEquals(1, once.size());
        assertEquals(1, copied.size());
    }

    @Test
    void aSeparateAttackInTheSameStoryIsAnotherEvent() {
        String text = "Kabul attacks\n\n"
                + "A suicide bomber killed 12 people at a checkpoint in Kabul, police said. "
                + "In a separate attack in Kabul, 5 people were killed.";

        assertEquals(List.of(), all(story("a", text, MAY_11)));
        assertEquals(1, findings(FindingKind.CONFLICT,
                story("a", text.replace("In a separate attack in Kabul", "Later in Kabul"), MAY_11)).size());
    }

    @Test
    void tollsReportedMonthsApartAreDifferentIncidents() {
        String later = SADR.replace("killed 55", "killed 40");

        assertEquals(List.of(), all(story("a", BAGHDAD, MAY_11), story("b", later, MAY_11.plusMonths(3))));
        assertEquals(1, findings(FindingKind.CONFLICT, story("a", BAGHDAD, MAY_11), story("b", later, MAY_11)).size());
    }

    @Test
    void aTargetIsNeverComparedWithWhatWasDone() {
        String pledge = "Resettlement in Germany\n\n"
                + "The government aims to resettle 20,000 refugees in Germany in 2016, officials said.";
        String done = "Germany resettles refugees\n\nGermany resettled 5,000 refugees in 2016, officials said.";
        String claimed = pledge.replace("aims to resettle", "has resettled");

        assertEquals(List.of(), all(story("a", pledge, MAY_11), story("b", done, MAY_11)));
        assertEquals(1, findings(FindingKind.CONFLICT, story("a", claimed, MAY_11), story("b", done, MAY_11)).size());
    }
}
