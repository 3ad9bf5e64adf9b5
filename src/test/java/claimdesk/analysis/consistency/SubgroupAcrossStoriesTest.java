package claimdesk.analysis.consistency;

import static claimdesk.analysis.consistency.WireStories.findings;
import static claimdesk.analysis.consistency.WireStories.story;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Two stories looking back at one incident, one giving its whole toll and the other a group of the dead larger
 * than that toll: the two reports conflict (issue 11).
 */
class SubgroupAcrossStoriesTest {

    private static final LocalDate MAY_11 = LocalDate.of(2016, 5, 11);
    private static final LocalDate MAY_12 = LocalDate.of(2016, 5, 12);
    private static final String WHOLE = "Attack on Cairo hotel\n\nGunmen attacked a hotel in Cairo on Tuesday, police "
            + "said. In March, a suicide bomber killed around 15 people, most of them British tourists, in Cairo's "
            + "old city.";
    private static final String GROUP = "Cairo hotel attack claimed\n\nMilitants said they carried out the attack in "
            + "Cairo. It resembled a March suicide bombing that killed at least 18 British tourists in Cairo's old "
            + "city.";

    @Test
    void aGroupOfTheDeadLargerThanAnotherStorysWholeTollConflicts() {
        List<Finding> conflicts = findings(FindingKind.CONFLICT, story("a", WHOLE, MAY_11), story("b", GROUP, MAY_12));

        assertEquals(1, conflicts.size(), conflicts.toString());
        Finding conflict = conflicts.get(0);
        assertEquals(List.of("around 15", "at least 18"), conflict.refs().stream().map(TextRef::text).toList());
        assertEquals("part-of", conflict.relation());
        assertTrue(conflict.message().contains("the whole it is part of"), conflict.message());
        assertEquals(List.of(), findings(FindingKind.PART_EXCEEDS_WHOLE, story("a", WHOLE, MAY_11),
                story("b", GROUP, MAY_12)));
    }

    @Test
    void aGroupOfTheDeadWithinAnotherStorysTollIsNoFinding() {
        String within = GROUP.replace("at least 18", "at least nine");

        assertEquals(List.of(), findings(FindingKind.CONFLICT, story("a", WHOLE, MAY_11), story("b", within, MAY_12)));
        assertEquals(List.of(), findings(FindingKind.PART_EXCEEDS_WHOLE, story("a", WHOLE, MAY_11),
                story("b", within, MAY_12)));
    }

    @Test
    void aTollBrokenDownByNationalityInOneStoryIsNoFinding() {
        String story = "Arrests after Athens bombing\n\nATHENS Greek police detained two men following a bomb attack "
                + "in Athens that killed 12 tourists, media reports said on Wednesday.\n\nA bomber killed eleven "
                + "German and one Dutch tourists on Tuesday in Athens's old town. Twenty people were also hurt.";

        // Once read as 12 tourists against eleven people killed on Tuesday: a conflict in one story.
        assertEquals(List.of(), findings(FindingKind.CONFLICT, story("a", story, MAY_11)));
        assertEquals(List.of(), findings(FindingKind.PART_EXCEEDS_WHOLE, story("a", story, MAY_11)));
    }

    @Test
    void anIncidentNamedByItsMonthIsDatedToThatMonth() {
        ArticleText text = new ArticleText(story("b", GROUP, MAY_12));
        MeasureParts parts = FigureReader.read(text).stream()
                .filter(r -> r != null && "kill".equals(r.parts().counted())).findFirst().orElseThrow().parts();

        assertEquals(LocalDate.of(2016, 3, 1), parts.from());
        assertEquals(LocalDate.of(2016, 3, 31), parts.to());
        assertEquals("tourist", parts.population());
    }
}
