package claimdesk.analysis.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import claimdesk.model.Figure;
import claimdesk.model.FigureKind;
import claimdesk.model.Span;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FigureExtractorTest {
    private final FigureExtractor extractor = new FigureExtractor();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # sentence                                                    | span                        | kind    | low        | high       | lowIncl | highIncl | approx | qualifier   | unit | currency | per
            more than 75,000 undocumented Afghan migrants have left Iran   | more than 75,000            | COUNT   | 75000      |            | false   | false    | false  | more than   |      |          |
            with over 75 percent doing so voluntarily                      | over 75 percent             | PERCENT | 75         |            | false   | false    | false  | over        |      |          |
            26320 Afghan migrants were deported from Iran on Saturday      | 26320                       | COUNT   | 26320      | 26320      | true    | true     | false  |             |      |          |
            the commission said 12574 individuals entered Afghanistan      | 12574                       | COUNT   | 12574      | 12574      | true    | true     | false  |             |      |          |
            expelled more than 2.6 million people to the country           | more than 2.6 million       | COUNT   | 2600000    |            | false   | false    | false  | more than   |      |          |
            at least 2.6 million Afghans were registered in 2022           | at least 2.6 million        | COUNT   | 2600000    |            | true    | false    | false  | at least    |      |          |
            About 60% of those returned are women and children             | About 60%                   | PERCENT | 60         | 60         | true    | true     | true   | about       |      |          |
            the Pakistan government has deported 527,000 Afghans           | 527,000                     | COUNT   | 527000     | 527000     | true    | true     | false  |             |      |          |
            Over half a million Afghans fled Pakistan                      | Over half a million         | COUNT   | 500000     |            | false   | false    | false  | over        |      |          |
            Gallup Pakistan found that 84% of the respondents              | 84%                         | PERCENT | 84         | 84         | true    | true     | false  |             |      |          |
            the migrants received 40.7 million Afghanis in assistance      | 40.7 million Afghanis       | MONEY   | 40700000   | 40700000   | true    | true     | false  |             |      | AFN      |
            Iran has allocated €3 billion to its armed forces              | €3 billion                  | MONEY   | 3000000000 | 3000000000 | true    | true     | false  |             |      | EUR      |
            a fund of $3.5bn was announced                                 | $3.5bn                      | MONEY   | 3500000000 | 3500000000 | true    | true     | false  |             |      | USD      |
            the court fined him Rs. 5 lakh on Monday                       | Rs. 5 lakh                  | MONEY   | 500000     | 500000     | true    | true     | false  |             |      | INR      |
            a bail of 2 crore rupees was set                               | 2 crore rupees              | MONEY   | 20000000   | 20000000   | true    | true     | false  |             |      | INR      |
            each family was paid PKR 25,000 in cash                        | PKR 25,000                  | MONEY   | 25000      | 25000      | true    | true     | false  |             |      | PKR      |
            a loan of US$ 120 million from the bank                        | US$ 120 million             | MONEY   | 120000000  | 120000000  | true    | true     | false  |             |      | USD      |
            the club paid £50m for the striker                             | £50m                        | MONEY   | 50000000   | 50000000   | true    | true     | false  |             |      | GBP      |
            rent rose to 5,000 tomans a night                              | 5,000 tomans a night        | RATE    | 50000      | 50000      | true    | true     | false  |             |      | IRR      | day
            relocated to seven northern provinces                          | seven                       | COUNT   | 7          | 7          | true    | true     | false  |             |      |          |
            eighty-one families crossed the border                         | eighty-one                  | COUNT   | 81         | 81         | true    | true     | false  |             |      |          |
            two point six million people returned                          | two point six million       | COUNT   | 2600000    | 2600000    | true    | true     | false  |             |      |          |
            a quarter of the population is displaced                       | a quarter                   | PROPORTION | 0.25    | 0.25       | true    | true     | false  |             |      |          |
            one and a half million people returned                         | one and a half million      | COUNT   | 1500000    | 1500000    | true    | true     | false  |             |      |          |
            more than 22 million people, nearly half of the population     | nearly half                 | PROPORTION | 0.5     | 0.5        | true    | true     | true   | nearly      |      |          |
            a dozen villages were emptied                                  | a dozen                     | COUNT   | 12         | 12         | true    | true     | false  |             |      |          |
            a hundred thousand people marched                              | a hundred thousand          | COUNT   | 100000     | 100000     | true    | true     | false  |             |      |          |
            hundred thousand people marched                                | hundred thousand            | COUNT   | 100000     | 100000     | true    | true     | false  |             |      |          |
            fees of Rs 1,000 were charged                                  | Rs 1,000                    | MONEY   | 1000       | 1000       | true    | true     | false  |             |      | INR      |
            a loaf costs 300,000 rials                                     | 300,000 rials               | MONEY   | 300000     | 300000     | true    | true     | false  |             |      | IRR      |
            the aid was worth 12 million euros a year                      | 12 million euros a year     | RATE    | 12000000   | 12000000   | true    | true     | false  |             |      | EUR      | year
            he was killed alongside dozens of fighters                     | dozens                      | COUNT   | 24         | 99         | true    | true     | true   |             |      |          |
            hundreds of families waited                                    | hundreds                    | COUNT   | 200        | 999        | true    | true     | true   |             |      |          |
            thousands of Afghan refugees in Pakistan                       | thousands                   | COUNT   | 2000       | 9999       | true    | true     | true   |             |      |          |
            tens of thousands of people gathered                           | tens of thousands           | COUNT   | 20000      | 99999      | true    | true     | true   |             |      |          |
            hundreds of thousands of Afghans left                          | hundreds of thousands       | COUNT   | 200000     | 999999     | true    | true     | true   |             |      |          |
            Millions of Afghans have been displaced                        | Millions                    | COUNT   | 2000000    | 9999999    | true    | true     | true   |             |      |          |
            fewer than 500 people remain                                   | fewer than 500              | COUNT   |            | 500        | false   | false    | false  | fewer than  |      |          |
            less than 10 percent of requests                               | less than 10 percent        | PERCENT |            | 10         | false   | false    | false  | less than   |      |          |
            under 300 families were housed                                 | under 300                   | COUNT   |            | 300        | false   | false    | false  | under       |      |          |
            turnout was below 5% in the camps                              | below 5%                    | PERCENT |            | 5          | false   | false    | false  | below       |      |          |
            the plan could cut up to 700 jobs                              | up to 700                   | COUNT   |            | 700        | false   | true     | false  | up to       |      |          |
            as many as 14,000 in a single day                              | as many as 14,000           | COUNT   |            | 14000      | false   | true     | false  | as many as  |      |          |
            at most 40 trucks a convoy                                     | at most 40                  | COUNT   |            | 40         | false   | true     | false  | at most     |      |          |
            no more than 3 visits were allowed                             | no more than 3              | COUNT   |            | 3          | false   | true     | false  | no more than |     |          |
            in excess of 1,000 people                                      | in excess of 1,000          | COUNT   | 1000       |            | false   | false    | false  | in excess of |     |          |
            unemployment above 40 percent                                  | above 40 percent            | PERCENT | 40         |            | false   | false    | false  | above       |      |          |
            a minimum of 20 guards                                         | a minimum of 20             | COUNT   | 20         |            | true    | false    | false  | a minimum of |     |          |
            camps for around 3,000 people                                  | around 3,000                | COUNT   | 3000       | 3000       | true    | true     | true   | around      |      |          |
            approximately 1,200 families                                   | approximately 1,200         | COUNT   | 1200       | 1200       | true    | true     | true   | approximately |    |          |
            some 2.4 million refugees                                      | some 2.4 million            | COUNT   | 2400000    | 2400000    | true    | true     | true   | some        |      |          |
            roughly 800 people                                             | roughly 800                 | COUNT   | 800        | 800        | true    | true     | true   | roughly     |      |          |
            almost 90% of returnees                                        | almost 90%                  | PERCENT | 90         | 90         | true    | true     | true   | almost      |      |          |
            close to 5,000 people                                          | close to 5,000              | COUNT   | 5000       | 5000       | true    | true     | true   | close to    |      |          |
            an estimated 1.5 million Afghans                               | an estimated 1.5 million    | COUNT   | 1500000    | 1500000    | true    | true     | true   | an estimated |     |          |
            between 10,000 and 15,000 people a day                         | between 10,000 and 15,000   | RATE    | 10000      | 15000      | true    | true     | false  | between     |      |          | day
            between 10,000 and 15,000 people crossed                       | between 10,000 and 15,000   | COUNT   | 10000      | 15000      | true    | true     | false  | between     |      |          |
            10,000-15,000 people crossed                                   | 10,000-15,000               | COUNT   | 10000      | 15000      | true    | true     | false  |             |      |          |
            10,000 to 15,000 people crossed                                | 10,000 to 15,000            | COUNT   | 10000      | 15000      | true    | true     | false  |             |      |          |
            from 200 to 300 families                                       | from 200 to 300             | COUNT   | 200        | 300        | true    | true     | false  | from        |      |          |
            2 to 3 million people                                          | 2 to 3 million              | COUNT   | 2000000    | 3000000    | true    | true     | false  |             |      |          |
            330 kilometres of the eastern border                           | 330 kilometres              | MEASURE | 330        | 330        | true    | true     | false  |             | km   |          |
            a 5 km stretch of road                                         | 5 km                        | MEASURE | 5          | 5          | true    | true     | false  |             | km   |          |
            a wall 50 miles long                                           | 50 miles                    | MEASURE | 50         | 50         | true    | true     | false  |             | mi   |          |
            4,000 tonnes of wheat                                          | 4,000 tonnes                | MEASURE | 4000       | 4000       | true    | true     | false  |             | t    |          |
            parcels of 20 kg each                                          | 20 kg                       | MEASURE | 20         | 20         | true    | true     | false  |             | kg   |          |
            1,200 hectares of farmland                                     | 1,200 hectares              | MEASURE | 1200       | 1200       | true    | true     | false  |             | ha   |          |
            an area of 60 square km                                        | 60 square km                | MEASURE | 60         | 60         | true    | true     | false  |             | km2  |          |
            a fence 300 metres long                                        | 300 metres                  | MEASURE | 300        | 300        | true    | true     | false  |             | m    |          |
            the camp reached 45°C in July                                  | 45°C                        | MEASURE | 45         | 45         | true    | true     | false  |             | °C   |          |
            nights fell to 2 degrees Celsius                               | 2 degrees Celsius           | MEASURE | 2          | 2          | true    | true     | false  |             | °C   |          |
            Iran is deporting tens of thousands daily                      | tens of thousands daily     | RATE    | 20000      | 99999      | true    | true     | true   |             |      |          | day
            removing tens of thousands of migrants daily                   | tens of thousands           | RATE    | 20000      | 99999      | true    | true     | true   |             |      |          | day
            the agency pays 14,000 a month                                 | 14,000 a month              | RATE    | 14000      | 14000      | true    | true     | false  |             |      |          | month
            about 2,000 people per day crossed                             | about 2,000                 | RATE    | 2000       | 2000       | true    | true     | true   | about       |      |          | day
            1,500 per week                                                 | 1,500 per week              | RATE    | 1500       | 1500       | true    | true     | false  |             |      |          | week
            800 each day                                                   | 800 each day                | RATE    | 800        | 800        | true    | true     | false  |             |      |          | day
            fees of $200 annually                                          | $200 annually               | RATE    | 200        | 200        | true    | true     | false  |             |      | USD      | year
            3,000 per year                                                 | 3,000 per year              | RATE    | 3000       | 3000       | true    | true     | false  |             |      |          | year
            every month 500 people                                         | 500                         | COUNT   | 500        | 500        | true    | true     | false  |             |      |          |
            sales fell $1.17 billion a year earlier                        | $1.17 billion               | MONEY   | 1170000000 | 1170000000 | true    | true     | false  |             |      | USD      |
            2022 people were deported last month                           | 2022                        | COUNT   | 2022       | 2022       | true    | true     | false  |             |      |          |
            a rise of 3 percentage points                                  | 3 percentage points         | PERCENT | 3          | 3          | true    | true     | false  |             | pp   |          |
            the UN said 1 in 5 Afghans needs aid                           | 1 in 5                      | PROPORTION | 0.2     | 0.2        | true    | true     | false  |             |      |          |
            3 out of 10 returnees are in debt                              | 3 out of 10                 | PROPORTION | 0.3     | 0.3        | true    | true     | false  |             |      |          |
            Nearly one in three children is malnourished                   | Nearly one in three         | PROPORTION | 0.3333333333333333 | 0.3333333333333333 | true | true | true | nearly |  |          |
            some 5m people need food aid                                   | some 5m                     | COUNT   | 5000000    | 5000000    | true    | true     | true   | some        |      |          |
            exports of 3m tonnes of wheat                                  | 3m tonnes                   | MEASURE | 3000000    | 3000000    | true    | true     | false  |             | t    |          |
            a wall 5m high                                                 | 5m                          | MEASURE | 5          | 5          | true    | true     | false  |             | m    |          |
            the fine was Rs500 per person                                  | Rs500                       | MONEY   | 500        | 500        | true    | true     | false  |             |      | INR      |
            it only cost 3 dollars 50 cents                                | 3 dollars 50 cents          | MONEY   | 3.5        | 3.5        | true    | true     | false  |             |      | USD      |
            the price was 50 cents                                         | 50 cents                    | MONEY   | 50         | 50         | true    | true     | false  |             | cent | USD      |
            more than 10 and less than 20 percent                          | more than 10 and less than 20 percent | PERCENT | 10 | 20   | false   | false    | false  | more than and less than | | |
            about 500 or more families                                     | about 500 or more           | COUNT   | 500        |            | true    | false    | true   | about or more |    |          |
            """)
    void extractsStatistics(String sentence, String span, FigureKind kind, BigDecimal low, BigDecimal high,
                            boolean lowInclusive, boolean highInclusive, boolean approx, String qualifier,
                            String unit, String currency, String per) {
        Figure f = only(extractor.extract(sentence), span, sentence);
        assertEquals(kind, f.kind(), "kind");
        assertEquals(low, f.low(), "low");
        assertEquals(high, f.high(), "high");
        assertEquals(lowInclusive, f.lowInclusive(), "lowInclusive");
        assertEquals(highInclusive, f.highInclusive(), "highInclusive");
        assertEquals(approx, f.approx(), "approx");
        assertEquals(qualifier, f.qualifier(), "qualifier");
        assertEquals(unit, f.unit(), "unit");
        assertEquals(currency, f.currency(), "currency");
        assertEquals(per, f.per(), "per");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # sentence                                                    | span            | kind
            Bijar confirmed on Sunday, 6 July, that talks are scheduled    | Sunday, 6 July  | DATE
            the two men were executed on Saturday, 5 July                  | Saturday, 5 July | DATE
            In May 2023, a border clash in Nimruz                          | May 2023        | DATE
            on 12 March 2025 Iran announced                                | 12 March 2025   | DATE
            the meeting on July 5 was postponed                            | July 5          | DATE
            the Taliban takeover in 2021 changed everything                | 2021            | YEAR
            registered in 2022                                             | 2022            | YEAR
            during the Taliban's first rule in the 1990s                   | 1990s           | YEAR
            upheaval that has continued since 1970s.                       | 1970s           | YEAR
            from the start of the year 1404 on Iran's calendar             | 1404            | YEAR
            its recent 12-day conflict with Israel                         | 12              | DURATION
            operations for the past 10 days                                | 10              | DURATION
            renewable 10-year golden visas                                 | 10              | DURATION
            left Iran in the past two weeks                                | two             | DURATION
            after four decades of war                                      | four            | DURATION
            a girl aged 12 was detained                                    | 12              | OTHER
            a 12-year-old girl was detained                                | 12              | OTHER
            the second major UN meeting                                    | second          | OTHER
            in the 21st century                                            | 21st            | OTHER
            in Islamabad's B-17 township                                   | 17              | OTHER
            the Security Council adopted Resolution 2679                   | 2679            | OTHER
            the COVID-19 pandemic                                          | 19              | OTHER
            leaders met at the G20 summit                                  | 20              | OTHER
            the raid began at 10:30 on Friday                              | 10:30           | OTHER
            the raid began at 3 pm on Friday                               | 3 pm            | OTHER
            displaced in 2023-24 by the drought                            | 2023-24         | YEAR
            two 30-year-olds were arrested                                 | 30              | OTHER
            at 7:45 a.m. on Jan. 3, 2024, police arrived                   | Jan. 3, 2024    | DATE
            see http://example.org/report?id=2024&n=75 for details         | 75              | NONE
            one of the largest mass expulsions                             | one             | OTHER
            """)
    void classifiesNonStatistics(String sentence, String span, String kind) {
        if (kind.equals("NONE")) {
            assertTrue(extractor.extractAll(sentence, null).stream().noneMatch(f -> f.text().contains(span)),
                    "numbers inside a web address are not figures");
            return;
        }
        Figure f = only(extractor.extractAll(sentence, null), span, sentence);
        assertEquals(FigureKind.valueOf(kind), f.kind());
        assertTrue(extractor.extract(sentence).stream().noneMatch(s -> s.text().equals(span)),
                "extract() must not return the non-statistic " + span);
    }

    @Test
    void callsTheContextFinderForEachStatisticOnly() {
        Span subject = new Span(0, 4, "more");
        Figure.FigureContext context = new Figure.FigureContext(subject, null, null, null, null, null, null);
        LocalDate published = LocalDate.of(2025, 7, 6);
        FigureExtractor withContext = new FigureExtractor((text, figure, publishedOn) -> {
            assertEquals(published, publishedOn);
            assertTrue(figure.kind().isStatistic());
            return context;
        });
        List<Figure> all = withContext.extractAll("more than 75,000 left on 5 July 2025", published);
        assertEquals(2, all.size());
        assertSame(context, all.get(0).context());
        assertSame(Figure.FigureContext.NONE, all.get(1).context());
    }

    @Test
    void keepsFiguresWhenTheContextFinderFails() {
        FigureExtractor broken = new FigureExtractor((text, figure, publishedOn) -> {
            throw new IllegalStateException("boom");
        });
        List<Figure> figures = broken.extract("527,000 Afghans", null);
        assertEquals(1, figures.size());
        assertSame(Figure.FigureContext.NONE, figures.get(0).context());
    }

    @Test
    void returnsNothingForEmptyOrNullText() {
        assertTrue(extractor.extract(null).isEmpty());
        assertTrue(extractor.extractAll("", null).isEmpty());
    }

    @Test
    void writesValuesWithAPlainScale() {
        Figure f = extractor.extract("more than 75,000 people").get(0);
        assertEquals("75000", f.low().toPlainString());
        assertEquals(0, f.low().scale());
    }

    /** Every statistic of each seed article, in order: span text | kind | low | high (empty = open). */
    private static final Map<String, String> SEED_STATISTICS = Map.ofEntries(
            Map.entry("000_855578ea834ac26d.txt", """
                    about 3,000 | COUNT | 3000 | 3000
                    as many as 14,000 | COUNT |  | 14000
                    more than 75,000 | COUNT | 75000 |
                    over 75 percent | PERCENT | 75 |
                    more than 1.2 million | COUNT | 1200000 |
                    two | COUNT | 2 | 2
                    two | COUNT | 2 | 2
                    dozens | COUNT | 24 | 99
                    two | COUNT | 2 | 2
                    26320 | COUNT | 26320 | 26320
                    12574 | COUNT | 12574 | 12574
                    13746 | COUNT | 13746 | 13746
                    40.7 million Afghanis | MONEY | 40700000 | 40700000
                    1257 | COUNT | 1257 | 1257
                    seven | COUNT | 7 | 7
                    at least 65000 | COUNT | 65000 |
                    """),
            Map.entry("001_a219516f4fe332d3.txt", """
                    330 kilometres | MEASURE | 330 | 330
                    €3 billion | MONEY | 3000000000 | 3000000000
                    tens of thousands | RATE | 20000 | 99999
                    more than one million | COUNT | 1000000 |
                    two | COUNT | 2 | 2
                    two | COUNT | 2 | 2
                    two | COUNT | 2 | 2
                    81 | COUNT | 81 | 81
                    two | COUNT | 2 | 2
                    two | COUNT | 2 | 2
                    dozens | COUNT | 24 | 99
                    thousands | COUNT | 2000 | 9999
                    thousands | COUNT | 2000 | 9999
                    286,631 | COUNT | 286631 | 286631
                    """),
            Map.entry("002_36ac887a2783dbf1.txt", """
                    two | COUNT | 2 | 2
                    dozens | COUNT | 24 | 99
                    thousands | COUNT | 2000 | 9999
                    thousands | COUNT | 2000 | 9999
                    286,631 | COUNT | 286631 | 286631
                    two | COUNT | 2 | 2
                    """),
            Map.entry("003_ccd0977d962f9070.txt", """
                    more than 2.6 million | COUNT | 2600000 |
                    About 60% | PERCENT | 60 | 60
                    Thousands | COUNT | 2000 | 9999
                    more than 22 million | COUNT | 22000000 |
                    nearly half | PROPORTION | 0.5 | 0.5
                    11 | COUNT | 11 | 11
                    seven | COUNT | 7 | 7
                    four | COUNT | 4 | 4
                    four | COUNT | 4 | 4
                    at least 2.6 million | COUNT | 2600000 |
                    over 900,000 | COUNT | 900000 |
                    1.6 million | COUNT | 1600000 | 1600000
                    21 | COUNT | 21 | 21
                    14 | COUNT | 14 | 14
                    five | COUNT | 5 | 5
                    82% | PERCENT | 82 | 82
                    half | PROPORTION | 0.5 | 0.5
                    30% | PERCENT | 30 | 30
                    """),
            Map.entry("004_ce58d6deddc87eed.txt", """
                    Millions | COUNT | 2000000 | 9999999
                    527,000 | COUNT | 527000 | 527000
                    Over half a million | COUNT | 500000 |
                    84% | PERCENT | 84 | 84
                    64% | PERCENT | 64 | 64
                    """));

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"000_855578ea834ac26d.txt", "001_a219516f4fe332d3.txt", "002_36ac887a2783dbf1.txt", "003_ccd0977d962f9070.txt", "004_ce58d6deddc87eed.txt"})
    void extractsTheStatisticsOfEachSeed(String seed) throws IOException {
        String text = Files.readString(Path.of("seeds", seed));
        List<String> actual = extractor.extract(text, LocalDate.of(2025, 7, 6)).stream()
                .map(f -> f.text() + " | " + f.kind() + " | " + plain(f.low()) + " | " + plain(f.high()))
                .map(String::strip)
                .toList();
        List<String> expected = SEED_STATISTICS.get(seed).lines().map(String::strip).toList();
        assertEquals(expected, actual);
        for (Figure f : extractor.extractAll(text, null)) {
            assertEquals(text.substring(f.start(), f.end()), f.text());
        }
    }

    private static String plain(BigDecimal v) {
        return v == null ? "" : v.toPlainString();
    }

    static Figure only(List<Figure> figures, String span, String sentence) {
        List<Figure> matching = figures.stream().filter(f -> f.text().equals(span)).toList();
        assertEquals(1, matching.size(), () -> "expected one figure '" + span + "' in '" + sentence + "' but got "
                + figures.stream().map(f -> f.kind() + "[" + f.text() + "]").toList());
        Figure f = matching.get(0);
        assertNotNull(f.span());
        assertEquals(span, sentence.substring(f.start(), f.end()));
        return f;
    }
}
