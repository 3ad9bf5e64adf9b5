package claimdesk.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import claimdesk.model.ArticleMetadata;
import claimdesk.model.Claim;
import claimdesk.model.ClaimStatus;
import claimdesk.model.Verdict;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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
        assertEquals("<em>Source</em>, \"one\" | =HYPERLINK(\"x\") منبع </script>", row.get("source titles"));
    }

    @Test
    void sourceColumnsCountTheSourcesByStanceAndNameThem() throws Exception {
        List<CSVRecord> rows = parse(ReportFixtures.weekly());

        CSVRecord first = rows.get(0);
        assertEquals("2", first.get("sources"));
        assertEquals("1", first.get("supporting"));
        assertEquals("1", first.get("contradicting"));
        assertEquals("UNHCR Afghanistan situation update | " + ReportFixtures.DARI_SOURCE_TITLE,
                first.get("source titles"));
        CSVRecord second = rows.get(1);
        assertEquals(List.of("0", "0", "0", ""), List.of(second.get("sources"), second.get("supporting"),
                second.get("contradicting"), second.get("source titles")));
    }

    @Test
    void oneRowPerClaimAndEmptyForUnknown() throws Exception {
        List<CSVRecord> rows = parse(ReportFixtures.weekly());

        assertEquals(3, rows.size());
        assertEquals("بیش از ۷۵ هزار مهاجر افغان", rows.get(2).get("quote"));
        assertEquals("", rows.get(2).get("article url"));
        assertEquals("figures, migration", rows.get(0).get("tags"));
    }

    // OWASP "CSV injection": a spreadsheet runs a cell starting with one of these as a formula. The note keeps the
    // value as given and the quote is trimmed, as in every format; headline, outlet and tags are stored stripped (and
    // tags lower-cased), so they are compared with what the ledger holds.
    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://x\",\"y\")", "+1+2", "-2+3", "@SUM(A1)", "\t=1+1", "\r=1+1"})
    void aCellAFormulaCouldStartWithGetsAnApostrophe(String hostile) throws Exception {
        Report report = oneClaim(hostile + " headline", hostile);
        ReportEntry entry = report.entries().get(0);

        CSVRecord row = parse(report).get(0);

        assertEquals("'" + hostile, row.get("note"));
        assertEquals("'" + hostile.strip(), row.get("quote"));
        assertEquals("'" + entry.article().headline(), row.get("article headline"));
        assertEquals("'" + entry.article().outlet(), row.get("outlet"));
        assertEquals("'" + entry.claim().tags().get(0), row.get("tags"));
    }

    @Test
    void aNegativeNumberInATextCellIsTextAndPrefixed() throws Exception {
        CSVRecord row = parse(oneClaim("Plain headline", "-5")).get(0);

        assertEquals("'-5", row.get("note"));
        assertEquals("Plain headline", row.get("article headline"));
    }

    // A leading apostrophe is always ours, so a script strips exactly one to get the ledger's value back.
    @Test
    void aCellThatStartsWithAnApostropheGetsOneMoreSoTheRuleReverses() throws Exception {
        CSVRecord row = parse(oneClaim("'=not ours", "'tis")).get(0);

        assertEquals("''=not ours", row.get("article headline"));
        assertEquals("''tis", row.get("note"));
    }

    @Test
    void datesAndIdsAreWrittenAsTheyAre() throws Exception {
        Report report = oneClaim("Headline", "note");
        CSVRecord row = parse(report).get(0);

        assertEquals("2025-01-02", row.get("published on"));
        assertEquals(report.entries().get(0).claim().uuid().toString(), row.get("claim uuid"));
        assertEquals(report.entries().get(0).claim().updatedAt().toString(), row.get("updated at"));
    }

    private static Report oneClaim(String headline, String hostile) {
        String text = headline + "\n\n" + hostile + " people left.";
        ArticleMetadata article = new ArticleMetadata(headline, hostile, null, null, LocalDate.of(2025, 1, 2));
        Claim claim = ReportFixtures.claim(1, text, hostile, Verdict.FALSE, ClaimStatus.VERIFIED,
                List.of(hostile), hostile);
        return new Report("Title", LocalDate.of(2025, 1, 3), null, List.of(), "", false, null,
                List.of(new ReportEntry(claim, 1, article)));
    }
}
