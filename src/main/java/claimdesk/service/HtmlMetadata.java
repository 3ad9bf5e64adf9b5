package claimdesk.service;

import claimdesk.model.SourceUrls;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a saved web page says about its article: headline, outlet, author, address and publication date, from
 * JSON-LD, meta tags, {@code <link rel=canonical>} and {@code <time datetime>}. Read before the page is cut down to
 * its text, since the header that holds a {@code <time>} is dropped then.
 *
 * <p>When sources disagree on the date, JSON-LD {@code datePublished} wins, then the meta tags in the order of
 * {@link #DATE_KEYS}, then a {@code <time>} element. JSON-LD is typed (the date belongs to an object that says it is
 * the article) and is what publishers maintain for search engines; {@code article:published_time} is the Open Graph
 * field for exactly this; the generic names ({@code date}, {@code pubdate}) are sometimes a page's modification or
 * crawl date; and a page has many {@code <time>} elements, some of them for comments or related stories.
 */
final class HtmlMetadata {

    /** Meta tag names and properties that hold the publication date, most trusted first. */
    static final List<String> DATE_KEYS = List.of("article:published_time", "og:published_time", "datepublished",
            "parsely-pub-date", "sailthru.date", "dc.date.issued", "dcterms.issued", "dc.date", "date", "pubdate");

    private final Map<String, String> meta = new HashMap<>();

    private HtmlMetadata(Document page) {
        for (Element tag : page.select("meta[content]")) {
            for (String attribute : List.of("property", "name", "itemprop")) {
                String key = tag.attr(attribute).strip().toLowerCase(Locale.ROOT);
                if (!key.isEmpty() && !tag.attr("content").isBlank()) {
                    meta.putIfAbsent(key, tag.attr("content").strip());
                }
            }
        }
    }

    static ArticleDetails read(Document page) {
        return new HtmlMetadata(page).details(page);
    }

    private ArticleDetails details(Document page) {
        ArticleDetails jsonLd = JsonLd.read(page);
        String outlet = first(meta.get("og:site_name"), jsonLd.outlet());
        // Open Graph titles often end in " | Outlet"; JSON-LD headlines rarely do, so they come first.
        String headline = first(jsonLd.headline(), withoutOutlet(meta.get("og:title"), outlet));
        // article:author is usually the address of the author's profile page, which is no name.
        String author = first(jsonLd.author(), meta.get("author"), notAnAddress(meta.get("article:author")));
        String url = first(webAddress(canonical(page)), webAddress(meta.get("og:url")));
        LocalDate published = jsonLd.publishedOn() != null ? jsonLd.publishedOn() : metaDate();
        return new ArticleDetails(headline, outlet, author, url, published != null ? published : timeDate(page));
    }

    private LocalDate metaDate() {
        for (String key : DATE_KEYS) {
            LocalDate date = PublicationDate.parse(meta.get(key));
            if (date != null) {
                return date;
            }
        }
        return null;
    }

    /** The first dated {@code <time>} of the article itself, else the first outside navigation and asides. */
    private static LocalDate timeDate(Document page) {
        for (String query : List.of("article time[datetime], main time[datetime], header time[datetime]",
                "time[datetime]")) {
            for (Element time : page.select(query)) {
                LocalDate date = PublicationDate.parse(time.attr("datetime"));
                if (date != null && !time.parents().is("nav, aside, footer")) {
                    return date;
                }
            }
        }
        return null;
    }

    /** "Deportations rise | Amu TV" without " | Amu TV" (or " - Amu TV"), when the outlet is known. */
    private static String withoutOutlet(String title, String outlet) {
        if (title == null || outlet == null) {
            return title;
        }
        for (String separator : List.of(" | ", " - ", " \u2013 ", " \u2014 ")) {
            if (title.endsWith(separator + outlet) && title.length() > (separator + outlet).length()) {
                return title.substring(0, title.length() - (separator + outlet).length());
            }
        }
        return title;
    }

    private static String canonical(Document page) {
        for (Element link : page.select("link[rel][href]")) {
            if (List.of(link.attr("rel").toLowerCase(Locale.ROOT).split("\\s+")).contains("canonical")) {
                return link.attr("href");
            }
        }
        return null;
    }

    /** Only an absolute web address is kept: a relative one means nothing once the page is a file on disk. */
    private static String webAddress(String value) {
        return value != null && SourceUrls.isWebAddress(value) ? value.strip() : null;
    }

    private static String notAnAddress(String value) {
        return value == null || SourceUrls.isWebAddress(value) ? null : value;
    }

    private static String first(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return null;
    }
}
