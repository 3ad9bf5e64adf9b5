package claimdesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvidenceFilesTest {

    @TempDir
    Path folder;
    private final EvidenceFiles files = new EvidenceFiles();

    /** A one-page PDF with {@code line} on it, made here so the test needs no binary fixture. */
    static Path pdf(Path file, String line, String userPassword) throws Exception {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 700);
                content.showText(line);
                content.endText();
            }
            if (userPassword != null) {
                StandardProtectionPolicy policy =
                        new StandardProtectionPolicy("owner-secret", userPassword, new AccessPermission());
                policy.setEncryptionKeyLength(128);
                document.protect(policy);
            }
            document.save(file.toFile());
        }
        return file;
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
