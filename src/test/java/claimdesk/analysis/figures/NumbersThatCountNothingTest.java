package claimdesk.analysis.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import claimdesk.model.Figure;
import claimdesk.model.FigureKind;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 12, value precision on general news: ages, ranks, number words inside names, version lists, multipliers,
 * durations, dates, set phrases, race names, set scores and numbers in titles count nothing. Each row gives the
 * reading that came out before; the second table gives the figures next to them that must stay.
 */
class NumbersThatCountNothingTest {
    private final FigureExtractor extractor = new FigureExtractor();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # sentence                                                              | not a figure | read before as
            # ages
            When he was nine, his family moved to Leeds.                             | nine         | count 9
            She learned to swim when she was 6, in a river.                          | 6            | count 6
            At 31, Okafor is the oldest player in the squad.                         | 31           | count 31
            The composer died in Vienna at age 91 after a short illness.             | 91           | count 91
            A man aged 40 was charged on Friday.                                     | 40           | (already other)
            The deal was backed by Senator Mary Landrieu, 58.                        | 58           | count 58
            # ranks and positions
            The single entered the chart at number three this week.                  | three        | count 3
            The song slipped to number 4 after a month.                              | 4            | count 4
            Her rival, the number two, pulled out of the race.                       | two          | count 2
            They held the number one spot for nine weeks.                            | one          | (already other)
            The club wants regular top four finishes in the league.                  | four         | count 4
            The phone made the magazine's Top Twenty list again.                     | Twenty       | count 20
            # capitalised number words inside names
            The review praised the Ocean's Eleven director for his pace.            | Eleven       | count 11
            He told BBC Radio Four that the plan was sound.                          | Four         | count 4
            England's Five Nations title came in the final minute.                   | Five         | count 5
            Ministers from the Group of Twenty met in Osaka.                         | Twenty       | count 20
            Ministers of the Group of Eight met in Italy.                            | Eight        | count 8
            # product versions in a list
            The patch covers Windows 7, 8, 10 and Server.                            | 8            | count 8
            The patch covers Windows 7, 8, 10 and Server.                            | 10           | count 10
            # multipliers
            Prices there are ten times higher than at home.                          | ten          | count 10
            The new chip is 5 times faster than the old one.                         | 5            | count 5
            The flood was three times worse than forecast.                           | three        | count 3
            # durations
            The firm posted six straight quarters of losses.                         | six          | count 6
            Shares fell for three consecutive days.                                  | three        | (already duration)
            Both sides backed a four- to six-week ceasefire.                         | four         | count 4
            The charge lasts three to 4.5 hours.                                     | three        | count 3 to 4.5
            # dates and set phrases
            The vote may be held on 6 or 7 May, officials said.                      | 6            | count 6
            The mayor promised zero tolerance for fare dodgers.                      | zero         | count 0
            # race distances that name an event
            She will defend her 1500m title in Glasgow.                              | 1500         | measure 1500 m
            The 400m champion withdrew with an injury.                               | 400          | measure 400 m
            He won the 100 metres final in Rome.                                     | 100          | measure 100 m
            # halves of a match
            A first-half penalty gave the hosts the lead.                            | half         | proportion 0.5
            # set scores
            She won 7-5 2-6 6-4 in the second round.                                 | 2-6          | count 2 to 6
            He lost 6-4 6-7 (5-7) 3-6 to the top seed.                               | 5-7          | count 5 to 7
            # years and numbers in titles, tickers
            Hosting Qatar 2022 seems costly, officials said.                         | 2022         | count 2022
            Critics of the 1798 Sedition Act saw it as a gag.                        | 1798         | count 1798
            Shares of Sony Corp (6758.T) rose after the report.                      | 6758         | count 6758
            """)
    void aNumberThatCountsNothingIsNoStatistic(String sentence, String part, String before) {
        int at = sentence.indexOf(part);
        for (Figure f : extractor.extract(sentence)) {
            assertTrue(f.end() <= at || f.start() >= at + part.length(), () -> "statistic " + f.text() + " in "
                    + sentence + " (before: " + before + ")");
        }
        List<Figure> all = extractor.extractAll(sentence, null);
        assertTrue(all.stream().anyMatch(f -> !f.kind().isStatistic() && f.start() <= at
                && f.end() >= at + part.length()), () -> "no non-statistic over " + part + " in " + all);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # sentence                                                              | figure that stays | kind
            Three people were hurt when the roof fell.                               | Three          | COUNT
            Two Killed In Crash On Icy Road                                          | Two            | COUNT
            KABUL Seven Afghans died in the blast on Monday.                         | Seven          | COUNT
            HAVANA, Cuba Three people drowned when a boat sank.                      | Three          | COUNT
            The top five banks hold 60% of deposits.                                 | five           | COUNT
            A number of firms cut 300 jobs.                                          | 300            | COUNT
            Sales could top 2 million this year.                                     | 2 million      | COUNT
            He is 40 points clear at the top.                                        | 40             | COUNT
            She ran 800m in training before 200 fans.                                | 800m           | MEASURE
            Chelsea won 2-1 and Arsenal signed 3 players.                            | 3              | COUNT
            Leaders of the 27 member states met in Brussels.                         | 27             | COUNT
            They take the pill three times a day.                                    | three times a day | RATE
            In 2022 tourists spent $5 billion there.                                 | $5 billion     | MONEY
            About 1,500 people were killed in the 2010 floods.                       | About 1,500    | COUNT
            """)
    void realFiguresBesideThemStay(String sentence, String figure, FigureKind kind) {
        List<Figure> found = extractor.extract(sentence).stream().filter(f -> f.text().equals(figure)).toList();
        assertEquals(1, found.size(), () -> figure + " missing from " + extractor.extract(sentence));
        assertEquals(kind, found.get(0).kind());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # sentence                                                        | figure               | kind    | value | unit  | read before as
            Jets at take-off can reach 140 decibels.                           | 140 decibels         | MEASURE | 140   | dB    | count 140
            The limit is 10 parts per billion of arsenic.                      | 10 parts per billion | MEASURE | 10    | ppb   | count 10
            Ozone rose to 80 parts per million downtown.                       | 80 parts per million | MEASURE | 80    | ppm   | count 80
            Children with 3.5 micrograms per deciliter need follow-up.         | 3.5 micrograms per deciliter | MEASURE | 3.5 | µg/dL | measure 3.5 µg
            """)
    void newsUnitsAreMeasures(String sentence, String figure, FigureKind kind, BigDecimal value, String unit,
                              String before) {
        Figure f = only(sentence, figure, before);
        assertEquals(kind, f.kind());
        assertEquals(0, value.compareTo(f.low()));
        assertEquals(unit, f.unit());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # sentence                                                   | figure             | unit | read before as
            The drone can be flown from more than a mile away.            | more than a mile   | mi   | nothing
            The queue stretched for almost a kilometre.                   | almost a kilometre | km   | nothing
            Lava crept forward nearly a metre an hour.                    | nearly a metre an hour | m | nothing
            """)
    void anArticleAfterAQualifierIsOneUnit(String sentence, String figure, String unit, String before) {
        Figure f = only(sentence, figure, before);
        assertEquals(FigureKind.MEASURE, f.kind());
        assertEquals(0, BigDecimal.ONE.compareTo(f.low()));
        assertEquals(unit, f.unit());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # sentence: an article before a unit without a qualifier is no number
            She walked a mile to school every day.
            A metre of snow fell overnight.
            It was a pound heavier than last year.
            """)
    void anArticleBeforeAUnitAloneIsNoFigure(String sentence) {
        assertTrue(extractor.extract(sentence).isEmpty(), () -> "statistics in " + sentence + ": "
                + extractor.extract(sentence));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # sentence                                                   | figure           | value        | read before as
            The bank lent 12.5bn roubles to the airline.                  | 12.5bn roubles   | 12500000000  | count 12500000000
            The court fined him 300 million rubles.                       | 300 million rubles | 300000000  | count 300000000
            """)
    void roublesAfterAScaleAreMoney(String sentence, String figure, BigDecimal value, String before) {
        Figure f = only(sentence, figure, before);
        assertEquals(FigureKind.MONEY, f.kind());
        assertEquals("RUB", f.currency());
        assertEquals(0, value.compareTo(f.low()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # sentence                                                        | figure       | read before as
            One dead after boat capsizes off the coast                         | One          | other 1
            Two dead, one injured as bus overturns                             | one          | other 1
            One Fatality As Storm Hits Coast                                   | One          | other 1
            At least one gunman fled on foot, police said.                     | At least one | other 1
            Officers found more than one device in the car.                    | more than one | other 1
            One woman was killed when the roof of the depot gave way.          | One          | other 1
            One passenger has been detained at the border post.                | One          | other 1
            Police said one officer was shot and wounded near the bridge.      | one          | other 1
            One child died after the ferry sank, officials said.               | One          | other 1
            """)
    void oneCountsBeforeANounThatIsCounted(String sentence, String figure, String before) {
        Figure f = only(sentence, figure, before);
        assertEquals(FigureKind.COUNT, f.kind());
        assertEquals(0, BigDecimal.ONE.compareTo(f.low()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # sentence: "one" as a pronoun, an article or one person's doing
            One of the banks said it would appeal.
            One protester held a sign reading No More.
            One week into the strike, talks resumed.
            At one point the crowd fell silent.
            No one was hurt in the fire.
            This is not a story about one lucky gambler.
            One man was seen running from the scene.
            The one soldier killed there was never named.
            No one person was hurt when the stage fell.
            One was critical after the crash.
            """)
    void oneAsPronounOrArticleStaysOther(String sentence) {
        assertTrue(extractor.extract(sentence).isEmpty(), () -> "statistics in " + sentence + ": "
                + extractor.extract(sentence));
    }

    private Figure only(String sentence, String figure, String before) {
        List<Figure> found = extractor.extract(sentence).stream().filter(f -> f.text().equals(figure)).toList();
        assertEquals(1, found.size(), () -> figure + " missing from " + extractor.extract(sentence) + " (before: "
                + before + ")");
        return found.get(0);
    }
}
