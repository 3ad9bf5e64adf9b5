package claimdesk.analysis.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
