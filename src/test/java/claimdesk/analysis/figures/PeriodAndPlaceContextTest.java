package claimdesk.analysis.figures;

import static claimdesk.analysis.figures.ContextFields.field;
import static org.junit.jupiter.api.Assertions.assertEquals;

import claimdesk.model.Figure;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The period and place of a figure on general news (issue 12). Each row gives the reading that came out before
 * these rules ("-" for none) next to the expected one; "-" expected means the sentence states none for that figure.
 */
class PeriodAndPlaceContextTest {

    /** The time of the report, of another clause or of another figure is not the figure's. */
    @ParameterizedTest(name = "[{index}] {1}: {2} (was {3})")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            More than 40 people were hurt in the crash, police said on Thursday. | More than 40 | - | on Thursday
            In a statement on Monday, the club named two of the five players it had suspended. | two | - | on Monday
            On Friday, the finance minister said as many as 2,000 jobs could go. | as many as 2,000 | - | On Friday
            The firm released an advisory today that 12 routers are at risk. | 12 | - | today
            The museum has 30 rooms because it was rebuilt in 2011. | 30 | - | in 2011
            Engineers checked 300 trains after a power cut earlier this week halted services. | 300 | - | this week
            It was a $4bn fraud that saw the bank fail in March 2009. | $4bn | - | in March 2009
            Sales fell from £2,400 in June to £2,150. | £2,150 | - | in June
            Sales fell from £2,400 in June to £2,150. | £2,400 | in June | in June
            Acme, which earned $30m in June, plans to hire 500 staff. | 500 | - | in June
            Revenue was $9.1bn, down from $9.6bn a year earlier. | $9.1bn | - | -
            The index closed 2% higher, reflecting a rally that began in May. | 2% | - | in May
            The site opened in 2010, and has sold 400 cars. | 400 | - | in 2010
            Fares will now be capped at $300. | $300 | - | -
            In August 2025, a survey by the agency found that 70% of farms were in debt. | 70% | In August 2025 | In August 2025
            Storms damaged 80 homes at the weekend, which left 12 people hurt. | 80 | at the weekend | at the weekend
            Rates will stay at 3%, with a rise expected in the second half of the year. | 3% | - | in the second half of the year
            Nine people were hurt, with two critically, in a crash on Sunday. | Nine | on Sunday | on Sunday
            Sales rose 12 percent in 2015 to 3.1 billion euros. | 3.1 billion euros | in 2015 | in 2015
            Police held four men on Monday and another six in the following days, along with 12 women. | 12 | - | on Monday
            The fund sought $14 billion last year and will include $3.1 billion for roads. | $3.1 billion | - | last year
            Smith currently has 300 votes, while Jones has 250. | 250 | currently | -
            Exports rose to $90m from $64m in the same period in 2003. | $64m | in the same period in 2003 | in 2003
            Police held four men on Monday and another six in the following days, along with 12 women. | six | the following days | on Monday
            A paper last month by a reporter who wrote that 12 states failed the test. | 12 | - | last month
            When we bought the firm in March 2004, it owed £90m, since that date we have cut the debt to £20m. | £20m | - | in March 2004
            When we bought the firm in March 2004, it owed £90m, since that date we have cut the debt to £20m. | £90m | in March 2004 | in March 2004
            """)
    void leavesOutThePeriodOfAnotherClause(String sentence, String figure, String period, String before) {
        assertEquals(period, field(sentence, figure, Figure.FigureContext::period));
    }

    @ParameterizedTest(name = "[{index}] {1}: {2} (was {3})")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Profit was £1.2bn, against £1.5bn a year earlier. | £1.5bn | a year earlier | -
            Exports rose 4% the previous month. | 4% | the previous month | -
            The airline lost $310m in the three months to June. | $310m | in the three months to June | -
            Some 9,000 tickets have been sold so far. | Some 9,000 | so far | -
            So far 700 people have signed up this month. | 700 | this month | this month
            The service now has 40 million users. | 40 million | now | -
            Imports in March-May rose to $12bn. | $12bn | in March-May | in March
            About 30% of new cars will be electric by 2030. | About 30% | by 2030 | -
            The budget for the 2019 fiscal year includes $7bn for roads. | $7bn | the 2019 fiscal year | -
            The film took £3m in three days. | £3m | in three days | -
            The plant laid off 120 workers earlier this month. | 120 | earlier this month | this month
            Revenue rose 8% in the first quarter. | 8% | in the first quarter | -
            Unemployment is 8%, compared with 11% five years ago. | 11% | five years ago | -
            The show drew 2,000 fans last night. | 2,000 | last night | -
            Voters in 12 states go to the polls next Tuesday. | 12 | next Tuesday | -
            The top three albums of 2015 sold well. | three | of 2015 | -
            Gunmen stormed a hotel late on Friday, before killing 12 guests. | 12 | on Friday | on Friday
            The band has played 300 gigs since forming in 2009. | 300 | since forming in 2009 | in 2009
            Police are investigating the March theft of $2 million. | $2 million | the March | -
            The deal covers the last 10 years of profits worth £90m. | £90m | the last 10 years | -
            The mill lost £4m in the two years after it opened. | £4m | in the two years | -
            """)
    void readsMorePeriodPhrases(String sentence, String figure, String period, String before) {
        assertEquals(period, field(sentence, figure, Figure.FigureContext::period));
    }

    @ParameterizedTest(name = "[{index}] {1}: {2} (was {3})")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            UK car sales fell 4% in May. | 4% | UK | -
            The survey covered 15 US cities. | 15 | US | -
            The index covers 1% of India's exports. | 1% | India's | -
            Three French critics praised the film. | Three | - | -
            The firm has 2,000 staff worldwide. | 2,000 | worldwide | -
            The app has 50 million users around the world. | 50 million | world | -
            Globally, sales reached 8 million. | 8 million | Globally | -
            Storms injured at least 12 people in eastern Kansas. | at least 12 | eastern Kansas | -
            Five tornadoes were reported in Tulsa County. | Five | Tulsa County | -
            The chain closed 40 stores across the U.S. last year. | 40 | U.S. | U
            More than 300 schools in the United States have closed. | More than 300 | United States | United
            Some 800 people live in the city of Tulsa. | Some 800 | city of Tulsa | -
            He was seen at Brussels airport with two other men. | two | Brussels airport | Brussels
            Around 30 Leeds teachers joined a protest at Leeds Beckett University. | Around 30 | Leeds | Leeds Beckett University
            Air Canada plans to hire 600 pilots. | 600 | - | -
            The US dollar traded at $1.10. | $1.10 | - | -
            Mexican workers living in the US sent $2bn home. | $2bn | US | -
            The company sold 5 million phones in the UK, where it has 300 shops. | 300 | UK | -
            A volcano erupted in western Indonesia, killing 6 people. | 6 | western Indonesia | -
            A bomb went off in the capital Ankara, wounding 20 people. | 20 | capital Ankara | -
            Toyota plans to invest 20 billion yen ($180 million) in a plant in Japan. | 20 billion yen | Japan | -
            """)
    void readsThePlaceTheSentenceNames(String sentence, String figure, String place, String before) {
        assertEquals(place, field(sentence, figure, Figure.FigureContext::place));
    }

    /** The new phrases resolve to dates the consistency check can compare; "-" for an open or unknown end. */
    @ParameterizedTest(name = "[{index}] {0} on {1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            in the three months to September | 2016-03-01 | 2015-07-01 | 2015-09-30
            in the year to March | 2016-05-01 | 2015-04-01 | 2016-03-31
            in April-July | 2016-09-01 | 2016-04-01 | 2016-07-31
            in November-February | 2016-03-01 | 2015-11-01 | 2016-02-29
            2013-2015 | 2016-03-01 | 2013-01-01 | 2015-12-31
            for 2005 to 2015 | 2016-03-01 | 2005-01-01 | 2015-12-31
            the first quarter | 2016-05-10 | 2016-01-01 | 2016-03-31
            the fourth quarter | 2016-05-10 | 2015-10-01 | 2015-12-31
            first-quarter | 2016-05-10 | 2016-01-01 | 2016-03-31
            in the second quarter of 2014 | 2016-05-10 | 2014-04-01 | 2014-06-30
            by 2008 | 2005-03-01 | - | 2008-12-31
            by the end of 2017 | 2016-03-01 | - | 2017-12-31
            by the end of the year | 2016-03-01 | - | 2016-12-31
            a year ago | 2016-03-01 | 2015-03-01 | 2015-03-01
            four years ago | 2016-03-01 | 2012-03-01 | 2012-03-01
            a year earlier | 2016-03-01 | - | -
            the previous month | 2016-03-01 | - | -
            earlier this month | 2016-03-15 | 2016-03-01 | 2016-03-15
            so far | 2016-03-15 | - | 2016-03-15
            now | 2016-03-15 | 2016-03-15 | 2016-03-15
            last night | 2016-03-15 | 2016-03-14 | 2016-03-14
            next Tuesday | 2016-03-01 | 2016-03-08 | 2016-03-08
            as of June 2 | 2016-07-01 | 2016-06-02 | 2016-06-02
            of 2004 | 2016-03-01 | 2004-01-01 | 2004-12-31
            on Dec. 5, 2014 | 2016-03-01 | 2014-12-05 | 2014-12-05
            on Sept 9 | 2016-03-01 | 2015-09-09 | 2015-09-09
            since coming to power in 1997 | 2016-03-01 | 1997-01-01 | 2016-03-01
            the last 10 years | 2016-03-01 | 2006-03-01 | 2016-03-01
            """)
    void resolvesTheNewPhrases(String phrase, LocalDate published, LocalDate from, LocalDate to) {
        assertEquals(new PeriodResolver.Range(from, to), PeriodResolver.resolve(phrase, published));
    }
}
