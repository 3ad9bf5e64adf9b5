package claimdesk.analysis.consistency;

import static claimdesk.analysis.consistency.WireStories.MAY_11;
import static claimdesk.analysis.consistency.WireStories.findings;
import static claimdesk.analysis.consistency.WireStories.story;
import static org.junit.jupiter.api.Assertions.assertEquals;

import claimdesk.analysis.figures.FigureExtractor;
import claimdesk.model.Figure;
import claimdesk.model.FigureKind;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 12: a proportion ("two thirds") is checked and compared as the percent it stands for. */
class ProportionCheckTest {

    @Test
    void aProportionThatDoesNotMatchItsCountIsFlagged() {
        String text = "Hospital figures\n\nOf 900 patients, two thirds recovered, some 450.";

        List<Finding> percent = findings(FindingKind.PERCENT, story("a", text, MAY_11));

        assertEquals(1, percent.size());
        assertEquals("two thirds of 900 is 600, not some 450", percent.get(0).message());
        assertEquals(List.of(), findings(FindingKind.PERCENT, story("a", text.replace("some 450", "some 600"),
                MAY_11)));
    }

    @Test
    void theChecksSeeAProportionAsAPercent() {
        String text = "Two thirds of voters backed the plan; 66% backed it in May.";
        List<Figure> figures = new FigureExtractor().extract(text);
        assertEquals(FigureKind.PROPORTION, figures.get(0).kind());

        ArticleFigures article = new ArticleFigures("a", text, MAY_11, figures);

        Figure read = article.figures().get(0);
        assertEquals(FigureKind.PERCENT, read.kind());
        assertEquals("Two thirds", read.text());
        assertEquals(0, new BigDecimal("66.66666666666667").compareTo(read.low()));
        assertEquals(FigureKind.PERCENT, article.figures().get(1).kind());
    }
}
