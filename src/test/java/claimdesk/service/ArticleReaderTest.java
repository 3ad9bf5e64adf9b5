package claimdesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import claimdesk.model.NewArticle;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ArticleReaderTest {

    private final ArticleReader reader = new ArticleReader();

    @Test
    void plainTextKeepsItsTextAndTakesTheFirstLineAsHeadline() throws Exception {
        NewArticle article = reader.read("a.txt", "\uFEFFHeadline here\r\n\r\nBody text.\r\n".getBytes(UTF8));

        assertEquals("Headline here", article.metadata().headline());
        assertEquals("Headline here\n\nBody text.", article.text());
        assertEquals(64, article.textHash().length());
    }

    @Test
    void sameTextWithOtherLineEndsAndSpacingHashesTheSame() throws Exception {
        NewArticle unix = reader.read("a.txt", "Title\n\nOne two  three.\n".getBytes(UTF8));
        NewArticle windows = reader.read("b.txt", "Title\r\n\r\nOne two three.   \r\n".getBytes(UTF8));

        assertEquals(unix.textHash(), windows.textHash());
    }

    @Test
    void htmlBecomesItsReadableText() throws Exception {
        String html = """
                <!doctype html><html><head><title>Page title</title><script>var x = "<p>no</p>";</script></head>
                <body><nav>Home | News</nav><h1>Deportations rise</h1>
                <p>More than <b>75,000</b> people left.</p><p>Second &amp; last.</p></body></html>""";

        NewArticle article = reader.read("page.html", html.getBytes(UTF8));

        assertEquals("Deportations rise", article.metadata().headline());
        assertEquals("Deportations rise\n\nMore than 75,000 people left.\n\nSecond & last.", article.text());
    }

    @Test
    void markdownHeadingLosesItsHashes() throws Exception {
        NewArticle article = reader.read("a.md", "# Deportations rise\n\nText.".getBytes(UTF8));

        assertEquals("Deportations rise", article.metadata().headline());
    }

    @Test
    void rightToLeftTextIsKeptAsWritten() throws Exception {
        String dari = "اخراج مهاجران افغان از ایران\n\nبیش از ۷۵ هزار مهاجر افغان در دو هفته گذشته ایران را ترک کرده‌اند.";

        NewArticle article = reader.read("dari.txt", dari.getBytes(UTF8));

        assertEquals("اخراج مهاجران افغان از ایران", article.metadata().headline());
        assertEquals(dari, article.text());
    }

    @Test
    void aParagraphWithoutHeadlineGivesAShortHeadline() throws Exception {
        String paragraph = "All forced returns of refugees and asylum seekers to Afghanistan must immediately end, "
                + "Amnesty International said, as the latest UN figures revealed that Iran and Pakistan alone have "
                + "unlawfully expelled more than 2.6 million people to the country this year. About 60% of those.";

        NewArticle article = reader.read("003.txt", paragraph.getBytes(UTF8));

        assertEquals("All forced returns of refugees and asylum seekers to Afghanistan must immediately end, "
                + "Amnesty International said, as the latest UN figures\u2026", article.metadata().headline());
        assertEquals(paragraph, article.text());
    }

    @Test
    void emptyFileIsRefusedByName() {
        ImportRefusedException error = assertThrows(ImportRefusedException.class,
                () -> reader.read("empty.txt", new byte[0]));
        assertEquals("empty.txt: the file is empty", error.getMessage());
    }

    @Test
    void whitespaceOnlyFileIsRefused() {
        ImportRefusedException error = assertThrows(ImportRefusedException.class,
                () -> reader.read("blank.txt", " \n\t\n".getBytes(UTF8)));
        assertEquals("blank.txt: there is no text in it", error.getMessage());
    }

    @Test
    void binaryFileIsRefused() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
        ImportRefusedException error = assertThrows(ImportRefusedException.class, () -> reader.read("x.png", png));
        assertEquals("x.png: the file is binary, not text", error.getMessage());
    }

    @Test
    void latin1FileIsRefusedAsNotUtf8() {
        byte[] latin1 = "Déportations en hausse".getBytes(StandardCharsets.ISO_8859_1);
        ImportRefusedException error = assertThrows(ImportRefusedException.class,
                () -> reader.read("latin1.txt", latin1));
        assertTrue(error.getMessage().startsWith("latin1.txt: the file is not valid UTF-8"), error.getMessage());
    }

    @Test
    void hugeFileIsRefused() {
        byte[] huge = new byte[ArticleReader.MAX_BYTES + 1];
        java.util.Arrays.fill(huge, (byte) 'a');
        ImportRefusedException error = assertThrows(ImportRefusedException.class, () -> reader.read("big.txt", huge));
        assertTrue(error.getMessage().contains("are not imported"), error.getMessage());
    }

    private static final java.nio.charset.Charset UTF8 = StandardCharsets.UTF_8;
}
