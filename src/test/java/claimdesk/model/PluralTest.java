package claimdesk.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PluralTest {

    @Test
    void oneTakesTheSingularAndEveryOtherCountThePlural() {
        assertEquals("1 claim", Plural.of(1, "claim"));
        assertEquals("0 claims", Plural.of(0, "claim"));
        assertEquals("2 files", Plural.of(2, "file"));
        assertEquals("1 entry", Plural.of(1, "entry", "entries"));
        assertEquals("3 entries", Plural.of(3, "entry", "entries"));
    }
}
