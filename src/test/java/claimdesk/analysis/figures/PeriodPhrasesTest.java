package claimdesk.analysis.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import claimdesk.model.Figure;
import claimdesk.model.FigureKind;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 12: the period phrases of wire stories, resolved to dates, and "each day" read as a rate. */
class PeriodPhrasesTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2016, 3, 1);
    private final FigureExtractor extractor = new FigureExtractor(new FigureContextFinder());

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # sentence                                                              | figure | period                                  | from       | to         | read before as
            Police recorded 1,200 thefts between January 1 and January 21, 2016.     | 1,200  | between January 1 and January 21, 2016  | 2016-01-01 | 2016-01-21 | no period
            Police recorded 1,200 thefts from 1 to 21 January 2016.                  | 1,200  | from 1 to 21 January 2016               | 2016-01-01 | 2016-01-21 | no period; "1" a count
            Police recorded 1,200 thefts in the first three weeks of January.        | 1,200  | in the first three weeks of January     | 2016-01-01 | 2016-01-21 | no period
            Police recorded 900 thefts in the first week of February 2016.           | 900    | in the first week of February 2016      | 2016-02-01 | 2016-02-07 | in February 2016
            Police recorded 900 thefts from February 3 to 9.                         | 900    | from February 3 to 9                    | 2016-02-03 | 2016-02-09 | no period; "9" a count
            Officials said 1,200 homes were damaged between 5 and 9 January.         | 1,200  | between 5 and 9 January                 | 2016-01-05 | 2016-01-09 | no period; "5" a count
            """)
    void readsThePeriod(String sentence, String figure, String period, LocalDate from, LocalDate to,
                        String before) {
        Figure f = statistic(sentence, figure);
        assertNotNull(f.context().period(), () -> "no period; was " + before);
        assertEquals(period, f.context().period().text());
        assertEquals(from, f.context().periodFrom());
        assertEquals(to, f.context().periodTo());
        assertEquals(1, extractor.extract(sentence, PUBLISHED).size(), "the days of the period are no counts");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # sentence                                            | figure      | per | read before as
            About 300 migrants arrive each day.                    | About 300   | day | (already right)
            Some 300 migrants arrive per day.                      | Some 300    | day | (already right)
            Some 30 migrants drown each day in the Aegean.         | Some 30     | day | count 30
            About 3,000 people cross the border each day.          | About 3,000 | day | count 3000
            Nearly 40 boats reach the island every week.           | Nearly 40   | week | count 40
            """)
    void aDayAfterTheClauseIsARate(String sentence, String figure, String per, String before) {
        Figure f = statistic(sentence, figure);
        assertEquals(FigureKind.RATE, f.kind(), "was " + before);
        assertEquals(per, f.per());
    }

    private Figure statistic(String sentence, String text) {
        List<Figure> found = extractor.extract(sentence, PUBLISHED).stream().filter(f -> f.text().equals(text))
                .toList();
        assertEquals(1, found.size(), () -> text + " in " + extractor.extract(sentence, PUBLISHED));
        return found.get(0);
    }
}
