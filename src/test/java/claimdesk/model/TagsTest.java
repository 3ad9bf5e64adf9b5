package claimdesk.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TagsTest {

    @Test
    void aTagKeepsTheCaseItWasTypedIn() {
        assertEquals(List.of("figure", "UN", "WFP"), Tags.parse(" UN, figure  WFP "));
    }

    @Test
    void spellingsThatDifferOnlyInCaseAreOneTagAndTheFirstWins() {
        assertEquals(List.of("UN"), Tags.parse("UN un Un"));
        assertEquals(List.of("un"), Tags.parse("un UN"));
    }

    @Test
    void tagsMatchWhateverTheCase() {
        assertTrue(Tags.anyMatches(List.of("UN", "figure"), List.of("un")));
        assertTrue(Tags.anyMatches(List.of("figure"), List.of("FIGURE")));
        assertFalse(Tags.anyMatches(List.of("UNHCR"), List.of("un")));
    }
}
