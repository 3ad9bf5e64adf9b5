package claimdesk.model;

import java.util.Objects;

/**
 * The link between a claim and a source: how the source bears on the claim and the passage of it that matters.
 * {@code quote} is never null (empty when none was given); {@code passage} is null unless the source is an article
 * of the library, where it locates the quote in that article's text.
 */
public record ClaimSource(long id, long claimId, long sourceId, Stance stance, String quote, Passage passage) {

    public ClaimSource {
        Objects.requireNonNull(stance, "stance");
        quote = quote == null ? "" : quote.strip();
    }

    public ClaimSource with(Stance newStance, String newQuote) {
        return new ClaimSource(id, claimId, sourceId, newStance, newQuote, passage);
    }
}
