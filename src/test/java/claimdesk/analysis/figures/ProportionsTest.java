package claimdesk.analysis.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import claimdesk.analysis.FigureReading;
import claimdesk.model.Figure;
import claimdesk.model.FigureKind;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 12: spelled-out fractions and "one in five" are proportions, valued as the fraction itself. */
class ProportionsTest {
    private final FigureExtractor extractor = new FigureExtractor();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # sentence                                        | span                | value | qualifier | reading           | read before as
            Two thirds of the 300 patients recovered.          | Two thirds          | 2/3   |           | 2/3 ≈ 66.7 %      | percent 66.67
            Half of the residents left the town.               | Half                | 1/2   |           | 1/2 ≈ 50 %        | percent 50
            A third of those screened tested positive.         | A third             | 1/3   |           | 1/3 ≈ 33.3 %      | percent 33.33
            One in five adults smoke, the survey found.        | One in five         | 1/5   |           | 1/5 ≈ 20 %        | percent 20
            Nearly half of voters backed the plan.             | Nearly half         | 1/2   | nearly    | ≈ 1/2 ≈ 50 %      | percent 50
            Three quarters of the homes were damaged.          | Three quarters      | 3/4   |           | 3/4 ≈ 75 %        | percent 75
            """)
    void aFractionIsAProportion(String sentence, String span, String value, String qualifier, String reading,
                                String before) {
        Figure f = only(sentence, span);
        String[] parts = value.split("/");
        BigDecimal expected = new BigDecimal(parts[0]).divide(new BigDecimal(parts[1]), MathContext.DECIMAL64);
        assertEquals(FigureKind.PROPORTION, f.kind(), "was " + before);
        assertEquals(0, expected.compareTo(f.low()), "low");
        assertEquals(0, expected.compareTo(f.high()), "high");
        assertEquals(qualifier, f.qualifier());
        assertEquals(reading, FigureReading.describe(f));
        assertTrue(f.kind().isStatistic());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # sentence                                               | word          | read before as
            The third-party seller shipped the parcels.               | third-party   | (already other)
            Flags flew at half-staff across the country.              | half-staff    | percent 50
            At half-time the score was level.                         | half-time     | percent 50
            The car has a six-speed gearbox.                          | six-speed     | count 6
            The visitors scored twice in the first half.              | half          | percent 50
            Growth slowed in the second half of the year.             | half          | percent 50
            It marks a sixth straight quarter of expansion.            | a sixth       | proportion 0.167
            The defeat was a ninth successive game without a win.      | a ninth       | proportion 0.111
            A third man caught on camera was named on Saturday.        | A third       | proportion 0.333
            """)
    void aFractionInsideAWordIsNoFigure(String sentence, String word, String before) {
        int at = sentence.indexOf(word);
        for (Figure f : extractor.extract(sentence)) {
            assertTrue(f.end() <= at || f.start() >= at + word.length(),
                    () -> "statistic " + f.text() + " (before: " + before + ")");
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # sentence                                  | span                  | value | read before as
            The wait lasted a quarter of an hour.        | a quarter of an hour  | 0.25  | percent 25
            The talks took half an hour.                 | half an hour          | 0.5   | percent 50
            """)
    void aFractionOfATimeUnitIsADuration(String sentence, String span, BigDecimal value, String before) {
        Figure f = extractor.extractAll(sentence, null).stream().filter(x -> x.text().equals(span)).findFirst()
                .orElseThrow(() -> new AssertionError(span + " not in " + extractor.extractAll(sentence, null)));
        assertEquals(FigureKind.DURATION, f.kind(), "was " + before);
        assertEquals(0, value.compareTo(f.low()));
        assertEquals(List.of(), extractor.extract(sentence));
    }

    private Figure only(String sentence, String span) {
        List<Figure> found = extractor.extract(sentence).stream().filter(f -> f.text().equals(span)).toList();
        assertEquals(1, found.size(), () -> span + " in " + extractor.extract(sentence));
        return found.get(0);
    }
}
