package claimdesk.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A statement in an article that the desk checks. Tags are kept sorted and lower-case so that equal tag sets compare
 * equal. {@code note} is never null (empty when there is none). Timestamps are set by the ledger.
 */
public record Claim(long id, UUID uuid, long articleId, TextQuote quote, List<String> tags, Verdict verdict,
                    ClaimStatus status, String note, Instant createdAt, Instant updatedAt) {

    public Claim {
        Objects.requireNonNull(uuid, "uuid");
        Objects.requireNonNull(quote, "quote");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(status, "status");
        tags = Tags.normalise(tags);
        note = note == null ? "" : note;
    }

    public Claim withNote(String newNote) {
        return new Claim(id, uuid, articleId, quote, tags, verdict, status, newNote, createdAt, updatedAt);
    }

    public Claim withQuote(TextQuote newQuote) {
        return new Claim(id, uuid, articleId, newQuote, tags, verdict, status, note, createdAt, updatedAt);
    }
}
