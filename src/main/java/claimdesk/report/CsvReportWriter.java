package claimdesk.report;

import claimdesk.model.Stance;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * One row per claim, RFC 4180 (commas, CRLF, double quotes), UTF-8 with a byte-order mark so spreadsheet programs
 * pick the right encoding for Dari and emoji. Article text is untrusted, and a spreadsheet runs a cell starting with
 * {@code = + - @}, tab or carriage return as a formula (OWASP "CSV injection"), so such a text cell gets a leading
 * apostrophe. A cell that already starts with an apostrophe gets one more, so a script gets the ledger's value back
 * by removing exactly one leading apostrophe. Dates, ids, times and counts are written as they are. The quote is
 * trimmed, as in every format. The source columns give the number of sources, how many support and how many
 * contradict the claim, and the titles in citing order joined by " | ". The history column, last, is empty unless
 * the report asks for history; then it holds one line per change, newest first, joined by line feeds
 * ("2025-03-01 14:05 +01:00 · ana · note: old -> new"). The report's heading
 * (title, the not-verified warning) has no place in a table another tool reads; the status column says it for each
 * row.
 */
public final class CsvReportWriter implements ReportWriter {

    /** The columns, in order; the source columns came last so that scripts reading the first ones keep working. */
    public static final List<String> HEADER = List.of("article headline", "outlet", "published on", "article url",
            "quote", "verdict", "status", "tags", "note", "claim uuid", "updated at", "sources", "supporting",
            "contradicting", "source titles", "history");

    // The OWASP list, plus the apostrophe itself so that the prefix can always be undone.
    private static final String FORMULA_STARTS = "=+-@\t\r'";

    @Override
    public void write(Report report, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader(HEADER.toArray(String[]::new)).get();
        CSVPrinter printer = new CSVPrinter(writer, format);
        for (ReportEntry entry : report.entries()) {
            var claim = entry.claim();
            var article = entry.article();
            printer.printRecord(text(article.headline()), text(article.outlet()), article.publishedOn(),
                    text(article.url()), text(claim.quote().exact().strip()), claim.verdict().label(),
                    claim.status().label(),
                    text(String.join(", ", claim.tags())), text(claim.note()), claim.uuid(), claim.updatedAt(),
                    entry.sources().size(), entry.sourcesWith(Stance.SUPPORTS.label()),
                    entry.sourcesWith(Stance.CONTRADICTS.label()), text(titles(entry)), text(history(entry)));
        }
        // Flush, not close: the caller owns the stream.
        printer.flush();
    }

    /** The sources' titles, in citing order, separated by " | " (titles often contain commas and semicolons). */
    private static String titles(ReportEntry entry) {
        return entry.sources().stream().map(ReportSource::title).collect(Collectors.joining(" | "));
    }

    /** One line per change, newest first; null (an empty cell) when the report has no history. */
    private static String history(ReportEntry entry) {
        return entry.history().isEmpty() ? null
                : entry.history().stream().map(ReportText::changeLine).collect(Collectors.joining("\n"));
    }

    /** A text cell a spreadsheet cannot mistake for a formula; null stays null (an empty cell). */
    static String text(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        return FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }
}
