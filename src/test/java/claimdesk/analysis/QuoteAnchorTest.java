package claimdesk.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import claimdesk.model.TextQuote;
import org.junit.jupiter.api.Test;

class QuoteAnchorTest {

    private static final String TEXT = "Lead.\n\nAccording to Bijar, more than 75,000 migrants left. Bijar said "
            + "more than 75,000 people had applied.";

    @Test
    void unchangedTextKeepsTheOffsets() {
        TextQuote quote = TextQuote.of(TEXT, 27, 43);

        assertEquals(quote, QuoteAnchor.locate(quote, TEXT).orElseThrow());
    }

    @Test
    void anEditBeforeTheQuoteMovesItAlong() {
        TextQuote quote = TextQuote.of(TEXT, 27, 43);
        String edited = "A longer lead paragraph.\n\n" + TEXT.substring(7);

        TextQuote moved = QuoteAnchor.locate(quote, edited).orElseThrow();

        assertEquals("more than 75,000", moved.exact());
        assertEquals(edited.indexOf("more than 75,000"), moved.start());
    }

    @Test
    void theContextPicksTheRightOneOfTwoEqualQuotes() {
        int second = TEXT.lastIndexOf("more than 75,000");
        TextQuote quote = TextQuote.of(TEXT, second, second + 16);
        String edited = "New first line.\n" + TEXT;

        TextQuote moved = QuoteAnchor.locate(quote, edited).orElseThrow();

        assertEquals(edited.lastIndexOf("more than 75,000"), moved.start());
        assertTrue(moved.suffix().startsWith(" people had applied"));
    }

    @Test
    void aQuoteWhoseWordsAreGoneIsNotFound() {
        TextQuote quote = TextQuote.of(TEXT, 27, 43);

        assertTrue(QuoteAnchor.locate(quote, TEXT.replace("75,000", "80,000")).isEmpty());
    }
}
