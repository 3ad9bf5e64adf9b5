package claimdesk.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class CsvReportWriterTest {

    static List<CSVRecord> parse(Report report) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CsvReportWriter().write(report, out);
        String text = out.toString(StandardCharsets.UTF_8);
        assertEquals('\uFEFF', text.charAt(0), "a byte-order mark tells spreadsheets it is UTF-8");
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text.substring(1)), format)) {
            assertEquals(CsvReportWriter.HEADER, parser.getHeaderNames());
            return parser.getRecords();
        }
    }

    @Test
    void hostileFieldsRoundTrip() throws Exception {
        Report report = ReportFixtures.hostile();
        ReportEntry entry = report.entries().get(0);

        List<CSVRecord> rows = parse(report);

        assertEquals(1, rows.size());
        CSVRecord row = rows.get(0);
        assertEquals(ReportFixtures.HOSTILE_HEADLINE, row.get("article headline"));
        assertEquals("Outlet & Co <img src=x onerror=alert(1)>", row.get("outlet"));
        assertEquals("2025-01-02", row.get("published on"));
        assertEquals("javascript:alert(1)", row.get("article url"));
        assertEquals(ReportFixtures.HOSTILE_QUOTE, row.get("quote"));
        assertEquals("False", row.get("verdict"));
        assertEquals("Draft", row.get("status"));
        assertEquals("x<y, تگ", row.get("tags"));
        assertEquals(ReportFixtures.HOSTILE_NOTE, row.get("note"));
        assertEquals(entry.claim().uuid().toString(), row.get("claim uuid"));
        assertEquals(entry.claim().updatedAt().toString(), row.get("updated at"));
    }

    @Test
    void oneRowPerClaimAndEmptyForUnknown() throws Exception {
        List<CSVRecord> rows = parse(ReportFixtures.weekly());

        assertEquals(3, rows.size());
        assertEquals("بیش از ۷۵ هزار مهاجر افغان", rows.get(2).get("quote"));
        assertEquals("", rows.get(2).get("article url"));
        assertEquals("figures, migration", rows.get(0).get("tags"));
    }
}
