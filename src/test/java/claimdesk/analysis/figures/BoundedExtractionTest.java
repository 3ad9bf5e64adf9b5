package claimdesk.analysis.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import claimdesk.model.Figure;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Texts no article should be, but an import or a case file can bring: one 10 MB line, a run of millions of digits,
 * a sentence of nothing but numbers. Extraction finishes on each with work and memory that grow with the length
 * only; how fast is a benchmark's business, so nothing here is timed.
 */
class BoundedExtractionTest {

    private static final FigureExtractor EXTRACTOR = new FigureExtractor(new FigureContextFinder());
    private static final String PHRASE = "some 3,000 people left Herat and 25% of them paid $1.2 million ";

    private static String repeated(String unit, int length) {
        StringBuilder text = new StringBuilder("Headline\n\n");
        while (text.length() < length) {
            text.append(unit);
        }
        return text.toString();
    }

    @Test
    void aTenMegabyteLineWithoutFullStopsGivesEveryFigureItsContext() {
        String text = repeated(PHRASE, 10_000_000);
        int phrases = (text.length() - "Headline\n\n".length()) / PHRASE.length();

        List<Figure> figures = EXTRACTOR.extract(text, null);

        assertEquals(3 * phrases, figures.size());
        Figure last = figures.get(figures.size() - 3);
        assertEquals("some 3,000", last.text());
        assertEquals(new BigDecimal("3000"), last.low());
        assertEquals("people", last.context().subject().text());
        assertEquals("Herat", last.context().place().text());
    }

    @Test
    void aRunOfMillionsOfDigitsIsNoNumber() {
        String text = "Headline\n\nThe key is " + "7".repeat(5_000_000) + " and 40 people came.";

        List<Figure> figures = EXTRACTOR.extract(text, null);

        assertEquals(List.of("40"), figures.stream().map(Figure::text).toList());
    }

    @Test
    void aHundredDigitsAreStillANumber() {
        String digits = "1" + "0".repeat(DigitNumbers.MAX_DIGITS - 1);

        List<Figure> figures = EXTRACTOR.extract("Headline\n\nThey owe " + digits + " dollars.", null);

        assertEquals(new BigDecimal(digits), figures.get(0).low());
    }

    @Test
    void anExponentBeyondAHundredDigitsIsNoNumber() {
        List<Figure> figures = EXTRACTOR.extract("Headline\n\nIt was 1e9999 or 2^-999 and 1e35 tonnes.", null);

        assertEquals(List.of("1e35 tonnes"), figures.stream().map(Figure::text).toList());
    }

    @Test
    void aLongSentenceOfBareNumbersIsReadInBoundedPieces() {
        String text = repeated("1 ", 1_000_000) + repeated("5% in 2020 ", 1_000_000).substring(8);

        List<Figure> figures = EXTRACTOR.extract(text, null);

        assertTrue(figures.size() > 500_000, "every bare number is a figure: " + figures.size());
    }

    @Test
    void manyAddressesDoNotSlowTheNumbersBetweenThem() {
        String text = repeated("see www.example.org/a1 or http://x.org/2 for 30 people ", 1_000_000);

        List<Figure> figures = EXTRACTOR.extract(text, null);

        assertTrue(figures.stream().allMatch(f -> f.text().equals("30")), "digits in addresses are no figures");
        assertEquals(text.split("30 people", -1).length - 1, figures.size());
    }
}
