package claimdesk.analysis.consistency;

import static org.junit.jupiter.api.Assertions.assertEquals;

import claimdesk.analysis.figures.FigureExtractor;
import claimdesk.model.Figure;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The checks compare money by amount: "19 cents" and "$0.19" are the same figure to them. */
class SubunitComparisonTest {
    private final FigureExtractor extractor = new FigureExtractor();

    @Test
    void centsAndDollarsGiveTheSameMeasureKeyAndValue() {
        Figure cents = checked("Acme shares rose 19 cents.");
        Figure dollars = checked("Acme shares rose $0.19.");

        assertEquals(0, cents.low().compareTo(dollars.low()));
        assertEquals(0, cents.high().compareTo(dollars.high()));
        assertEquals(dollars.unit(), cents.unit());
        assertEquals(MeasureKey.of(dollars).map(MeasureKey::code), MeasureKey.of(cents).map(MeasureKey::code));
    }

    @Test
    void theArticleKeepsTheSpanAsWritten() {
        Figure cents = checked("Acme shares rose 19 cents.");

        assertEquals("19 cents", cents.text());
    }

    private Figure checked(String text) {
        List<Figure> figures = new ArticleFigures("a.txt", text, null, extractor.extract(text)).figures();
        return figures.get(0);
    }
}
