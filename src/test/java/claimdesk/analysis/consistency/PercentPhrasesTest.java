package claimdesk.analysis.consistency;

import static claimdesk.analysis.consistency.WireStories.MAY_11;
import static claimdesk.analysis.consistency.WireStories.findings;
import static claimdesk.analysis.consistency.WireStories.story;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Ways wire stories state a share beside its count, or a part beside its whole, found missing on held-out news (issue 11); each with a planted
 * error and the same sentence without it.
 */
class PercentPhrasesTest {

    @Test
    void aCountWithItsNounThenTheShareOfTheWhole() {
        String text = "Baghdad bombing\n\nSeveral of the critically wounded died overnight while 128 people, 80 "
                + "percent of the 160 wounded, remain in hospital, police said.";

        assertEquals(List.of(), findings(FindingKind.PERCENT, story("a", text, MAY_11)));
        List<Finding> planted = findings(FindingKind.PERCENT, story("a", text.replace("128 people", "112 people"),
                MAY_11));
        assertEquals(1, planted.size(), planted.toString());
        assertEquals("80 percent of 160 is 128, not 112", planted.get(0).message());
    }

    @Test
    void aCountOfThoseKilledThenTheShareOfTheDead() {
        String text = "Istanbul blast\n\nOfficials said six of those killed, 60 percent of the 10 dead, were Germans.";

        assertEquals(List.of(), findings(FindingKind.PERCENT, story("a", text, MAY_11)));
        List<Finding> planted = findings(FindingKind.PERCENT, story("a", text.replace("six of", "eight of"), MAY_11));
        assertEquals(1, planted.size(), planted.toString());
        assertEquals("60 percent of 10 is 6, not eight", planted.get(0).message());
    }

    @Test
    void aShareRestatedWithOrRefersToTheLargerCountBefore() {
        String text = "Police deaths\n\nThere were 124 law enforcement officers who died in the line of duty in 2015, "
                + "although only 42, or 34 percent, involved firearms, a report said.";

        assertEquals(List.of(), findings(FindingKind.PERCENT, story("a", text, MAY_11)));
        List<Finding> planted = findings(FindingKind.PERCENT, story("a", text.replace("34 percent", "54 percent"),
                MAY_11));
        assertEquals(1, planted.size(), planted.toString());
        assertEquals("54 percent of 124 is 67, not 42", planted.get(0).message());
    }

    @Test
    void aPartTakenOutOfTheCountAfterItCannotExceedIt() {
        String text = "Istanbul bombing\n\nFive people were killed and 36 wounded. Eleven of the 36 wounded were "
                + "Israelis, the minister said.";

        assertEquals(List.of(), findings(FindingKind.PART_EXCEEDS_WHOLE, story("a", text, MAY_11)));
        List<Finding> planted = findings(FindingKind.PART_EXCEEDS_WHOLE,
                story("a", text.replace("Eleven of", "41 of"), MAY_11));
        assertEquals(1, planted.size(), planted.toString());
        assertEquals("\u201c41\u201d is more than \u201c36\u201d, the whole it is part of.", planted.get(0).message());
    }
}
