package claimdesk.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PdfReportWriterTest {

    static String text(PdfReportWriter writer, Report report, int[] pages) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(report, out);
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            pages[0] = pdf.getNumberOfPages();
            return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
    }

    @Test
    void opensAndCarriesTheClaims() throws Exception {
        int[] pages = new int[1];
        String text = text(new PdfReportWriter(), ReportFixtures.weekly(), pages);

        assertTrue(pages[0] >= 1);
        assertTrue(text.contains("Weekly fact-check: returns from Iran"), text);
        assertTrue(text.contains("More than 75,000 undocumented Afghan migrants left Iran in the past two weeks"), text);
        assertTrue(text.contains("1.2 million people have returned since January"), text);
        assertTrue(text.contains("UNHCR border monitoring counts 71,400 returns for the period."), text);
        assertTrue(text.contains("Mostly true") && text.contains("Unverifiable"), text);
        assertTrue(text.contains("UNHCR Afghanistan situation update — UNHCR (contradicts)"), text);
        assertTrue(text.contains("accessed 2025-03-04"), text);
        assertTrue(text.contains("unhcr-af-2025-03-04.pdf"), text);
        assertTrue(text.replace(" ", "").contains(ReportFixtures.EVIDENCE_SHA), "the file's SHA-256: " + text);
        assertTrue(text.contains("Claimed by provincial officials"), text);
        assertFalse(text.contains("schema.org"), "the JSON-LD is for the HTML, not printed: " + text);
    }

    @Test
    void hostileNoteIsPrintedAsText() throws Exception {
        String text = text(new PdfReportWriter(), ReportFixtures.hostile(), new int[1]);

        assertTrue(text.contains("<script>alert('x')</script>"), text);
        assertTrue(text.contains("Includes claims that are not verified."), text);
    }

    @Test
    void withoutTheFontTheReportIsStillMade() throws Exception {
        int[] pages = new int[1];
        String text = text(new PdfReportWriter(List.of(Path.of("/nonexistent/font.ttf"))), ReportFixtures.weekly(),
                pages);

        assertTrue(pages[0] >= 1);
        assertTrue(text.contains("1.2 million people have returned since January"), text);
    }

    @Test
    void dariIsShapedIntoJoinedLetterForms() {
        ArabicShaper shaper = new ArabicShaper();

        // sin initial, lam-alef ligature in its final form, mim isolated: alef never joins the letter after it.
        assertEquals("\uFEB3\uFEFC\uFEE1", shaper.shapeText("سلام"));
        assertEquals("\uFE91\uFBFF\uFEB6", shaper.shapeText("بیش"), "beh initial, farsi yeh medial, sheen final");
        assertEquals("\uFEFB", shaper.shapeText("لا"), "lam + alef is one ligature");
        // kaf-e farsi, reh final, dal isolated, heh isolated; ZWNJ (Dari half space) stops the join.
        assertEquals("\uFB90\uFEAE\uFEA9\uFEE9\u200C\uFE8D\uFEE7\uFEAA", shaper.shapeText("کرده‌اند"));
        String sentence = ReportFixtures.DARI_TEXT;
        assertEquals(sentence, shaper.deshapeText(shaper.shapeText(sentence)));
        assertEquals("(cba)", shaper.reorderRTLTextToLTR("(abc)"));
        assertEquals("😀a", shaper.reorderRTLTextToLTR("a😀"));
    }

    @Test
    void bidiSplitterFindsTheRightToLeftRun() {
        JdkBidiSplitter splitter = new JdkBidiSplitter();
        splitter.setParagraph("In دری text", JdkBidiSplitter.LTR);

        assertEquals(3, splitter.countTextRuns());
        assertEquals(JdkBidiSplitter.RTL, splitter.getVisualRun(1).getDirection());
        assertEquals(3, splitter.getVisualRun(1).getStart());
        assertEquals(JdkBidiSplitter.RTL, splitter.getBaseDirection("۷۵ دری"));
        splitter.setParagraph("", JdkBidiSplitter.LTR);
    }
}
