package claimdesk.ui.sources;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class PassageFinderTest {

    private static final String TEXT = "Only 31,400 crossed. Officials said only 31,400 crossed at Islam Qala.";

    @Test
    void keepsTheCitedSpanWhileItHoldsTheQuote() {
        assertArrayEquals(new int[] {0, 19}, PassageFinder.locate(TEXT, 0, 19, "Only 31,400 crossed"));
        assertArrayEquals(new int[] {0, 20}, PassageFinder.locate(TEXT, 0, 20, "Only 31,400 crossed."));
    }

    @Test
    void findsTheQuoteNearestTheOldSpanAfterTheTextChanged() {
        String updated = "Update: " + TEXT;
        assertArrayEquals(new int[] {49, 63}, PassageFinder.locate(updated, 41, 55, "31,400 crossed"));
        assertArrayEquals(new int[] {13, 27}, PassageFinder.locate(updated, 5, 19, "31,400 crossed"));
    }

    @Test
    void givesUpWhenTheQuoteIsGone() {
        assertNull(PassageFinder.locate("Nothing here.", 0, 7, "31,400 crossed"));
        assertNull(PassageFinder.locate("Nothing here.", 40, 50, ""));
    }
}
