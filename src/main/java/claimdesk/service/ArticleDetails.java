package claimdesk.service;

import claimdesk.model.ArticleMetadata;
import java.text.Normalizer;
import java.time.LocalDate;

/**
 * What a file says about itself (front matter, a page's meta tags or JSON-LD); any field may be null. Unlike
 * {@link ArticleMetadata} it may lack a headline, which the reader then takes from the text.
 */
record ArticleDetails(String headline, String outlet, String author, String url, LocalDate publishedOn) {

    static final ArticleDetails NONE = new ArticleDetails(null, null, null, null, null);

    ArticleMetadata toMetadata(String headlineFromText) {
        String chosen = headline == null || headline.isBlank() ? headlineFromText : headline;
        return new ArticleMetadata(ArticleReader.shorten(nfc(chosen).strip()), nfc(outlet), nfc(author), url,
                publishedOn);
    }

    /** Same form as the stored text, so a search for the outlet's name finds both. */
    private static String nfc(String value) {
        return value == null ? null : Normalizer.normalize(value, Normalizer.Form.NFC);
    }
}
