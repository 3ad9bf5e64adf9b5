package claimdesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import claimdesk.model.ArticleSummary;
import claimdesk.model.Claim;
import claimdesk.model.ClaimStatus;
import claimdesk.model.Sha256;
import claimdesk.model.Source;
import claimdesk.model.Stance;
import claimdesk.model.TextQuote;
import claimdesk.model.Verdict;
import claimdesk.store.LedgerStore;
import claimdesk.store.SourceStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {

    @TempDir
    Path temp;
    String db;

    @BeforeEach
    void ledgerWithAVerifiedAndADraftClaim() {
        db = temp.resolve("ledger").toString();
        assertEquals(0, CliTest.run("import", "--db", db, "seeds/000_855578ea834ac26d.txt").exit());
        try (LedgerStore store = LedgerStore.open(Path.of(db), "tester")) {
            ArticleSummary summary = store.articles().get(0);
            String text = store.article(summary.id()).orElseThrow().text();
            add(store, summary.id(), text, 40, 90, ClaimStatus.VERIFIED, "Verified <note>, \"quoted\"");
            add(store, summary.id(), text, 120, 160, ClaimStatus.DRAFT, "draft note");
        }
    }

    static void add(LedgerStore store, long article, String text, int start, int end, ClaimStatus status, String note) {
        Claim c = store.createClaim(article, TextQuote.of(text, start, end), List.of("t"), Verdict.UNRATED,
                ClaimStatus.DRAFT, "");
        store.updateClaim(new Claim(c.id(), c.uuid(), c.articleId(), c.quote(), c.tags(), Verdict.FALSE, status, note,
                c.createdAt(), c.updatedAt(), null, null, c.version()));
    }

    @Test
    void writesEveryFormat() throws Exception {
        for (String format : List.of("html", "pdf", "md", "csv", "claimreview")) {
            Path out = temp.resolve("report." + format);

            CliTest.Result result = CliTest.run("report", "--db", db, "--format", format, "--out", out.toString(),
                    "--title", "Desk report", "--organisation", "Example Desk", "--date", "2025-03-05");

            assertEquals(0, result.exit(), format + ": " + result.err());
            assertTrue(result.out().startsWith("Wrote 1 claim to "), result.out());
            assertTrue(Files.size(out) > 0, format);
        }
        assertTrue(Files.readString(temp.resolve("report.html")).contains("Verified &lt;note&gt;, &quot;quoted&quot;"));
        assertFalse(Files.readString(temp.resolve("report.md")).contains("draft note"), "a draft went in by default");
        assertTrue(Files.readString(temp.resolve("report.claimreview")).contains("\"name\" : \"Example Desk\""));
        try (PDDocument pdf = Loader.loadPDF(temp.resolve("report.pdf").toFile())) {
            assertTrue(new PDFTextStripper().getText(pdf).contains("Desk report"));
        }
        try (var files = Files.list(temp)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().startsWith(".claimdesk-report-")));
        }
    }

    @Test
    void otherStatusesNeedAnExplicitChoiceAndAreAnnounced() throws Exception {
        Path out = temp.resolve("all.md");

        CliTest.Result result = CliTest.run("report", "--db", db, "--format", "md", "--out", out.toString(),
                "--status", "verified,draft", "--tag", "t", "--verdict", "false", "--date-of", "published");

        assertEquals(0, result.exit(), result.err());
        assertTrue(result.out().contains("Wrote 2 claims"), result.out());
        assertTrue(result.out().contains("includes claims that are not verified"), result.out());
        String md = Files.readString(out, StandardCharsets.UTF_8);
        assertTrue(md.contains("> **Includes claims that are not verified.**"), md);
        assertTrue(md.contains("draft note"));
    }

    @Test
    void badUsageExitsWithTwo() {
        String out = temp.resolve("x.html").toString();

        assertEquals(ClaimdeskCli.EXIT_USAGE, CliTest.run("report", "--db", db, "--format", "docx", "--out", out).exit());
        assertEquals(ClaimdeskCli.EXIT_USAGE, CliTest.run("report", "--db", db, "--format", "html", "--out", out,
                "--status", "approved").exit());
        CliTest.Result range = CliTest.run("report", "--db", db, "--format", "html", "--out", out,
                "--from", "2025-03-02", "--to", "2025-03-01");
        assertEquals(ClaimdeskCli.EXIT_USAGE, range.exit());
        assertTrue(range.err().contains("starts (2025-03-02) after it ends"), range.err());
    }

    @Test
    void anUnwritableTargetExitsWithOne() {
        CliTest.Result result = CliTest.run("report", "--db", db, "--format", "csv", "--out",
                temp.resolve("no/such/folder/r.csv").toString());

        assertEquals(ClaimdeskCli.EXIT_PROBLEM, result.exit());
        assertTrue(result.err().contains("cannot write"), result.err());
    }

    @Test
    void aBadFormatOrDateGivesOneLineNamingTheValueAndTheAllowedOnes() {
        String out = temp.resolve("x.html").toString();

        CliTest.Result format = CliTest.run("report", "--db", db, "--format", "docx", "--out", out);
        CliTest.Result from = CliTest.run("report", "--db", db, "--format", "html", "--out", out,
                "--from", "2025-13-01");
        CliTest.Result date = CliTest.run("report", "--db", db, "--format", "html", "--out", out, "--date", "5 March");
        CliTest.Result status = CliTest.run("report", "--db", db, "--format", "html", "--out", out, "--status", "done");

        assertEquals(ClaimdeskCli.EXIT_USAGE, format.exit());
        assertEquals("claimdesk report: --format \"docx\" is not a report format; use html, pdf, md, csv or "
                + "claimreview.", format.err().strip());
        assertEquals("claimdesk report: --from \"2025-13-01\" is not a date; use yyyy-mm-dd, e.g. 2025-03-01.",
                from.err().strip());
        assertEquals(ClaimdeskCli.EXIT_USAGE, date.exit());
        assertEquals("claimdesk report: --date \"5 March\" is not a date; use yyyy-mm-dd, e.g. 2025-03-01.",
                date.err().strip());
        assertEquals("claimdesk report: --status \"done\" is not a status; use draft, in-review, verified or "
                + "published.", status.err().strip());
        for (CliTest.Result result : List.of(format, from, date, status)) {
            assertFalse(result.err().contains("Exception"), result.err());
            assertFalse(Files.exists(Path.of(out)));
        }
    }

    @Test
    void withoutAUrlClaimReviewWarnsOnStderrAndStillSucceeds() throws Exception {
        Path out = temp.resolve("r.jsonld");

        CliTest.Result without = CliTest.run("report", "--db", db, "--format", "claimreview", "--out", out.toString());
        CliTest.Result with = CliTest.run("report", "--db", db, "--format", "claimreview", "--out", out.toString(),
                "--url", "https://factcheck.example.org/r");
        CliTest.Result markdown = CliTest.run("report", "--db", db, "--format", "md", "--out",
                temp.resolve("r.md").toString());

        assertEquals(0, without.exit());
        assertTrue(without.err().startsWith("claimdesk report: warning: ClaimReview needs the address"), without.err());
        assertTrue(without.err().contains("this review lacks it: claim 1 ("), without.err());
        assertTrue(without.err().strip().endsWith("Give it with --url."), without.err());
        assertEquals(1, without.err().strip().lines().count());
        assertEquals("", with.err());
        assertTrue(Files.readString(out).contains("\"url\" : \"https://factcheck.example.org/r#claim-"));
        assertEquals("", markdown.err(), "Markdown carries no ClaimReview");
    }

    @Test
    void theDefaultTitleSaysWhenUnverifiedClaimsAreIn() throws Exception {
        Path verified = temp.resolve("v.md");
        Path all = temp.resolve("all.md");

        CliTest.run("report", "--db", db, "--format", "md", "--out", verified.toString());
        CliTest.run("report", "--db", db, "--format", "md", "--out", all.toString(), "--status", "verified,draft");

        assertTrue(Files.readString(verified).startsWith("# Verified claims\n"));
        assertTrue(Files.readString(all).startsWith("# Claims, including unverified ones\n"));
    }

    @Test
    void everyFormatListsTheSourcesOfAClaimFromTheLedger() throws Exception {
        byte[] evidence = "UNHCR: 71,400 returns".getBytes(StandardCharsets.UTF_8);
        try (LedgerStore store = LedgerStore.open(Path.of(db), "tester")) {
            Claim verified = store.allClaims().stream().filter(c -> c.status() == ClaimStatus.VERIFIED).findFirst()
                    .orElseThrow();
            SourceStore sources = new SourceStore(store);
            Source source = sources.createSource(Source.draft("https://data.example.org/unhcr", "UNHCR update",
                    "UNHCR", null, null, LocalDate.of(2025, 3, 4)));
            sources.link(verified.id(), source.id(), Stance.CONTRADICTS, "71,400 returns", null);
            sources.attach(source.id(), Files.write(temp.resolve("unhcr.txt"), evidence), "unhcr.txt", "text/plain",
                    null);
        }
        String sha = Sha256.hex(evidence);

        for (String format : List.of("html", "md", "csv", "pdf")) {
            CliTest.Result result = CliTest.run("report", "--db", db, "--format", format, "--out",
                    temp.resolve("s." + format).toString(), "--url", "https://factcheck.example.org/r");
            assertEquals(0, result.exit(), result.err());
        }

        for (String format : List.of("html", "md")) {
            String text = Files.readString(temp.resolve("s." + format));
            for (String part : List.of("UNHCR update", "UNHCR", "contradicts", "71,400 returns", "2025-03-04",
                    "https://data.example.org/unhcr", "unhcr.txt", sha)) {
                assertTrue(text.contains(part), format + " lacks " + part);
            }
        }
        String csv = Files.readString(temp.resolve("s.csv"));
        assertTrue(csv.contains(",1,0,1,UNHCR update"), csv);
        try (PDDocument pdf = Loader.loadPDF(temp.resolve("s.pdf").toFile())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
            assertTrue(text.contains("UNHCRupdate") && text.contains(sha), text);
        }
    }
}
