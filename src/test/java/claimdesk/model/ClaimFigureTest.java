package claimdesk.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A claim's figure link follows the claim's quote: kept, found again after an edit, or dropped when gone. */
class ClaimFigureTest {

    private static final String TEXT = "Officials said 14,000 people crossed on Monday.";

    @Test
    void aFigureInsideTheQuoteIsLinkedByItsOffsetInTheQuote() {
        TextQuote quote = TextQuote.of(TEXT, 10, TEXT.length());
        ClaimFigure figure = ClaimFigure.in(quote, 15, 21, "14,000");

        assertEquals(new ClaimFigure(5, "14,000"), figure);
        assertEquals(15, figure.startIn(quote));
        assertNull(ClaimFigure.in(quote, 2, 8, "cials "), "starts before the quote");
        assertNull(ClaimFigure.in(TextQuote.of(TEXT, 0, 18), 15, 21, "14,000"), "ends after the quote");
    }

    @Test
    void aNewQuoteKeepsFindsOrDropsTheFigure() {
        ClaimFigure figure = new ClaimFigure(15, "14,000");

        assertSame(figure, figure.within(TEXT), "still at its offset");
        assertEquals(new ClaimFigure(0, "14,000"), figure.within("14,000 people crossed"), "found again");
        assertNull(figure.within("Officials said many people crossed"), "gone");
    }

    @Test
    void withQuoteMovesTheLinkAndOtherEditsKeepIt() {
        Instant now = Instant.now();
        Claim claim = new Claim(1, UUID.randomUUID(), 1, TextQuote.of(TEXT, 0, TEXT.length()), List.of("figure"),
                Verdict.UNRATED, ClaimStatus.DRAFT, "", now, now, null, new ClaimFigure(15, "14,000"), 0);

        assertEquals(new ClaimFigure(15, "14,000"), claim.withNote("n").withTags(List.of()).withClaimant("x").figure());
        assertEquals(new ClaimFigure(5, "14,000"), claim.withQuote(TextQuote.of(TEXT, 10, 30)).figure());
        assertNull(claim.withQuote(TextQuote.of(TEXT, 22, TEXT.length())).figure());
    }
}
