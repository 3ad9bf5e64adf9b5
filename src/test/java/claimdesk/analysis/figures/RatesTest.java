package claimdesk.analysis.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import claimdesk.model.Figure;
import claimdesk.model.FigureKind;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 12: a count or an amount of money per period of time is a RATE with its period ("per"), wherever the
 * period is written: after the number, after the counted noun or a conversion in brackets, glued by hyphens,
 * before the number, or after "twice"/"three times". Each row names the wrong reading that came out before.
 */
class RatesTest {
    private final FigureExtractor extractor = new FigureExtractor();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # sentence                                                        | span                | low     | currency | per    | read before as
            # the period after the counted noun phrase
            Some 3,000 commuters a day use the new bridge.                     | Some 3,000          | 3000    |          | day    | (already a rate)
            The town takes in 9,000 students a year.                           | 9,000               | 9000    |          | year   | (already a rate)
            Malaria still kills 400 children each year in the province.        | 400                 | 400     |          | year   | (already a rate)
            The port handles $2 trillion in container cargo every year.        | $2 trillion         | 2000000000000 | USD | year   | money, no per
            # a conversion in brackets: both amounts are rates
            The levy raises £2 billion ($2.5 billion) a year for roads.        | £2 billion          | 2000000000 | GBP   | year   | money, no per
            The levy raises £2 billion ($2.5 billion) a year for roads.        | $2.5 billion        | 2500000000 | USD   | year   | money, no per
            The firm faces a 100,000 euros ($110,000) daily penalty.           | 100,000 euros       | 100000  | EUR      | day    | money, no per
            The firm faces a 100,000 euros ($110,000) daily penalty.           | $110,000            | 110000  | USD      | day    | money, no per
            # the period before the figure
            Each clinic has an annual quota of 1,200 patients.                 | 1,200               | 1200    |          | year   | count
            The council set a daily limit of 500 cars in the old town.         | 500                 | 500     |          | day    | count
            Each year, floods displace 20,000 people along the river.          | 20,000              | 20000   |          | year   | count
            Every week, volunteers hand out 700 meals, the charity said.       | 700                 | 700     |          | week   | count
            # glued by hyphens
            He left a £80,000-a-year post at the bank.                         | £80,000-a-year      | 80000   | GBP      | year   | money £80,000, no per
            Customers pick a $30-a-month data plan.                            | $30-a-month         | 30      | USD      | month  | money $30, no per
            # multiplicative adverbs
            The board meets twice a year in Geneva.                            | twice a year        | 2       |          | year   | nothing
            Buses call four times a day at the village.                        | four times a day    | 4       |          | day    | rate 4 on "four" alone
            The patient takes the drug thrice daily.                           | thrice daily        | 3       |          | day    | nothing
            The festival is held once a year in July.                          | once a year         | 1       |          | year   | nothing
            # per minute, per hour
            The printer turns out 400 pages per minute.                        | 400                 | 400     |          | minute | count 40
            The chip handles a million requests an hour.                       | a million           | 1000000 |          | hour   | count
            The camera takes 120 a second in burst mode.                       | 120 a second        | 120     |          | second | count
            """)
    void aCountOrMoneyPerPeriodIsARate(String sentence, String span, BigDecimal low, String currency, String per,
                                       String before) {
        Figure f = figure(sentence, span);
        assertEquals(FigureKind.RATE, f.kind(), "was " + before);
        assertEquals(0, low.compareTo(f.low()), "low");
        assertEquals(0, low.compareTo(f.high()), "high");
        assertEquals(currency, f.currency());
        assertEquals(per, f.per());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # sentence                                                     | span                | kind       | unit | per    | read before as
            # a point in time or a length of time, not how often
            Exports were 400 a year ago.                                    | 400                 | COUNT      |      |        | (already a count)
            The strike began a day after 300 workers walked out.            | 300                 | COUNT      |      |        | (already a count)
            Revenue was $9 million a year earlier.                          | $9 million          | MONEY      |      |        | (already money)
            At least 15 people died within a day of the crash.              | At least 15         | COUNT      |      |        | rate per day
            He kept 200 sheep for a year on the farm.                       | 200                 | COUNT      |      |        | rate per year
            The index shed 300 a second straight day.                       | 300                 | COUNT      |      |        | (new: per second)
            Every day, 3,000 migrants cross, but 120 have drowned this year.  | 120                 | COUNT      |      |        | (new: per day)
            # a percent that changes each year stays a percent, its span without the period
            Rents rose 6% annually over the decade.                         | 6%                  | PERCENT    |      |        | rate "6% annually"
            # a reported total for a year is money about that year
            The group posted an annual revenue of £3.2bn.                   | £3.2bn              | MONEY      |      |        | (already money)
            The annual meeting of 300 shareholders was calm.                | 300                 | COUNT      |      |        | (already a count)
            # money per thing is money with per, not a rate; its span stops at the amount, as Recognizers-Text reads it
            The bid values the group at 42 euros a share.                   | 42 euros            | MONEY      |      | share  | money "42 euros", no per
            Brent crude traded at $71 per barrel on Monday.                 | $71                 | MONEY      |      | barrel | money "$71", no per
            Tickets were sold at $15 apiece.                                | $15                 | MONEY      |      | piece  | money "$15", no per
            # a physical unit per hour is a speed; other measures per period keep their unit
            The storm moved at 25 km per hour toward the coast.             | 25 km per hour      | MEASURE    | km/h |        | rate in km
            Winds reached 70 miles an hour.                                 | 70 miles an hour    | MEASURE    | mph  |        | (already mph)
            The field pumps 300,000 barrels a day.                          | 300,000 barrels a day | MEASURE  | bbl  | day    | rate in bbl
            """)
    void nearMissesKeepTheirKind(String sentence, String span, FigureKind kind, String unit, String per,
                                 String before) {
        Figure f = figure(sentence, span);
        assertEquals(kind, f.kind(), "was " + before);
        assertEquals(unit, f.unit());
        assertEquals(per, f.per());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # sentence                                       | word
            Once again the talks stalled.                     | Once
            The team scored twice in the second half.          | twice
            Prices rose three times faster than wages.         | three
            """)
    void anAdverbWithoutAPeriodIsNoRate(String sentence, String word) {
        int at = sentence.indexOf(word);
        for (Figure f : extractor.extract(sentence)) {
            boolean covers = f.start() <= at && at < f.end();
            if (covers) {
                assertNotNull(f.kind());
                assertNull(f.per(), () -> "rate " + f.text());
                assertEquals(false, f.kind() == FigureKind.RATE, () -> "rate " + f.text());
            }
        }
    }

    private Figure figure(String sentence, String span) {
        List<Figure> figures = extractor.extract(sentence);
        return figures.stream().filter(f -> f.text().equals(span)).findFirst()
                .orElseThrow(() -> new AssertionError("no figure " + span + " in " + figures));
    }
}
