package claimdesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvidenceFilesTest {

    @TempDir
    Path folder;
    private final EvidenceFiles files = new EvidenceFiles();

    static Path pdf(Path file, String line, String userPassword) throws Exception {
        return TestPdfs.write(file, line, userPassword);
    }

    @Test
    void extractsTheTextOfAPdf() throws Exception {
        Path file = pdf(folder.resolve("unhcr.pdf"), "Returns from Iran: 31,400 in week 27", null);

        EvidenceFiles.Inspected inspected = files.inspect(file);

        assertEquals("application/pdf", inspected.mediaType());
        assertEquals("unhcr.pdf", inspected.originalName());
        assertEquals(Files.size(file), inspected.size());
        assertTrue(inspected.text().contains("Returns from Iran: 31,400 in week 27"), inspected.text());
    }

    @Test
    void refusesAPasswordProtectedPdfWithAClearMessage() throws Exception {
        Path file = pdf(folder.resolve("locked.pdf"), "secret", "user-secret");

        EvidenceRefusedException refused = assertThrows(EvidenceRefusedException.class, () -> files.inspect(file));

        assertTrue(refused.getMessage().contains("password-protected"), refused.getMessage());
    }

    @Test
    void refusesADamagedPdf() throws Exception {
        Path file = Files.writeString(folder.resolve("broken.pdf"), "%PDF-1.7\nthis is not a PDF body");

        EvidenceRefusedException refused = assertThrows(EvidenceRefusedException.class, () -> files.inspect(file));

        assertTrue(refused.getMessage().startsWith("broken.pdf is not a readable PDF"), refused.getMessage());
    }

    @Test
    void extractsReadableTextFromHtmlWithoutScripts() throws Exception {
        Path file = Files.writeString(folder.resolve("page.html"), """
                <html><head><title>Border report</title><script>var tracking = 1;</script>
                <style>p { color: red }</style></head>
                <body><h1>Returns</h1><p>Only <b>31,400</b> people   crossed.</p><p>Second paragraph.</p></body></html>
                """);

        EvidenceFiles.Inspected inspected = files.inspect(file);

        assertEquals("text/html", inspected.mediaType());
        assertEquals("Border report\n\nReturns\n\nOnly 31,400 people crossed.\n\nSecond paragraph.", inspected.text());
    }

    @Test
    void readsPlainTextAndKeepsImagesWithoutText() throws Exception {
        Path text = Files.writeString(folder.resolve("notes.txt"), "Caf\u00e9 owner said 40%", StandardCharsets.UTF_8);
        Path png = Files.write(folder.resolve("shot.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10});

        assertEquals("Caf\u00e9 owner said 40%", files.inspect(text).text());
        EvidenceFiles.Inspected image = files.inspect(png);
        assertEquals("image/png", image.mediaType());
        assertNull(image.text());
    }

    @Test
    void refusesMissingFilesFoldersAndFilesOverTheLimit() throws Exception {
        EvidenceFiles small = new EvidenceFiles(10);
        Path big = Files.writeString(folder.resolve("big.txt"), "more than ten bytes");

        assertTrue(assertThrows(EvidenceRefusedException.class, () -> files.inspect(folder.resolve("gone.pdf")))
                .getMessage().contains("does not exist"));
        assertTrue(assertThrows(EvidenceRefusedException.class, () -> files.inspect(folder))
                .getMessage().contains("is a folder"));
        String tooBig = assertThrows(EvidenceRefusedException.class, () -> small.inspect(big)).getMessage();
        assertTrue(tooBig.contains("may be at most"), tooBig);
        assertEquals(200L * 1024 * 1024, EvidenceFiles.MAX_BYTES);
    }
}
