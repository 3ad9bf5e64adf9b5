package claimdesk.model;

import java.util.Objects;

/** An article about to enter the ledger: normalised text, its hash, and what is known about it. */
public record NewArticle(ArticleMetadata metadata, String text, String textHash, String sourceName) {

    public NewArticle {
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(textHash, "textHash");
    }
}
