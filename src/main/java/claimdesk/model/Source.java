package claimdesk.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A piece of evidence kept in the ledger's source library; many claims may cite it. Only the title is required;
 * other fields are null when unknown, never blank. {@code url} is http or https when present. {@code articleId} is
 * set when the source is an article of this library. {@code id} is 0 for a source not stored yet.
 */
public record Source(long id, UUID uuid, String url, String title, String publisher, String author,
                     LocalDate publishedOn, LocalDate accessedOn, Long articleId) {

    public Source {
        Objects.requireNonNull(uuid, "uuid");
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("a source needs a title");
        }
        title = title.strip();
        url = blankToNull(url);
        publisher = blankToNull(publisher);
        author = blankToNull(author);
        if (url != null && !SourceUrls.isWebAddress(url)) {
            throw new IllegalArgumentException("\u201c" + url + "\u201d is not a web address (http:// or https://)");
        }
    }

    /** A source not stored yet, with a fresh uuid. */
    public static Source draft(String url, String title, String publisher, String author, LocalDate publishedOn,
                               LocalDate accessedOn) {
        return new Source(0, UUID.randomUUID(), url, title, publisher, author, publishedOn, accessedOn, null);
    }

    public Source withId(long newId) {
        return new Source(newId, uuid, url, title, publisher, author, publishedOn, accessedOn, articleId);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
