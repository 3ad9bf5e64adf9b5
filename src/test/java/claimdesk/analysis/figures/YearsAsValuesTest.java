package claimdesk.analysis.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;

import claimdesk.model.Figure;
import claimdesk.model.FigureKind;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 12: a money or percent sign beats the year rule; "$2000" is an amount, not the year 2000. */
class YearsAsValuesTest {
    private final FigureExtractor extractor = new FigureExtractor();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # sentence                                          | span            | kind    | value | read before as
            The ring was worth exactly $2000.                    | exactly $2000   | MONEY   | 2000  | year 2000
            He pledged $2000 over 3 years.                       | $2000           | MONEY   | 2000  | year 2000
            Sales were 76 percent more than last year.           | 76 percent      | PERCENT | 76    | (already right)
            Sales this year 76 percent higher, the firm said.    | 76 percent      | PERCENT | 76    | year 76
            Prices rose 2000% in a decade.                       | 2000%           | PERCENT | 2000  | year 2000
            The fine was 1999 dollars.                           | 1999 dollars    | MONEY   | 1999  | year 1999
            """)
    void aSignedNumberIsAValue(String sentence, String span, FigureKind kind, BigDecimal value, String before) {
        List<Figure> found = extractor.extract(sentence).stream().filter(f -> f.text().equals(span)).toList();
        assertEquals(1, found.size(), () -> span + " in " + extractor.extractAll(sentence, null) + "; was " + before);
        assertEquals(kind, found.get(0).kind());
        assertEquals(0, value.compareTo(found.get(0).low()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The law was passed in 2016 after a long debate.      | 2016
            Windows sales peaked in 2000 and then fell.          | 2000
            """)
    void aBareYearStaysAYear(String sentence, String year) {
        Figure f = extractor.extractAll(sentence, null).stream().filter(x -> x.text().equals(year)).findFirst()
                .orElseThrow();
        assertEquals(FigureKind.YEAR, f.kind());
    }
}
