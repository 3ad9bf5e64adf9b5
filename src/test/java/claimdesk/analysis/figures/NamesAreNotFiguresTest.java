package claimdesk.analysis.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import claimdesk.model.Figure;
import claimdesk.model.FigureKind;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 12: numbers inside names, identifiers, scores and clock times are OTHER, never statistics. */
class NamesAreNotFiguresTest {
    private final FigureExtractor extractor = new FigureExtractor();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # sentence                                                        | name part    | read before as
            The S&P 500 fell 1.2% while the FTSE 100 closed higher.            | 500          | count 500
            The S&P 500 fell 1.2% while the FTSE 100 closed higher.            | 100          | count 100
            Apple said the iPhone 11 sold well in China.                       | 11           | count 11
            The Big 12 conference added two teams.                             | 12           | count 12
            In Game 2 the Lakers scored 110 points.                            | 2            | count 2
            The Boeing 787 carried 240 passengers.                             | 787          | count 787
            Users of Windows 2000 were told to upgrade.                        | 2000         | year 2000
            The car passed the ISO 3888-2 lane-change test.                    | 3888         | count 3888
            The office at 575 Wilbraham Road, Springfield, MA 01109 closed.    | 575          | count 575
            The office at 575 Wilbraham Road, Springfield, MA 01109 closed.    | 01109        | count 1109
            He sat in seat 14 of section 112.                                  | 14           | count 14
            He sat in seat 14 of section 112.                                  | 112          | count 112
            Chelsea won 2-1 at home on Saturday.                               | 2-1          | count 2 and other 1
            The game ended 89-89 after overtime.                               | 89-89        | count 89 and other 89
            They took a 3-0 lead in the series.                                | 3-0          | count 3 and other 0
            United lost 1-2 to a late goal.                                    | 1-2          | count 1 to 2
            The blast happened at 0401 GMT on Tuesday.                         | 0401 GMT     | count 401
            Markets opened (1030 GMT) lower.                                   | 1030 GMT     | count 1030
            The train left at 10.30pm with 300 people aboard.                  | 10.30pm      | (already other)
            Cases of COVID-19 rose sharply in the city.                        | 19           | (already other)
            Leaders of the G8 met in Scotland.                                 | 8            | (already other)
            Manuel, 17, was arrested with two others.                          | 17           | count 17
            A 17-year-old was killed in the crash.                             | 17           | (already other)
            The book is now 5/4 favourite for the prize.                       | 5/4          | count 1.25
            Bookmakers gave the film 4/9 and 8/13 odds of winning.             | 8/13         | count 0.615
            13/10 (Vid by @klbmatty)                                           | 13/10        | count 1.3
            """)
    void aNumberInANameIsNoStatistic(String sentence, String part, String before) {
        int at = sentence.indexOf(part);
        for (Figure f : extractor.extract(sentence)) {
            assertTrue(f.end() <= at || f.start() >= at + part.length(), () -> "statistic " + f.text() + " in "
                    + sentence + " (before: " + before + ")");
        }
        List<Figure> all = extractor.extractAll(sentence, null);
        assertTrue(all.stream().anyMatch(f -> f.kind() == FigureKind.OTHER && f.start() <= at
                && f.end() >= at + part.length()), () -> "no OTHER figure over " + part + " in " + all);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # sentence                                                        | statistic that stays
            Reuters said 20 people died in the fire.                           | 20
            The S&P 500 fell 1.2% while the FTSE 100 closed higher.            | 1.2%
            Labour won 10-15 seats in the region.                              | 10-15
            The Boeing 787 carried 240 passengers.                             | 240
            In Game 2 the Lakers scored 110 points.                            | 110
            Storm Kills 12 In Texas                                            | 12
            The UN said 2,000 people fled, and UNHCR 1,500 more.               | 1,500
            """)
    void realCountsBesideNamesStay(String sentence, String figure) {
        assertTrue(extractor.extract(sentence).stream().anyMatch(f -> f.text().equals(figure)),
                () -> figure + " missing from " + extractor.extract(sentence));
        assertEquals(1, extractor.extract(sentence).stream().filter(f -> f.text().equals(figure)).count());
    }
}
