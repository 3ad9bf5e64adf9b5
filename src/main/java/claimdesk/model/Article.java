package claimdesk.model;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One article in the library. {@code text} is the text as stored (line ends normalised to {@code \n}); every offset
 * in the ledger (claims, figures) counts UTF-16 characters of it. {@code textHash} is the SHA-256 of the normalised
 * text and is what makes a second import of the same text a duplicate. Two articles are equal when all fields are.
 */
public record Article(long id, UUID uuid, ArticleMetadata metadata, String text, String textHash,
                      String sourceName, Instant importedAt) {

    public Article {
        Objects.requireNonNull(uuid, "uuid");
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(textHash, "textHash");
    }

    public String headline() {
        return metadata.headline();
    }

    public Article withMetadata(ArticleMetadata newMetadata) {
        return new Article(id, uuid, newMetadata, text, textHash, sourceName, importedAt);
    }
}
