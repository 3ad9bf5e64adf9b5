package claimdesk.model;

import java.time.LocalDate;

/**
 * The editable description of an article. Only the headline is required; the other fields are null when unknown,
 * never empty strings, so "unknown" has one spelling.
 */
public record ArticleMetadata(String headline, String outlet, String author, String url, LocalDate publishedOn) {

    public ArticleMetadata {
        if (headline == null || headline.isBlank()) {
            throw new IllegalArgumentException("an article needs a headline");
        }
        headline = headline.strip();
        outlet = blankToNull(outlet);
        author = blankToNull(author);
        url = blankToNull(url);
    }

    public static ArticleMetadata headlineOnly(String headline) {
        return new ArticleMetadata(headline, null, null, null, null);
    }

    /** This description with {@code fallback} as its publication date when it has none; null changes nothing. */
    public ArticleMetadata withPublishedOnIfUnknown(LocalDate fallback) {
        return publishedOn != null || fallback == null ? this
                : new ArticleMetadata(headline, outlet, author, url, fallback);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
