package claimdesk.analysis.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SentenceSpanTest {

    private static String around(String text, String figure) {
        int start = text.indexOf(figure);
        SentenceSpan span = SentenceSpan.around(text, start, start + figure.length());
        return text.substring(span.start(), span.end());
    }

    @Test
    void aFigureTakesTheWholeSentenceItIsStatedIn() {
        String text = "Headline\n\nAid groups warned. At least 1.2 million people fled by May, officials said. More came.";

        assertEquals("At least 1.2 million people fled by May, officials said.", around(text, "1.2 million"));
        assertEquals("Aid groups warned.", around(text, "groups"));
    }

    @Test
    void aFigureOnALineOfItsOwnIsThatLine() {
        assertEquals("Returns: 26,320", around("Title\nReturns: 26,320\nMore text.", "26,320"));
    }
}
