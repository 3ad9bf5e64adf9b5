package claimdesk.report;

import claimdesk.analysis.TextDirection;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The report as a paginated A4 PDF, made by laying out the HTML report with openhtmltopdf (see
 * docs/decisions/report-pdf-from-html.md): one source of layout for both formats, and PDFBox, which it
 * draws with, is the library the project already uses to read PDFs.
 *
 * <p>The base-14 PDF fonts have no Arabic letters, so the first font found among {@code fontCandidates} is
 * embedded (subset) and used for the whole document; DejaVu Sans covers Latin and Arabic script. When none is there
 * the writer falls back to the built-in fonts and logs it: the PDF is made, though letters outside Latin-1 show as
 * gaps. No network access and no external resources: the HTML is self-contained.
 */
public final class PdfReportWriter implements ReportWriter {

    private static final Logger LOG = Logger.getLogger(PdfReportWriter.class.getName());
    private static final String FAMILY = "claimdesk-report";

    /** Where DejaVu Sans lives on Debian/Ubuntu, Fedora, Arch and a Homebrew Mac, in that order. */
    public static final List<Path> DEFAULT_FONTS = List.of(
            Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
            Path.of("/usr/share/fonts/dejavu-sans-fonts/DejaVuSans.ttf"),
            Path.of("/usr/share/fonts/dejavu/DejaVuSans.ttf"),
            Path.of("/usr/share/fonts/TTF/DejaVuSans.ttf"),
            Path.of("/opt/homebrew/share/fonts/DejaVuSans.ttf"));

    private final List<Path> fontCandidates;
    private final HtmlReportWriter html = new HtmlReportWriter();

    public PdfReportWriter() {
        this(DEFAULT_FONTS);
    }

    /** {@code fontCandidates}: TrueType files to try in order; a "-Bold" sibling is used for bold when present. */
    public PdfReportWriter(List<Path> fontCandidates) {
        this.fontCandidates = List.copyOf(fontCandidates);
    }

    @Override
    public void write(Report report, OutputStream out) throws IOException {
        Document document = Jsoup.parse(html.render(report));
        // The ClaimReview JSON-LD is for search engines reading the HTML; a PDF has no use for it.
        document.select("script").remove();
        resolveDirections(document);
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .useFastMode()
                .withProducer("Claimdesk")
                .withDiagnosticConsumer(d -> LOG.log(d.getLevel().intValue() >= Level.SEVERE.intValue()
                        ? Level.WARNING : Level.FINE, d::getFormattedMessage))
                .useUnicodeBidiSplitter(new JdkBidiSplitter.Factory())
                .useUnicodeBidiReorderer(new ArabicShaper());
        Optional<Path> font = fontCandidates.stream().filter(Files::isReadable).findFirst();
        if (font.isPresent()) {
            builder.useFont(font.get().toFile(), FAMILY, 400, FontStyle.NORMAL, true);
            Path bold = bold(font.get());
            builder.useFont((Files.isReadable(bold) ? bold : font.get()).toFile(), FAMILY, 700, FontStyle.NORMAL, true);
            // The page-number box names this family in report.css already; margin boxes do not inherit from body.
            document.head().appendElement("style").text("body { font-family: \"" + FAMILY + "\", sans-serif; }");
        } else {
            LOG.warning("No font with Arabic letters found (tried " + fontCandidates
                    + "); the PDF uses the built-in fonts.");
        }
        builder.withW3cDocument(new W3CDom().fromJsoup(document), null).toStream(out).run();
    }

    /**
     * openhtmltopdf does not implement {@code dir="auto"}, so the writer decides each element's direction from its
     * letters, as a browser would.
     */
    private static void resolveDirections(Document document) {
        for (Element element : document.select("[dir=auto]")) {
            element.attr("dir", TextDirection.isMostlyRightToLeft(element.text()) ? "rtl" : "ltr");
        }
    }

    private static Path bold(Path regular) {
        String name = regular.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return regular.resolveSibling(name.substring(0, dot) + "-Bold" + name.substring(dot));
    }
}
