package claimdesk.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import claimdesk.model.ClaimChange;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** A claim's history goes into every format but ClaimReview, only when the report carries it, always escaped. */
class ReportHistoryTest {

    static final String NOTE_BEFORE = "Checked against <b>UNHCR</b>";
    static final String NOTE_AFTER = "<script>alert('history')</script>\nSecond line & more";
    static final Instant NOTE_EDITED = Instant.parse("2025-03-04T10:15:00Z");
    static final List<ClaimChange> HISTORY = List.of(
            new ClaimChange(NOTE_EDITED, "amina", null, "note", NOTE_BEFORE, NOTE_AFTER),
            new ClaimChange(Instant.parse("2025-03-04T09:45:00Z"), "ben", "UNHCR Afghanistan situation update",
                    "title", "UNHCR update", "UNHCR Afghanistan situation update"),
            new ClaimChange(Instant.parse("2025-03-04T08:30:00Z"), null, null, "created", null, "More than 75,000"));

    /** The weekly report with {@link #HISTORY} on its first claim, as a report that asked for history has it. */
    static Report weeklyWithHistory() {
        Report weekly = ReportFixtures.weekly();
        List<ReportEntry> entries = new java.util.ArrayList<>(weekly.entries());
        entries.set(0, entries.get(0).withHistory(HISTORY));
        return new Report(weekly.title(), weekly.date(), weekly.organisation(), weekly.reviewers(),
                weekly.filterDescription(), weekly.unverifiedIncluded(), weekly.url(), entries);
    }

    static String write(ReportWriter writer, Report report) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(report, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void htmlShowsTheHistoryOnlyWhenTheReportCarriesIt() throws Exception {
        String without = write(new HtmlReportWriter(), ReportFixtures.weekly());
        String with = write(new HtmlReportWriter(), weeklyWithHistory());

        assertFalse(without.contains("<table class=\"history\">"), "no history was asked for");
        assertEquals(1, count(with, "<table class=\"history\">"), "one claim has a history");
        assertTrue(with.contains("<td class=\"when\">" + ReportText.when(NOTE_EDITED) + "</td><td class=\"who\" dir=\"auto\">amina"
                + "</td><td class=\"what\" dir=\"auto\">note</td>"), with);
        assertTrue(with.contains("source \u201cUNHCR Afghanistan situation update\u201d title"), with);
        assertTrue(with.contains("<td class=\"who\" dir=\"auto\">(unsigned)</td><td class=\"what\" dir=\"auto\">created</td>"
                + "<td class=\"change\"><span class=\"old\" dir=\"auto\">(none)</span>"), "a creation has no old value: " + with);
    }

    @Test
    void htmlEscapesMarkupInTheHistory() throws Exception {
        String with = write(new HtmlReportWriter(), weeklyWithHistory());

        assertTrue(with.contains("Checked against &lt;b&gt;UNHCR&lt;/b&gt;</span> \u2192 <span class=\"new\" "
                + "dir=\"auto\">&lt;script&gt;alert(&#39;history&#39;)&lt;/script&gt;\nSecond line &amp; more"), with);
        assertFalse(with.contains("alert('history')"), "the note's script must not reach the page as markup");
        assertEquals(count(write(new HtmlReportWriter(), ReportFixtures.weekly()), "<script"), count(with, "<script"),
                "the only script element is the ClaimReview JSON-LD");
    }

    @Test
    void markdownListsOneEscapedLinePerChange() throws Exception {
        String without = write(new MarkdownReportWriter(), ReportFixtures.weekly());
        String with = write(new MarkdownReportWriter(), weeklyWithHistory());

        assertFalse(without.contains("**History**"));
        assertEquals(1, count(with, "\n**History**\n"));
        assertTrue(with.contains("\n- " + ReportText.when(NOTE_EDITED) + " \u00b7 amina \u00b7 note: "
                + "Checked against \\<b\\>UNHCR\\</b\\> -\\> \\<script\\>alert('history')\\</script\\> Second line "
                + "\\& more\n"), with);
        for (String line : with.lines().toList()) {
            assertFalse(line.matches(".*(?<!\\\\)<(?!https?://).*"), "unescaped < in: " + line);
        }
    }

    @Test
    void csvHistoryColumnIsEmptyUnlessAsked() throws Exception {
        List<CSVRecord> without = CsvReportWriterTest.parse(ReportFixtures.weekly());
        List<CSVRecord> with = CsvReportWriterTest.parse(weeklyWithHistory());

        assertEquals("history", CsvReportWriter.HEADER.get(CsvReportWriter.HEADER.size() - 1), "the new column is last");
        without.forEach(row -> assertEquals("", row.get("history")));
        List<String> lines = with.get(0).get("history").lines().toList();
        assertEquals(3, lines.size(), "one line per change: " + lines);
        assertEquals(ReportText.when(NOTE_EDITED) + " \u00b7 amina \u00b7 note: " + NOTE_BEFORE + " -> "
                + "<script>alert('history')</script> Second line & more", lines.get(0));
        assertTrue(lines.get(2).endsWith("(unsigned) \u00b7 created: (none) -> More than 75,000"), lines.get(2));
        assertEquals("", with.get(1).get("history"), "the second claim has no history");
    }

    @Test
    void pdfPrintsTheHistoryOnlyWhenAsked() throws Exception {
        String without = PdfReportWriterTest.text(new PdfReportWriter(), ReportFixtures.weekly(), new int[1]);
        String with = PdfReportWriterTest.text(new PdfReportWriter(), weeklyWithHistory(), new int[1]);

        assertFalse(without.contains("When Who What Change"), without);
        assertTrue(with.contains("When Who What Change"), with);
        // The cell may wrap inside "</script>"; the words are what must be there, as text.
        assertTrue(with.contains("Checked against <b>UNHCR</b> \u2192 <script>alert('history')"), with);
        assertTrue(with.contains("(unsigned)"), "the who column does not wrap: " + with);
    }

    @Test
    void claimReviewLeavesTheHistoryOut() throws Exception {
        assertEquals(write(new ClaimReviewWriter(), ReportFixtures.weekly()),
                write(new ClaimReviewWriter(), weeklyWithHistory()));
    }

    @Test
    void anEntryWithoutHistoryHasAnEmptyList() {
        ReportEntry entry = ReportFixtures.weekly().entries().get(1);

        assertEquals(List.of(), entry.history());
        assertEquals(HISTORY, entry.withHistory(HISTORY).history());
        assertNull(HISTORY.get(2).oldValue());
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            n++;
        }
        return n;
    }
}
