package claimdesk.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * One row per claim, RFC 4180 (commas, CRLF, double quotes), UTF-8 with a byte-order mark so spreadsheet programs
 * pick the right encoding for Dari and emoji. Fields are written exactly as stored, so a file parses back to the
 * ledger's values; that is also why nothing is prefixed to defuse text starting with "=" (a spreadsheet may read it
 * as a formula): import the file as text when its articles are untrusted. The report's heading (title, the
 * not-verified warning) has no place in a table another tool reads; the status column says it for each row.
 */
public final class CsvReportWriter implements ReportWriter {

    /** The columns, in order. */
    public static final List<String> HEADER = List.of("article headline", "outlet", "published on", "article url",
            "quote", "verdict", "status", "tags", "note", "claim uuid", "updated at");

    @Override
    public void write(Report report, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader(HEADER.toArray(String[]::new)).get();
        CSVPrinter printer = new CSVPrinter(writer, format);
        for (ReportEntry entry : report.entries()) {
            var claim = entry.claim();
            var article = entry.article();
            printer.printRecord(article.headline(), article.outlet(), article.publishedOn(), article.url(),
                    claim.quote().exact(), claim.verdict().label(), claim.status().label(),
                    String.join(", ", claim.tags()), claim.note(), claim.uuid(), claim.updatedAt());
        }
        // Flush, not close: the caller owns the stream.
        printer.flush();
    }
}
