package claimdesk.model;

import java.time.Instant;

/**
 * An evidence file stored once in the ledger, named by the SHA-256 of its bytes (lower-case hex). {@code text} is the
 * readable text extracted at attach time (null for images and other files without text); {@code size} is in bytes.
 */
public record Attachment(long id, String sha256, long size, String mediaType, String originalName, String text,
                         Instant storedAt) {

    public boolean hasText() {
        return text != null && !text.isBlank();
    }

    /** True for files the app can show itself as text (plain text and HTML). */
    public boolean isTextual() {
        return mediaType.startsWith("text/");
    }
}
