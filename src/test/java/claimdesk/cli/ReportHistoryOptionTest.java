package claimdesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import claimdesk.model.ArticleSummary;
import claimdesk.model.Claim;
import claimdesk.model.ClaimStatus;
import claimdesk.model.Source;
import claimdesk.model.Stance;
import claimdesk.model.TextQuote;
import claimdesk.model.Verdict;
import claimdesk.store.LedgerStore;
import claimdesk.store.SourceStore;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code report --history}: each claim's changes from the ledger's audit trail, only when asked. */
class ReportHistoryOptionTest {

    @TempDir
    Path temp;
    String db;

    @BeforeEach
    void verifiedClaimWhoseNoteWasEditedTwiceAndWhoseSourceWasRenamed() {
        db = temp.resolve("ledger").toString();
        assertEquals(0, CliTest.run("import", "--db", db, "seeds/000_855578ea834ac26d.txt").exit());
        try (LedgerStore store = LedgerStore.open(Path.of(db), "amina")) {
            ArticleSummary summary = store.articles().get(0);
            String text = store.article(summary.id()).orElseThrow().text();
            Claim created = store.createClaim(summary.id(), TextQuote.of(text, 40, 90), List.of("t"),
                    Verdict.FALSE, ClaimStatus.VERIFIED, "");
            store.updateClaim(created.withNote("first look"));
            store.setReviewer("ben");
            store.updateClaim(store.claim(created.id()).orElseThrow().withNote("<script>alert(1)</script> rechecked"));
            SourceStore sources = new SourceStore(store);
            Source source = sources.createSource(Source.draft("https://data.example.org/unhcr", "UNHCR upd",
                    "UNHCR", null, null, null));
            sources.link(created.id(), source.id(), Stance.CONTRADICTS, "", null);
            Source stored = sources.source(source.id()).orElseThrow();
            sources.updateSource(new Source(stored.id(), stored.uuid(), stored.url(), "UNHCR update",
                    stored.publisher(), stored.author(), stored.publishedOn(), stored.accessedOn(), stored.articleId()));
        }
    }

    @Test
    void historyGoesInOnlyWithTheOption() throws Exception {
        Path plain = temp.resolve("plain.md");
        Path with = temp.resolve("with.md");

        CliTest.Result without = CliTest.run("report", "--db", db, "--format", "md", "--out", plain.toString());
        CliTest.Result result = CliTest.run("report", "--db", db, "--format", "md", "--out", with.toString(),
                "--history");

        assertEquals(0, without.exit(), without.err());
        assertEquals(0, result.exit(), result.err());
        assertFalse(Files.readString(plain).contains("**History**"), "no history without --history");
        String md = Files.readString(with);
        assertTrue(md.contains("**History**"), md);
        int second = md.indexOf("ben \u00b7 note: first look -\\> \\<script\\>alert(1)\\</script\\> rechecked");
        int first = md.indexOf("amina \u00b7 note: (empty) -\\> first look");
        assertTrue(second > 0 && first > second, "both note edits, newest first: " + md);
        assertTrue(md.contains("ben \u00b7 source \u201cUNHCR update\u201d title: UNHCR upd -\\> UNHCR update"),
                "the cited source's own change: " + md);
        assertTrue(md.contains("ben \u00b7 citation: (none) -\\> contradicts: UNHCR upd"), "the citation: " + md);
    }

    @Test
    void htmlEscapesTheEditedNoteAndCsvHasOneLinePerChange() throws Exception {
        Path html = temp.resolve("r.html");
        Path csv = temp.resolve("r.csv");
        assertEquals(0, CliTest.run("report", "--db", db, "--format", "html", "--out", html.toString(),
                "--history").exit());
        assertEquals(0, CliTest.run("report", "--db", db, "--format", "csv", "--out", csv.toString(),
                "--history").exit());

        String page = Files.readString(html);
        assertTrue(page.contains("&lt;script&gt;alert(1)&lt;/script&gt; rechecked"), page);
        assertFalse(page.contains("<script>alert(1)"), "markup from a note reached the page");
        List<String> lines = row(csv).get("history").lines().toList();
        assertEquals(6, lines.size(), "created, two notes, citation, source created and renamed: " + lines);
        assertTrue(lines.get(lines.size() - 1).contains("amina \u00b7 created: (none) -> "), lines.toString());
    }

    private static CSVRecord row(Path csv) throws Exception {
        String text = Files.readString(csv).substring(1);
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            List<CSVRecord> rows = parser.getRecords();
            assertEquals(1, rows.size());
            return rows.get(0);
        }
    }
}
