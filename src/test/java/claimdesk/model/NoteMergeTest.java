package claimdesk.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NoteMergeTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            UNHCR says 60,000.                    | UNHCR says 60,000. IOM agrees.        | UNHCR says 60,000. IOM agrees.
            UNHCR says 60,000. IOM agrees.        | UNHCR says 60,000.                    | UNHCR says 60,000. IOM agrees.
            Same text                             | Same text                             | Same text
            ''                                    | Theirs only                           | Theirs only
            Mine only                             | ''                                    | Mine only
            """)
    void keepsTheLongerNoteWhenOneContainsTheOther(String mine, String theirs, String merged) {
        assertEquals(merged, NoteMerge.merge(mine, theirs, "bob"));
    }

    @Test
    void keepsBothNotesMineFirstUnderALineNamingWhoSavedTheOther() {
        String merged = NoteMerge.merge("Alice: IOM counts returns.\n", "Bob: UNHCR says 60,000.", "bob");

        assertEquals("Alice: IOM counts returns.\n\u2014 merged with the version saved by bob \u2014\n"
                + "Bob: UNHCR says 60,000.", merged);
    }

    @Test
    void anUnknownSaverIsAnotherReviewer() {
        assertTrue(NoteMerge.merge("a", "b", null).contains("\u2014 merged with the version saved by another reviewer"
                + " \u2014"));
    }

    @Test
    void mergingTheMergedNoteAgainChangesNothing() {
        String merged = NoteMerge.merge("mine", "theirs", "bob");

        assertEquals(merged, NoteMerge.merge(merged, "theirs", "bob"));
        assertEquals(merged, NoteMerge.merge("mine", merged, "bob"));
    }
}
