package claimdesk.analysis.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;

import claimdesk.analysis.FigureReading;
import claimdesk.model.Figure;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Money in a sub-unit keeps its stated value and unit; the amount in the main unit is a second reading. */
class MoneySubunitsTest {
    private final FigureExtractor extractor = new FigureExtractor();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # sentence                                         | span      | low | unit  | currency | amount | reading                 | wrong reading before
            Shares in the miner were up 19 cents at the close.  | 19 cents  | 19  | cent  | USD      | 0.19   | USD 0.19 (USD 19 cent)  | low 0.19, no unit
            BT shares closed at 164p on Tuesday.                | 164p      | 164 | penny | GBP      | 1.64   | GBP 1.64 (GBP 164 penny) | low 1.64, no unit
            A loaf now costs 95 pence in most shops.            | 95 pence  | 95  | penny | GBP      | 0.95   | GBP 0.95 (GBP 95 penny)  | low 0.95, no unit
            """)
    void keepsTheSubunitAndGivesTheAmount(String sentence, String span, BigDecimal low, String unit,
                                          String currency, BigDecimal amount, String reading, String wrong) {
        List<Figure> figures = extractor.extract(sentence);

        assertEquals(1, figures.size(), () -> "figures: " + figures);
        Figure f = figures.get(0);
        assertEquals(span, f.text());
        assertEquals(0, low.compareTo(f.low()));
        assertEquals(0, low.compareTo(f.high()));
        assertEquals(unit, f.unit());
        assertEquals(currency, f.currency());
        assertEquals(0, amount.compareTo(f.amountLow()));
        assertEquals(0, amount.compareTo(f.amountHigh()));
        assertEquals(reading, FigureReading.value(f));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # in a sub-unit          | in the main unit
            The stock fell 19 cents. | The stock fell $0.19.
            Stamps cost 85p now.     | Stamps cost £0.85 now.
            """)
    void aSubunitAmountNormalisesToTheMainUnitsFigure(String subunit, String main) {
        Figure a = extractor.extract(subunit).get(0).normalised();
        Figure b = extractor.extract(main).get(0);

        assertEquals(0, a.low().compareTo(b.low()));
        assertEquals(a.currency(), b.currency());
        assertEquals(a.unit(), b.unit());
        assertEquals(FigureReading.value(a), FigureReading.value(b));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # sentence                                      | amount
            The fare is 3 dollars 50 cents.                  | 3.5
            The meal cost $12, or 1,200 cents.               | 12
            """)
    void amountsInTheMainUnitAreTheirOwnAmount(String sentence, BigDecimal amount) {
        Figure f = extractor.extract(sentence).get(0);

        assertEquals(0, amount.compareTo(f.amountLow()));
        assertEquals(f.low(), f.amountLow());
    }
}
