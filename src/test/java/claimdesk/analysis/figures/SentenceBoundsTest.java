package claimdesk.analysis.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SentenceBoundsTest {

    @ParameterizedTest(name = "[{index}] {1} in: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            First one. Then 2.6 million left. Last one. | 2.6 | Then 2.6 million left.
            Mr. Khan said 2,000 Afghans left. Next. | 2,000 | Mr. Khan said 2,000 Afghans left.
            U.S. officials said 300 were held. | 300 | U.S. officials said 300 were held.
            It ended in crisis.Iranian officials said 500 fled. | 500 | Iranian officials said 500 fled.
            “We are full,” he said. “Some 40 arrived.” Then more. | 40 | “Some 40 arrived.”
            A line about 12 things | 12 | A line about 12 things
            """)
    void findsTheSentenceAroundAFigure(String text, String figure, String sentence) {
        String withBreak = "Headline\n" + text + "\nNext line.";
        int at = withBreak.indexOf(figure);
        int start = SentenceBounds.start(withBreak, at);
        int end = SentenceBounds.end(withBreak, at + figure.length());
        assertEquals(sentence, withBreak.substring(start, end));
    }

    @Test
    void anOverLongSentenceIsCutAtFixedPointsSharedByItsFigures() {
        String text = "Headline\n" + "some 40 people left ".repeat(2_000) + "\nNext line.";
        java.util.Set<String> pieces = new java.util.HashSet<>();
        int figures = 0;
        for (int at = text.indexOf("40"); at >= 0; at = text.indexOf("40", at + 1), figures++) {
            int start = SentenceBounds.start(text, at);
            int end = SentenceBounds.end(text, at + 2);
            assertTrue(start <= at && at + 2 <= end && end - start <= 2 * SentenceBounds.MAX_SCAN, at + ": " + start);
            assertTrue(start == 9 || text.charAt(start - 1) == ' ', "a cut falls after a space: " + start);
            pieces.add(start + ".." + end);
        }
        // One piece per cut, not one window per figure.
        assertEquals(2_000, figures);
        assertTrue(pieces.size() <= text.length() / SentenceBounds.PIECE + 2, pieces.size() + " pieces");
    }
}
