package claimdesk.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
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

        assertTrue(doc.select("script, img, b, i, em, u").isEmpty(), "user markup became elements");
        assertTrue(doc.select("[onerror]").isEmpty());
        assertTrue(doc.select("a[href^=javascript]").isEmpty(), "a javascript: address became a link");
        Element note = doc.selectFirst(".note");
        assertEquals(ReportFixtures.HOSTILE_NOTE.replace("\r\n", "\n"), note.wholeText());
        assertEquals("auto", note.attr("dir"));
        assertEquals("<title> & \"Report\"", doc.title());
        assertEquals(ReportFixtures.HOSTILE_HEADLINE, doc.selectFirst(".headline").wholeText());
        assertEquals("auto", doc.selectFirst("blockquote").attr("dir"));
        assertTrue(doc.selectFirst(".quote").text().contains("مهاجر افغان 😀 [x](y)"));
        assertEquals(1, doc.select(".sources li").size(), "a </li> in a source closed the list item");
        assertTrue(doc.selectFirst(".sources li").text().contains("(sup</li>ports)"));
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

        assertTrue(doc.select("link, script, img, iframe, [src]").isEmpty());
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
