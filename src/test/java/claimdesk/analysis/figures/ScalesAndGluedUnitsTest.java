package claimdesk.analysis.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;

import claimdesk.model.Figure;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Abbreviated scales ("35m", "1.2tn", "8 B"), units glued to the number, and currency prefixes. */
class ScalesAndGluedUnitsTest {
    private final FigureExtractor extractor = new FigureExtractor();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # sentence                                                   | span         | kind    | value         | unit    | currency | wrong reading before
            The firm shipped 35m devices last year.                       | 35m          | COUNT   | 35000000      |         |          | (unchanged; not 35 metres)
            The chain reported 2.7m sales in May.                         | 2.7m         | COUNT   | 2700000       |         |          | (unchanged)
            There are now more than 8 B people on the planet.             | more than 8 B | COUNT  | 8000000000    |         |          | more than 8
            The club paid £5m for the striker.                            | £5m          | MONEY   | 5000000       |         | GBP      | (unchanged)
            The group raised $3bn in bonds.                               | $3bn         | MONEY   | 3000000000    |         | USD      | (unchanged)
            Public debt hit 1.2tn last quarter.                           | 1.2tn        | COUNT   | 1200000000000 |         |          | OTHER 1.2
            The coupe has 640bhp under the bonnet.                        | 640bhp       | MEASURE | 640           | hp      |          | OTHER 640
            Each home gets a 10kW heat pump.                              | 10kW         | MEASURE | 10            | kW      |          | OTHER 10
            Rural lines will reach 30Mbps by 2027.                        | 30Mbps       | MEASURE | 30            | Mbit/s  |          | OTHER 30
            Pre-tax profits rose 24pc on the year.                        | 24pc         | PERCENT | 24            |         |          | OTHER 24
            The index added 1.38pc by the close.                          | 1.38pc       | PERCENT | 1.38          |         |          | OTHER 1.38
            The penthouse measures 3923sq m in all.                       | 3923sq m     | MEASURE | 3923          | m2      |          | OTHER 3923
            The plant will produce 500MW at full load.                    | 500MW        | MEASURE | 500           | MW      |          | OTHER 500
            """)
    void readsScalesAndGluedUnits(String sentence, String span, String kind, BigDecimal value, String unit,
                                  String currency, String wrong) {
        assertOne(sentence, span, kind, value, unit, currency);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # sentence                                                | span          | value     | currency | wrong reading before
            The bid is worth $US5 a share in cash.                     | $US5          | 5         | USD      | OTHER 5
            The ticket costs US$7 at the gate.                         | US$7          | 7         | USD      | (unchanged)
            The miner paid A$8 a share.                                | A$8           | 8         | AUD      | (unchanged)
            The lender raised $A900 million.                           | $A900 million | 900000000 | AUD      | OTHER 900 million
            The dairy giant pays NZ$10 per kilo.                       | NZ$10         | 10        | NZD      | COUNT 10
            The airline lost RM50 million in the quarter.              | RM50 million  | 50000000  | MYR      | OTHER 50 million
            The striker signed for PS5m on Friday.                     | PS5m          | 5000000   | GBP      | OTHER 5
            Farmers will get Rs 300 a quintal more.                    | Rs 300        | 300       | INR      | (unchanged)
            The flat sold for HK$40 million.                           | HK$40 million | 40000000  | HKD      | (unchanged)
            The pipeline will cost C$12 billion.                       | C$12 billion  | 12000000000 | CAD    | (unchanged)
            The fine is S$15 for a first offence.                      | S$15          | 15        | SGD      | COUNT 15, no currency
            """)
    void readsCurrencyPrefixes(String sentence, String span, BigDecimal value, String currency, String wrong) {
        assertOne(sentence, span, "MONEY", value, null, currency);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "The 5G network replaces 4G and 3G services next year.",    // was: three counts of 5, 4 and 3 billion
        "Gamers queued overnight for the PS5 launch.",              // a console, not £5
    })
    void networkGenerationsAndConsolesAreNoFigures(String sentence) {
        assertEquals(List.of(), extractor.extract(sentence));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # sentence                                  | first span | kind  | value | why the unit or scale is not read
            The bank is at 575 W 42nd Street.            | 575        | COUNT | 575   | a spaced W is a compass point
            She bought 5 PC games in the sale.           | 5          | COUNT | 5     | PC is no per cent; only lower-case pc
            """)
    void readsNoUnitWhereTheLettersAreSomethingElse(String sentence, String span, String kind, BigDecimal value,
                                                     String why) {
        Figure f = extractor.extractAll(sentence, null).get(0);

        assertEquals(span, f.text());
        assertEquals(kind, f.kind().name());
        assertEquals(0, value.compareTo(f.low()));
        assertEquals(null, f.unit());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Holders of 2015 B shares may vote."})
    void aSpacedBAfterALongNumberIsNoBillion(String sentence) {
        Figure f = extractor.extractAll(sentence, null).get(0);

        assertEquals("2015", f.text());
    }

    private void assertOne(String sentence, String span, String kind, BigDecimal value, String unit,
                           String currency) {
        List<Figure> figures = extractor.extract(sentence);

        assertEquals(1, figures.size(), () -> "figures: " + figures);
        Figure f = figures.get(0);
        assertEquals(span, f.text());
        assertEquals(kind, f.kind().name());
        assertEquals(0, value.compareTo(f.low()), () -> "low " + f.low());
        assertEquals(unit, f.unit());
        assertEquals(currency, f.currency());
    }
}
