package claimdesk.analysis.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;

import claimdesk.model.Figure;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A minus sign is kept where it is a sign, and a hyphen joining words or range ends is not one. */
class MinusSignTest {
    private final FigureExtractor extractor = new FigureExtractor();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # sentence                                                      | span                          | kind    | value | unit | wrong reading before
            In London the FTSE -0.6% at noon as miners slid.                 | -0.6%                         | PERCENT | -0.6  |      | 0.6%
            He was thrown for a minus-5 yards loss on third down.            | minus-5 yards                 | MEASURE | -5    | yd   | OTHER 5
            Nights fall to minus-130 degrees Fahrenheit on the Moon.         | minus-130 degrees Fahrenheit  | MEASURE | -130  | °F   | OTHER 130
            The pollster's net rating stood at -4/5 in the survey.           | -4/5                          | COUNT   | -0.8  |      | 4/5 = 0.8
            The index printed -12e-1 in the latest reading.                  | -12e-1                        | COUNT   | -1.2  |      | 12e-1 = 1.2
            Overnight it fell to minus 5 degrees Celsius.                    | minus 5 degrees Celsius       | MEASURE | -5    | °C   | (unchanged)
            """)
    void keepsTheMinusSign(String sentence, String span, String kind, BigDecimal value, String unit, String wrong) {
        List<Figure> figures = extractor.extract(sentence);

        assertEquals(1, figures.size(), () -> "figures: " + figures);
        Figure f = figures.get(0);
        assertEquals(span, f.text());
        assertEquals(kind, f.kind().name());
        assertEquals(0, value.compareTo(f.low()), () -> "low " + f.low());
        assertEquals(unit, f.unit());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # sentence                                              | span    | low  | high
            The new bulbs draw 5-10W each.                           | 5-10W   | 5    | 10
            Pages 5 -10 cover the rules, the report says.            | 5 -10   | 5    | 10
            """)
    void aHyphenBetweenNumbersIsARangeNotAMinus(String sentence, String span, BigDecimal low, BigDecimal high) {
        Figure f = extractor.extractAll(sentence, null).get(0);

        assertEquals(span, f.text());
        assertEquals(0, low.compareTo(f.low()));
        assertEquals(0, high.compareTo(f.high()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # sentence                                    | span     | low  | high
            Figures for 2004-05 were lower than expected.  | 2004-05  | 2004 | 2005
            """)
    void aHyphenInAYearRangeIsNoMinus(String sentence, String span, BigDecimal low, BigDecimal high) {
        Figure f = extractor.extractAll(sentence, null).get(0);

        assertEquals(span, f.text());
        assertEquals(0, low.compareTo(f.low()));
        assertEquals(0, high.compareTo(f.high()));
    }
}
