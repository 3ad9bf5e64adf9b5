package claimdesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import claimdesk.model.NewArticle;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

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

    private static final String DARI_ARTICLE =
            "اخراج مهاجران افغان\n\nبیش از ۷۵ هزار مهاجر افغان ایران را ترک کرده‌اند. 😀";
    private static final String ENGLISH_ARTICLE = "Deportations rise\n\nMore than 75,000 people left, officials said.";

    @ParameterizedTest
    @CsvSource({"UTF-16BE, FEFF", "UTF-16LE, FFFE"})
    void utf16WithAByteOrderMarkIsDecoded(String charset, String bom) throws Exception {
        for (String text : List.of(ENGLISH_ARTICLE, DARI_ARTICLE)) {
            byte[] bytes = concat(java.util.HexFormat.of().parseHex(bom), text.getBytes(charset));

            NewArticle article = reader.read("a.txt", bytes);

            assertEquals(text, article.text());
        }
    }

    // Decoded, not refused: every zero byte sits at the same parity, and the decoded text must still be text.
    @ParameterizedTest
    @ValueSource(strings = {"UTF-16BE", "UTF-16LE"})
    void utf16WithoutAByteOrderMarkIsRecognisedByItsZeroBytes(String charset) throws Exception {
        for (String text : List.of(ENGLISH_ARTICLE, DARI_ARTICLE)) {
            NewArticle article = reader.read("a.txt", text.getBytes(charset));

            assertEquals(text, article.text());
        }
    }

    @Test
    void zeroBytesAtOneParityThatDecodeToControlsAreStillBinary() {
        byte[] samples = new byte[4096];
        for (int i = 0; i < samples.length; i += 2) {
            samples[i] = (byte) (i % 7 + 1);
        }
        ImportRefusedException error = assertThrows(ImportRefusedException.class,
                () -> reader.read("sound.wav", samples));
        assertEquals("sound.wav: the file is binary, not text", error.getMessage());
    }

    @Test
    void utf16WithAnUnpairedSurrogateIsRefused() {
        // Java's encoder would replace a lone surrogate, so its two bytes (D83D, little-endian) are put in by hand.
        byte[] start = concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                "Head\n\nText ".getBytes(StandardCharsets.UTF_16LE));
        byte[] bytes = concat(concat(start, new byte[] {0x3D, (byte) 0xD8}),
                " here".getBytes(StandardCharsets.UTF_16LE));
        ImportRefusedException error = assertThrows(ImportRefusedException.class, () -> reader.read("a.txt", bytes));
        assertTrue(error.getMessage().startsWith("a.txt: the file is not valid UTF-16"), error.getMessage());
    }

    @Test
    void aUtf8ByteOrderMarkDoesNotHideThatTheFileIsHtml() throws Exception {
        String html = "\uFEFF<!DOCTYPE html><html><head><title>T</title></head><body><h1>Page headline</h1>"
                + "<p>Body text.</p></body></html>";

        NewArticle article = reader.read("saved-page", html.getBytes(UTF8));

        assertEquals("Page headline", article.metadata().headline());
        assertEquals("Page headline\n\nBody text.", article.text());
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = java.util.Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
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
