package claimdesk.analysis.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import claimdesk.model.Figure;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Ranges whose ends both carry the unit or scale are one figure; a change "from X to Y" is two, linked. */
class UnitRangesTest {
    private final FigureExtractor extractor = new FigureExtractor();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # sentence                                                    | span                           | kind    | low         | high        | unit | currency | wrong reading before (two figures)
            Analysts expect growth of between 5% and 6% next year.         | between 5% and 6%              | PERCENT | 5           | 6           |      |          | 5% ; 6%
            The offer values the shares at between $62 and $68 per share.  | between $62 and $68            | MONEY   | 62          | 68          |      | USD      | $62 ; $68
            Homes range from $370,000 to $5.5 million in the new district. | from $370,000 to $5.5 million  | MONEY   | 370000      | 5500000     |      | USD      | $370,000 ; $5.5 million
            The whistles sound at between 15kHz and 17kHz.                 | between 15kHz and 17kHz        | MEASURE | 15          | 17          | kHz  |          | OTHER 15 ; OTHER 17
            The new bulbs draw 5-10W each.                                 | 5-10W                          | MEASURE | 5           | 10          | W    |          | OTHER 5 (span 5-10)
            The merger is worth $10 to $15 billion, bankers said.          | $10 to $15 billion             | MONEY   | 10000000000 | 15000000000 |      | USD      | $10 ; $15 billion
            Sales should reach US $89 to $93 billion this year.            | US $89 to $93 billion          | MONEY   | 89000000000 | 93000000000 |      | USD      | US $89 ; $93 billion
            Tickets cost £40-£60 at the door.                              | £40-£60                        | MONEY   | 40          | 60          |      | GBP      | £40 ; £60
            Growth was between 5 and 6 percent.                            | between 5 and 6 percent        | PERCENT | 5           | 6           |      |          | (unchanged)
            Temperatures ranged from -5C to -10C overnight.                | from -5C to -10C               | MEASURE | -10         | -5          | °C   |          | OTHER 5 ; OTHER 10 (no sign, no unit)
            Around 3m to 4m people watched the final.                      | Around 3m to 4m                | COUNT   | 3000000     | 4000000     |      |          | around 3 metres ; 4m
            """)
    void readsARangeWithTheUnitOnBothEndsAsOneFigure(String sentence, String span, String kind, BigDecimal low,
                                                      BigDecimal high, String unit, String currency, String wrong) {
        List<Figure> figures = extractor.extract(sentence);

        assertEquals(1, figures.size(), () -> "figures: " + figures);
        Figure f = figures.get(0);
        assertEquals(span, f.text());
        assertEquals(kind, f.kind().name());
        assertEquals(0, low.compareTo(f.low()), () -> "low " + f.low());
        assertEquals(0, high.compareTo(f.high()), () -> "high " + f.high());
        assertEquals(unit, f.unit());
        assertEquals(currency, f.currency());
        assertNull(f.changeFrom());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # sentence                                                   | from span | from low    | to span       | to low      | kind    | currency | wrong reading before
            The price of gold fell from $2,415 to $2,315 an ounce.        | $2,415    | 2415        | $2,315        | 2315        | MONEY   | USD      | two figures, not linked
            Revenue rose from 10.9bn to 11.1bn euros in the year.         | 10.9bn    | 10900000000 | 11.1bn euros  | 11100000000 | MONEY   | EUR      | one range 10.9bn-11.1bn EUR
            Unemployment fell sharply from 5.2% to 4.9% in March.         | 5.2%      | 5.2         | 4.9%          | 4.9         | PERCENT |          | two figures, not linked
            Pre-tax profit jumped from £3 to £4.5 million.                 | £3        | 3000000     | £4.5 million  | 4500000     | MONEY   | GBP      | £3 (not 3 million) ; £4.5 million
            The death toll rose from 10 to 14 on Sunday.                   | 10        | 10          | 14            | 14          | COUNT   |          | one range 10-14
            """)
    void keepsBothEndsOfAChangeAndLinksThem(String sentence, String fromSpan, BigDecimal fromLow, String toSpan,
                                             BigDecimal toLow, String kind, String currency, String wrong) {
        List<Figure> figures = extractor.extract(sentence);

        assertEquals(2, figures.size(), () -> "figures: " + figures);
        Figure from = figures.get(0);
        Figure to = figures.get(1);
        assertEquals(fromSpan, from.text());
        assertEquals(toSpan, to.text());
        assertEquals(0, fromLow.compareTo(from.low()), () -> "from " + from.low());
        assertEquals(0, toLow.compareTo(to.low()), () -> "to " + to.low());
        assertEquals(kind, from.kind().name());
        assertEquals(kind, to.kind().name());
        assertEquals(currency, from.currency());
        assertEquals(currency, to.currency());
        assertEquals(from.start(), to.changeFrom());
        assertNull(from.changeFrom());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # sentence                                   | to span  | from span | wrong reading before
            Sales rose to £3.2bn from £2.9bn last year.   | £3.2bn   | £2.9bn    | two figures, not linked
            Turnout fell to 61% from 66% in 2019.          | 61%      | 66%       | two figures, not linked
            """)
    void linksAChangeWrittenEndFirst(String sentence, String toSpan, String fromSpan, String wrong) {
        List<Figure> figures = extractor.extract(sentence);

        assertEquals(toSpan, figures.get(0).text());
        assertEquals(fromSpan, figures.get(1).text());
        assertEquals(figures.get(1).start(), figures.get(0).changeFrom());
        assertNull(figures.get(1).changeFrom());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # sentence: two figures that are neither a range nor a change
            Inflation was 2% and unemployment 5%.
            The firm employs 500 people and 300 contractors.
            Shares rose 5% to $12 in early trading.
            Unemployment rose 0.2% to 5.4% in May.
            """)
    void leavesUnrelatedNeighboursApart(String sentence) {
        List<Figure> figures = extractor.extract(sentence);

        assertEquals(2, figures.size(), () -> "figures: " + figures);
        assertNull(figures.get(1).changeFrom());
    }
}
