package claimdesk.model;

import java.util.Objects;

/**
 * The figure a claim was made from, when the reviewer made it from the Figures tab: the claim quotes the whole
 * sentence, and this keeps which number in it was the reason. {@code offset} counts from the start of the claim's
 * quote, so the link moves with the claim when its quote is re-anchored in a changed text.
 */
public record ClaimFigure(int offset, String text) {

    public ClaimFigure {
        Objects.requireNonNull(text, "text");
        if (offset < 0 || text.isEmpty()) {
            throw new IllegalArgumentException("a claim figure needs a non-negative offset and a text");
        }
    }

    /** The figure at {@code [start, end)} of the article, inside {@code quote}; null when it is not inside. */
    public static ClaimFigure in(TextQuote quote, int start, int end, String text) {
        if (start < quote.start() || end > quote.end() || start >= end) {
            return null;
        }
        return new ClaimFigure(start - quote.start(), text);
    }

    /** This figure in a new quote of the same claim: kept where its text still is, else found again, else null. */
    public ClaimFigure within(String quoteText) {
        if (quoteText.startsWith(text, offset)) {
            return this;
        }
        int found = quoteText.indexOf(text);
        return found < 0 ? null : new ClaimFigure(found, text);
    }

    /** Where the figure starts in the article, for a claim quoting {@code quote}. */
    public int startIn(TextQuote quote) {
        return quote.start() + offset;
    }
}
