package claimdesk.analysis.consistency;

import static claimdesk.analysis.consistency.WireStories.MAY_11;
import static claimdesk.analysis.consistency.WireStories.findings;
import static claimdesk.analysis.consistency.WireStories.story;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A sentence copied into a third story is compared once, as its first copy; a finding about that figure still
 * names every story that carries it, so each story pair is covered (issue 11).
 */
class CrossStoryCopiesTest {

    private static final String FIRST = "Baghdad market bombing\n\n"
            + "At least 64 people were killed when a car bomb exploded in a market in Baghdad, police said.";
    private static final String COPIED = "A car bomb killed 55 people in a crowded market in Baghdad, officials said.";
    private static final String SECOND = "Car bomb hits Baghdad market\n\n" + COPIED
            + " Police closed the roads around the market.";
    private static final String THIRD = "Baghdad mourns\n\nShops stayed shut on Wednesday. " + COPIED;

    @Test
    void aConflictWithACopiedSentenceNamesEveryCopy() {
        List<Finding> conflicts = findings(FindingKind.CONFLICT, story("a", FIRST, MAY_11),
                story("b", SECOND, MAY_11), story("c", THIRD, MAY_11));

        assertEquals(1, conflicts.size(), conflicts.toString());
        List<TextRef> refs = conflicts.get(0).refs();
        assertEquals(List.of("a", "b", "c"), refs.stream().map(TextRef::articleKey).toList(), refs.toString());
        assertEquals(List.of("At least 64", "55", "55"),
                refs.stream().map(TextRef::text).toList(), refs.toString());
        // the copy is named by its headline, as a reviewer knows it, never by its key
        assertTrue(conflicts.get(0).why().contains("is also in \u201cBaghdad mourns\u201d;"), conflicts.get(0).why());
    }

    @Test
    void aCopiedSentenceThatAgreesIsNoConflictAnywhere() {
        String agrees = FIRST.replace("At least 64", "At least 54");

        assertEquals(List.of(), findings(FindingKind.CONFLICT, story("a", agrees, MAY_11),
                story("b", SECOND, MAY_11), story("c", THIRD, MAY_11)));
    }
}
