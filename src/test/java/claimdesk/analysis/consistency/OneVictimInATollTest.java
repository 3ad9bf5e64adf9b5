package claimdesk.analysis.consistency;

import static claimdesk.analysis.consistency.WireStories.MAY_11;
import static claimdesk.analysis.consistency.WireStories.findings;
import static claimdesk.analysis.consistency.WireStories.story;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "One person was killed" read as a count of 1: inside a story with a larger toll it names one victim of that toll,
 * while two stories giving one and three killed as the whole toll of one incident still conflict (issues 12, 11).
 */
class OneVictimInATollTest {

    private static final String ONE_IN_TOLL = "Flood toll rises in Lagos\n\nThe death toll from the floods in Lagos "
            + "rose to 12 on Tuesday, officials said.\n\nOne person was killed when a footbridge collapsed into the "
            + "river in Lagos, a witness said.";

    @Test
    void oneVictimBesideTheStorysRisingTollIsNoConflict() {
        // Once taken as an earlier value of the running toll: "One" after "rose to 12", lower, so a conflict.
        assertEquals(List.of(), findings(FindingKind.CONFLICT, story("a", ONE_IN_TOLL, MAY_11)));
        assertEquals(List.of(), findings(FindingKind.PART_EXCEEDS_WHOLE, story("a", ONE_IN_TOLL, MAY_11)));
    }

    @Test
    void oneVictimBesideAPlainTollIsNoConflict() {
        String story = "Bus crash in Lagos\n\nOne woman was killed when the bus overturned in Lagos, police said. "
                + "In all 12 people were killed in the crash in Lagos.";

        assertEquals(List.of(), findings(FindingKind.CONFLICT, story("a", story, MAY_11)));
    }

    @Test
    void oneAndThreeKilledAsTwoStoriesWholeTollStillConflict() {
        String one = "Blast in Lagos market\n\nOne person was killed in a blast at a market in Lagos on Tuesday, "
                + "police said.";
        String three = "Blast in Lagos market\n\nThree people were killed in a blast at a market in Lagos on "
                + "Tuesday, police said.";

        List<Finding> conflicts = findings(FindingKind.CONFLICT, story("a", one, MAY_11), story("b", three, MAY_11));

        assertEquals(1, conflicts.size(), conflicts.toString());
        assertEquals(List.of("One", "Three"), conflicts.get(0).refs().stream().map(TextRef::text).toList());
    }
}
