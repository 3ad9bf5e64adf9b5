package claimdesk.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import claimdesk.model.ClaimStatus;
import claimdesk.model.Verdict;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class HtmlReportWriterTest {

    static String html(Report report) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new HtmlReportWriter().write(report, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void weeklyReportMatchesTheGoldenFile() throws Exception {
        Golden.assertMatches("weekly.html", html(ReportFixtures.weekly()));
    }

    @Test
    void hostileTextStaysText() throws Exception {
        Document doc = Jsoup.parse(html(ReportFixtures.hostile()));

        assertTrue(doc.select("script:not([type=application/ld+json]), img, b, i, em, u").isEmpty(),
                "user markup became elements");
        assertEquals(1, doc.select("script").size(), "a </script> in a quote ended the JSON-LD early");
        assertTrue(doc.select("[onerror]").isEmpty());
        assertTrue(doc.select("a[href^=javascript]").isEmpty(), "a javascript: address became a link");
        Element note = doc.selectFirst(".note");
        assertEquals(ReportFixtures.HOSTILE_NOTE.replace("\r\n", "\n"), note.wholeText());
        assertEquals("auto", note.attr("dir"));
        assertEquals("<title> & \"Report\"", doc.title());
        assertEquals(ReportFixtures.HOSTILE_HEADLINE, doc.selectFirst(".headline").wholeText());
        assertEquals("auto", doc.selectFirst("blockquote").attr("dir"));
        assertTrue(doc.selectFirst(".quote").text().contains("مهاجر افغان 😀 [x](y)"));
        assertEquals(2, doc.select(".sources li").size(), "a </li> in a source closed the list item");
        assertTrue(doc.selectFirst(".sources li").text().contains("(sup</li>ports)"));
    }

    @Test
    void hostileSourceFieldsStayText() throws Exception {
        Document doc = Jsoup.parse(html(ReportFixtures.hostile()));
        List<Element> sources = doc.select(".sources > li");

        assertEquals(2, sources.size(), "a </script> or </li> in a source ended its item");
        Element first = sources.get(0);
        assertEquals("<em>Source</em>, \"one\"", first.selectFirst(".source-title").wholeText());
        assertEquals("<b>Pub</b> & \"Co\" | *x*", first.selectFirst(".publisher").wholeText());
        assertEquals("\u201c" + ReportFixtures.HOSTILE_SOURCE_QUOTE + "\u201d",
                first.selectFirst(".source-quote").wholeText());
        assertEquals("auto", first.selectFirst(".source-quote").attr("dir"), "the quote ends in Dari");
        assertTrue(first.selectFirst(".file").wholeText().contains("<img src=x onerror=alert(4)>`.pdf"));
        assertEquals(ReportFixtures.EVIDENCE_SHA, first.selectFirst(".sha256").text());
        assertEquals("=HYPERLINK(\"x\") منبع </script>", sources.get(1).selectFirst(".source-title").wholeText());
        assertEquals("auto", sources.get(1).selectFirst(".source-title").attr("dir"));
        assertEquals("ناشر", sources.get(1).selectFirst(".publisher").wholeText());
        assertTrue(doc.select("a").isEmpty(), "no javascript: link, and no other address in this report");
    }

    @Test
    void everySourceShowsWhatAReaderNeedsToFindAndCheckIt() throws Exception {
        Document doc = Jsoup.parse(html(ReportFixtures.weekly()));
        List<Element> sources = doc.selectFirst("section.claim").select(".sources > li");

        assertEquals(2, sources.size());
        Element unhcr = sources.get(0);
        assertEquals("UNHCR Afghanistan situation update", unhcr.selectFirst(".source-title").text());
        assertEquals("UNHCR", unhcr.selectFirst(".publisher").text());
        assertEquals("(contradicts)", unhcr.selectFirst(".stance").text());
        assertEquals("\u201c71,400 returns recorded 15-28 February\u201d", unhcr.selectFirst(".source-quote").text());
        assertEquals("https://data.example.org/unhcr/af", unhcr.selectFirst(".source-where a").attr("href"));
        assertTrue(unhcr.selectFirst(".source-where").text().endsWith("accessed 2025-03-04"));
        assertEquals("File unhcr-af-2025-03-04.pdf, SHA-256 " + ReportFixtures.EVIDENCE_SHA,
                unhcr.selectFirst(".file").text());
        Element dari = sources.get(1);
        assertEquals(ReportFixtures.DARI_SOURCE_TITLE, dari.selectFirst(".source-title").text());
        assertEquals("(supports)", dari.selectFirst(".stance").text());
        assertTrue(dari.select(".file, a").isEmpty());
        assertEquals("provincial officials", doc.selectFirst("section.claim table.fields tr:contains(Claimed by) td")
                .text());
    }

    @Test
    void embedsTheClaimReviewOfTheRatedClaimsInTheHead() throws Exception {
        Report weekly = ReportFixtures.weekly();
        Document doc = Jsoup.parse(html(weekly));

        List<Element> scripts = doc.select("head > script[type=application/ld+json]");

        assertEquals(1, scripts.size());
        ObjectMapper json = new ObjectMapper();
        assertEquals(json.readTree(ClaimReviewWriterTest.json(weekly)), json.readTree(scripts.get(0).data()));
    }

    @Test
    void aScriptEndInAQuoteCannotCloseTheEmbeddedJsonLd() throws Exception {
        String html = html(ReportFixtures.hostile());
        String open = "<script type=\"application/ld+json\">";
        String script = html.substring(html.indexOf(open) + open.length(), html.indexOf("</script>"));

        assertFalse(script.contains("</"), script);
        JsonNode review = new ObjectMapper().readTree(script).get(0);
        assertTrue(review.get("claimReviewed").asText().startsWith("*Stars* </script> <i>tags</i>"));
        assertEquals("<b>Bijar</b> & \"co\"", review.at("/itemReviewed/author/name").asText());
    }

    @Test
    void noClaimReviewIsEmbeddedWhenNoClaimIsRated() throws Exception {
        Report weekly = ReportFixtures.weekly();
        ReportEntry unrated = new ReportEntry(ReportFixtures.claim(4, ReportFixtures.ENGLISH_TEXT, "provincial",
                Verdict.UNRATED, ClaimStatus.VERIFIED, List.of(), ""), 1,
                ReportFixtures.ENGLISH);
        Report report = new Report("t", weekly.date(), null, List.of(), "", false, null, List.of(unrated));

        assertTrue(Jsoup.parse(html(report)).select("script").isEmpty());
    }

    @Test
    void aQuoteSelectedWithItsTrailingSpaceKeepsTheSpaceBeforeTheNextSentence() throws Exception {
        String text = "Headline\n\nThe men left voluntarily. He said so twice.";
        Report report = new Report("t", LocalDate.of(2025, 3, 5), null, List.of(), "", false, null,
                List.of(new ReportEntry(ReportFixtures.claim(1, text, " left voluntarily. ", Verdict.TRUE,
                        ClaimStatus.VERIFIED, List.of(), ""), 1, ReportFixtures.ENGLISH)));

        Element quote = Jsoup.parse(html(report)).selectFirst("blockquote");

        assertEquals("left voluntarily.", quote.selectFirst(".quote").text());
        assertTrue(quote.text().contains("The men left voluntarily. He said so"), quote.text());
        assertTrue(MarkdownReportWriterTest.markdown(report).contains("The men **left voluntarily.** He said so"),
                MarkdownReportWriterTest.markdown(report));
    }

    @Test
    void saysAtTheTopWhenUnverifiedClaimsAreIncluded() throws Exception {
        Document hostile = Jsoup.parse(html(ReportFixtures.hostile()));
        Document weekly = Jsoup.parse(html(ReportFixtures.weekly()));

        assertEquals("Includes claims that are not verified.", hostile.selectFirst("header .warning").text());
        assertTrue(weekly.select(".warning").isEmpty());
    }

    @Test
    void isSelfContained() throws Exception {
        Document doc = Jsoup.parse(html(ReportFixtures.weekly()));

        assertTrue(doc.select("link, script:not([type=application/ld+json]), img, iframe, [src]").isEmpty());
        assertFalse(doc.selectFirst("style").data().contains("@import"));
        assertEquals(3, doc.select("section.claim").size());
        assertEquals("claim-00000000-0000-4000-8000-000000000001", doc.selectFirst("section.claim").id());
    }

    @Test
    void escaperHandlesMarkupQuotesAndForbiddenControls() {
        assertEquals("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;",
                HtmlText.escape("<a href=\"x\" title='y'>&amp;</a>"));
        assertEquals("a\nb\nc\td", HtmlText.escape("a\r\nb\rc\td\u0000\u000C"));
        assertEquals("دری 😀", HtmlText.escape("دری 😀"));
        assertEquals("", HtmlText.escape(null));
        assertTrue(HtmlText.isWebAddress("https://example.org/a?b=c"));
        assertFalse(HtmlText.isWebAddress("javascript:alert(1)"));
        assertFalse(HtmlText.isWebAddress("https://x.org/\"onclick=\"y"));
    }
}
