package claimdesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import claimdesk.model.ArticleMetadata;
import claimdesk.model.NewArticle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Saved pages written to disk and read as an import reads them: what each kind of metadata gives. */
class HtmlMetadataTest {

    private static final String BODY = "<body><h1>Deportations rise</h1><p>More than 75,000 people left.</p></body>";

    @TempDir
    Path temp;

    private ArticleMetadata read(String head) throws Exception {
        return readArticle(head, BODY).metadata();
    }

    private NewArticle readArticle(String head, String body) throws Exception {
        Path page = Files.writeString(temp.resolve("page.html"),
                "<!doctype html><html><head><title>Page title</title>" + head + "</head>" + body + "</html>");
        return new ArticleReader().read("page.html", Files.readAllBytes(page));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            <meta property="article:published_time" content="2016-02-04T10:00:00+01:00">  | 2016-02-04
            <meta property="og:published_time" content="2016-02-04">                       | 2016-02-04
            <meta name="date" content="2016-02-04">                                        | 2016-02-04
            <meta name="dc.date" content="2016-02-04">                                     | 2016-02-04
            <meta name="DC.date.issued" content="2016-02-04">                              | 2016-02-04
            <meta name="parsely-pub-date" content="2016-02-04T18:30:00Z">                  | 2016-02-04
            <meta name="sailthru.date" content="2016-02-04 18:30:00">                      | 2016-02-04
            <meta name="pubdate" content="2016-02-04T18:30:00.000-05:00">                  | 2016-02-04
            <meta itemprop="datePublished" content="2016-02-04">                           | 2016-02-04
            <meta name="date" content="February 4, 2016">                                  |
            <meta name="date" content="2016-02-30">                                        |
            """)
    void metaTagsGiveTheDate(String meta, LocalDate expected) throws Exception {
        assertEquals(expected, read(meta).publishedOn());
    }

    @Test
    void theDateIsTheDayInTheArticlesOwnOffset() throws Exception {
        // 23:30 in Kabul is 19:00 UTC the same day, but 01:30 the next day in Tokyo: neither zone is the article's.
        assertEquals(LocalDate.of(2025, 7, 6),
                read("<meta property=\"article:published_time\" content=\"2025-07-06T23:30:00+04:30\">").publishedOn());
        assertEquals(LocalDate.of(2025, 7, 6),
                read("<meta property=\"article:published_time\" content=\"2025-07-06T00:10:00-07:00\">").publishedOn());
    }

    @Test
    void aTimeInTheArticleHeaderGivesTheDateAndOneInTheRelatedStoriesDoesNot() throws Exception {
        String body = "<body><aside><time datetime=\"2001-01-01\">old</time></aside>"
                + "<article><h1>Deportations rise</h1><header><time datetime=\"2016-02-04T09:00:00+04:30\">"
                + "4 February</time></header><p>Text.</p></article></body>";

        NewArticle article = readArticle("", body);

        assertEquals(LocalDate.of(2016, 2, 4), article.metadata().publishedOn());
        assertEquals("Deportations rise\n\nText.", article.text(), "the header is still left out of the text");
    }

    @Test
    void aTimeOnlyInAsidesGivesNoDate() throws Exception {
        assertNull(readArticle("", "<body><h1>H</h1><p>Text.</p><footer><time datetime=\"2001-01-01\">x</time>"
                + "</footer></body>").metadata().publishedOn());
    }

    @Test
    void jsonLdNewsArticleGivesEveryDetail() throws Exception {
        ArticleMetadata metadata = read("""
                <script type="application/ld+json">
                {"@context":"https://schema.org","@type":"NewsArticle","headline":"Iran steps up deportations",
                 "datePublished":"2025-07-06T08:00:00+03:30","author":{"@type":"Person","name":"Sara Ahmadi"},
                 "publisher":{"@type":"Organization","name":"Amu TV"}}
                </script>
                <link rel="canonical" href="https://amu.tv/180000/">""");

        assertEquals(new ArticleMetadata("Iran steps up deportations", "Amu TV", "Sara Ahmadi",
                "https://amu.tv/180000/", LocalDate.of(2025, 7, 6)), metadata);
    }

    @Test
    void jsonLdGraphWithReferencesAndAnAuthorListIsRead() throws Exception {
        ArticleMetadata metadata = read("""
                <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
                  {"@type":"WebPage","@id":"https://x.org/a#page","datePublished":"2016-01-01"},
                  {"@type":["ReportageNewsArticle"],"headline":"Q&amp;A: who left","datePublished":"2016-02-04",
                   "author":[{"@type":"Person","name":"A. One"},{"@id":"https://x.org/#b"},"C. Three"],
                   "publisher":{"@id":"https://x.org/#org"}},
                  {"@type":"Person","@id":"https://x.org/#b","name":"B. Two"},
                  {"@type":"Organization","@id":"https://x.org/#org","name":"The Outlet"}]}
                </script>""");

        assertEquals("Q&A: who left", metadata.headline());
        assertEquals("A. One, B. Two, C. Three", metadata.author());
        assertEquals("The Outlet", metadata.outlet());
        assertEquals(LocalDate.of(2016, 2, 4), metadata.publishedOn(), "the article's date, not the page's");
    }

    @Test
    void brokenJsonLdIsIgnoredAndTheMetaTagsStillCount() throws Exception {
        NewArticle article = readArticle("""
                <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2099-01-01",</script>
                <script type="application/ld+json"></script>
                <meta property="article:published_time" content="2016-02-04">""", BODY);

        assertEquals(LocalDate.of(2016, 2, 4), article.metadata().publishedOn());
        assertEquals("Deportations rise\n\nMore than 75,000 people left.", article.text());
    }

    // Precedence, and why, is in HtmlMetadata's class comment.
    @Test
    void whenTheyDisagreeJsonLdWinsThenThePublishedTimeMetaThenTime() throws Exception {
        String jsonLd = "<script type=\"application/ld+json\">{\"@type\":\"Article\",\"datePublished\":\"2016-02-04\"}"
                + "</script>";
        String meta = "<meta name=\"date\" content=\"2016-03-03\">"
                + "<meta property=\"article:published_time\" content=\"2016-02-05\">";
        String time = "<body><article><time datetime=\"2016-02-06\">6 Feb</time><p>Text.</p></article></body>";

        assertEquals(LocalDate.of(2016, 2, 4), readArticle(jsonLd + meta, time).metadata().publishedOn());
        assertEquals(LocalDate.of(2016, 2, 5), readArticle(meta, time).metadata().publishedOn());
        assertEquals(LocalDate.of(2016, 2, 6), readArticle("", time).metadata().publishedOn());
    }

    @Test
    void openGraphAndMetaTagsGiveOutletAuthorAddressAndHeadline() throws Exception {
        ArticleMetadata metadata = read("""
                <meta property="og:title" content="Deportations rise sharply | Amu TV">
                <meta property="og:site_name" content="Amu TV">
                <meta property="article:author" content="https://facebook.com/someone">
                <meta name="author" content="Sara Ahmadi">
                <meta property="og:url" content="https://amu.tv/1/">
                <link rel="canonical" href="/relative-is-no-use">""");

        assertEquals(new ArticleMetadata("Deportations rise sharply", "Amu TV", "Sara Ahmadi", "https://amu.tv/1/",
                null), metadata);
    }

    @Test
    void anAuthorGivenAsAProfileAddressIsNoName() throws Exception {
        assertEquals("B. Two", read("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"author\":"
                + "[\"https://x.org/people/one\",{\"name\":\"B. Two\"}]}</script>").author());
    }

    @Test
    void aPageWithoutMetadataKeepsItsHeadingAsHeadline() throws Exception {
        assertEquals(ArticleMetadata.headlineOnly("Deportations rise"), read(""));
    }
}
