package claimdesk.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A statement in an article that the desk checks. Tags are kept sorted and lower-case so that equal tag sets compare
 * equal. {@code note} is never null (empty when there is none). Timestamps are set by the ledger.
 *
 * <p>{@code claimant} is the person or body who made the claim ("Bijar" in "According to Bijar, ..."), as the
 * reviewer wrote it; null when not given (never blank), and reports then fall back to what the text names, then to
 * the outlet. It is not the article's author, who reports the claim.
 *
 * <p>{@code figure} is the figure the claim was made from, or null (a claim tagged from a selection).
 *
 * <p>{@code version} counts the saves of the stored claim (0 when created); a save names the version it was read
 * at and is refused when the ledger holds a newer one. It is part of equality, like the timestamps.
 */
public record Claim(long id, UUID uuid, long articleId, TextQuote quote, List<String> tags, Verdict verdict,
                    ClaimStatus status, String note, Instant createdAt, Instant updatedAt, String claimant,
                    ClaimFigure figure, int version) {

    public Claim {
        Objects.requireNonNull(uuid, "uuid");
        Objects.requireNonNull(quote, "quote");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(status, "status");
        tags = Tags.normalise(tags);
        note = note == null ? "" : note;
        claimant = claimant == null || claimant.isBlank() ? null : claimant.strip();
    }

    /**
     * A claim not stored yet (id 0, version 0): a draft about to be inserted, or one read from a case file. A claim
     * read from the ledger keeps the version it was read at, so it is built with the full constructor instead.
     */
    public static Claim unsaved(UUID uuid, long articleId, TextQuote quote, List<String> tags, Verdict verdict,
                                ClaimStatus status, String note, Instant createdAt, Instant updatedAt,
                                String claimant, ClaimFigure figure) {
        return new Claim(0, uuid, articleId, quote, tags, verdict, status, note, createdAt, updatedAt, claimant,
                figure, 0);
    }

    public Claim withNote(String newNote) {
        return new Claim(id, uuid, articleId, quote, tags, verdict, status, newNote, createdAt, updatedAt, claimant,
                figure, version);
    }

    /** The claim over a new quote; the figure it was made from follows its text, or is dropped if gone. */
    public Claim withQuote(TextQuote newQuote) {
        return new Claim(id, uuid, articleId, newQuote, tags, verdict, status, note, createdAt, updatedAt, claimant,
                figure == null ? null : figure.within(newQuote.exact()), version);
    }

    public Claim withStatus(ClaimStatus newStatus) {
        return new Claim(id, uuid, articleId, quote, tags, verdict, newStatus, note, createdAt, updatedAt, claimant,
                figure, version);
    }

    public Claim withTags(List<String> newTags) {
        return new Claim(id, uuid, articleId, quote, newTags, verdict, status, note, createdAt, updatedAt, claimant,
                figure, version);
    }

    public Claim withClaimant(String newClaimant) {
        return new Claim(id, uuid, articleId, quote, tags, verdict, status, note, createdAt, updatedAt, newClaimant,
                figure, version);
    }

    public Claim withFigure(ClaimFigure newFigure) {
        return new Claim(id, uuid, articleId, quote, tags, verdict, status, note, createdAt, updatedAt, claimant,
                newFigure, version);
    }

    /** The same claim read at another version; what a save over a newer stored claim names. */
    public Claim withVersion(int newVersion) {
        return new Claim(id, uuid, articleId, quote, tags, verdict, status, note, createdAt, updatedAt, claimant,
                figure, newVersion);
    }

    /** For SQL binding: the figure's offset in the quote, or null. */
    public Integer figureOffset() {
        return figure == null ? null : figure.offset();
    }

    /** For SQL binding: the figure's text, or null. */
    public String figureText() {
        return figure == null ? null : figure.text();
    }
}
