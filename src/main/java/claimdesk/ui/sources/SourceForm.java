package claimdesk.ui.sources;

import claimdesk.model.Evidence;
import claimdesk.model.Source;
import claimdesk.model.Stance;
import java.time.LocalDate;

/**
 * What the source dialog returns, as typed: the source's fields, the stance and quote for this claim, and the id of
 * the library source it shows (0 for a new one). The dialog refuses a form with a {@link #problem()} and stays
 * open, so nothing typed is lost; the view model checks again when it saves.
 */
public record SourceForm(long sourceId, String url, String title, String publisher, String author,
                         LocalDate publishedOn, LocalDate accessedOn, Stance stance, String quote) {

    /** A blank form for a new source, accessed today. */
    public static SourceForm blank(LocalDate today) {
        return new SourceForm(0, "", "", "", "", null, today, Stance.SUPPORTS, "");
    }

    /** The form for editing a claim's existing citation. */
    public static SourceForm of(Evidence evidence) {
        return of(evidence.source(), evidence.link().stance(), evidence.link().quote());
    }

    /** The form showing a library source, with this stance and quote. */
    public static SourceForm of(Source source, Stance stance, String quote) {
        return new SourceForm(source.id(), nn(source.url()), source.title(), nn(source.publisher()),
                nn(source.author()), source.publishedOn(), source.accessedOn(), stance, quote);
    }

    /** Why this form cannot be saved as a source ("a source needs a title", a bad address), or null. */
    public String problem() {
        try {
            Source.draft(url, title, publisher, author, publishedOn, accessedOn);
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    /**
     * The address with {@code https://} put in front when it was typed without a scheme ("unhcr.org/iran"), or
     * null when it has one or is blank; the dialog offers it rather than guessing silently.
     */
    public String suggestedUrl() {
        String typed = url == null ? "" : url.strip();
        if (typed.isEmpty() || typed.contains("://") || typed.contains(" ") || !typed.contains(".")) {
            return null;
        }
        return "https://" + typed;
    }

    /** The same form with another address. */
    public SourceForm withUrl(String newUrl) {
        return new SourceForm(sourceId, newUrl, title, publisher, author, publishedOn, accessedOn, stance, quote);
    }

    private static String nn(String value) {
        return value == null ? "" : value;
    }
}
