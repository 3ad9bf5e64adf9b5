package claimdesk.analysis.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;

import claimdesk.model.Figure;
import claimdesk.model.FigureKind;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 12: loose number words ("a few dozen", "scores of", "six or seven") are one figure with an interval. */
class NumberWordQuantitiesTest {
    private final FigureExtractor extractor = new FigureExtractor();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # sentence                                         | span                  | kind     | low | high | read before as
            A few dozen protesters gathered outside.            | A few dozen           | COUNT    | 24  | 99   | nothing
            Several hundred people marched to the square.       | Several hundred       | COUNT    | 200 | 999  | hundred: count 100
            Scores of people were injured in the blast.         | Scores                | COUNT    | 40  | 99   | nothing
            Six or seven bodies were found in the river.        | Six or seven          | COUNT    | 6   | 7    | count 6 and count 7
            Two or three hundred families fled the village.     | Two or three hundred  | COUNT    | 200 | 300  | count 2 and count 300
            The project took three or four years.               | three or four         | DURATION | 3   | 4    | count 3 and duration 4
            Two hundred and fifty people were evacuated.        | Two hundred and fifty | COUNT    | 250 | 250  | (already right)
            A couple of soldiers were wounded.                  | A couple              | COUNT    | 2   | 2    | nothing
            A couple of hundred homes lost power.               | A couple of hundred   | COUNT    | 200 | 200  | hundred: count 100
            """)
    void aLooseQuantityIsOneFigure(String sentence, String span, FigureKind kind, BigDecimal low, BigDecimal high,
                                   String before) {
        List<Figure> found = extractor.extractAll(sentence, null).stream().filter(f -> f.text().equals(span))
                .toList();
        assertEquals(1, found.size(), () -> span + " in " + extractor.extractAll(sentence, null) + "; was " + before);
        Figure f = found.get(0);
        assertEquals(kind, f.kind());
        assertEquals(0, low.compareTo(f.low()), "low");
        assertEquals(0, high.compareTo(f.high()), "high");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # sentence: no quantity here
            The striker scores often.
            He scores goals for fun.
            One or the other must go.
            """)
    void scoresAloneIsNoNumber(String sentence) {
        assertEquals(List.of(), extractor.extract(sentence));
    }
}
