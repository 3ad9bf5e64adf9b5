package claimdesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import claimdesk.model.Article;
import claimdesk.model.ArticleMetadata;
import claimdesk.model.Claim;
import claimdesk.model.ClaimStatus;
import claimdesk.model.Sha256;
import claimdesk.model.Source;
import claimdesk.model.Stance;
import claimdesk.model.TextQuote;
import claimdesk.model.Verdict;
import claimdesk.report.Report;
import claimdesk.report.ReportEntry;
import claimdesk.report.ReportFilter;
import claimdesk.report.ReportSource;
import claimdesk.store.LedgerStore;
import claimdesk.store.SourceStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportServiceTest {

    static final String TEXT = "Deportations rise\n\nMore than 75,000 migrants left in two weeks. "
            + "Officials expect 20,000 more. Aid groups count 1.2 million returns this year. "
            + "According to Bijar, 14,000 people crossed at Islam Qala.";
    static final ReportService.Heading HEADING =
            new ReportService.Heading("Weekly", LocalDate.of(2025, 3, 5), null, null, null);

    @TempDir
    Path temp;
    LedgerStore store;
    ReportService service;
    Article article;

    @BeforeEach
    void open() {
        store = LedgerStore.open(temp.resolve("ledger"), "tester");
        service = new ReportService(store);
        var outcome = (ImportOutcome.Imported) new ArticleImporter(store).importText("a.txt", TEXT);
        store.updateMetadata(outcome.article().id(), new ArticleMetadata("Deportations rise", "Monitor", null,
                "https://example.org/a", LocalDate.of(2025, 3, 2)));
        article = store.article(outcome.article().id()).orElseThrow();
        claim("More than 75,000 migrants", Verdict.MOSTLY_TRUE, ClaimStatus.VERIFIED, "figures");
        claim("20,000 more", Verdict.UNRATED, ClaimStatus.DRAFT, "forecast");
        claim("1.2 million returns", Verdict.FALSE, ClaimStatus.PUBLISHED, "figures");
        claim("Aid groups", Verdict.MISLEADING, ClaimStatus.IN_REVIEW, "attribution");
    }

    @AfterEach
    void close() {
        store.close();
    }

    Claim claim(String quote, Verdict verdict, ClaimStatus status, String tag) {
        int start = TEXT.indexOf(quote);
        Claim draft = store.createClaim(article.id(), TextQuote.of(TEXT, start, start + quote.length()), List.of(tag),
                Verdict.UNRATED, ClaimStatus.DRAFT, "");
        store.updateClaim(new Claim(draft.id(), draft.uuid(), draft.articleId(), draft.quote(), draft.tags(), verdict,
                status, "checked", draft.createdAt(), draft.updatedAt(), null, null, draft.version()));
        return store.claim(draft.id()).orElseThrow();
    }

    static List<String> quotes(Report report) {
        return report.entries().stream().map(e -> e.claim().quote().exact()).toList();
    }

    @Test
    void defaultFilterExportsOnlyVerifiedAndPublished() {
        Report report = service.build(ReportFilter.verifiedOnly(ZoneOffset.UTC), HEADING);

        assertEquals(List.of("More than 75,000 migrants", "1.2 million returns"), quotes(report));
        assertFalse(report.unverifiedIncluded());
        assertEquals("Status: Verified, Published", report.filterDescription());
        assertEquals(List.of("tester"), report.reviewers(), "reviewers come from the audit trail");
        assertEquals("Claimdesk desk", report.organisation());
        ReportEntry first = report.entries().get(0);
        assertEquals("Monitor", first.article().outlet());
        assertEquals(article.id(), first.articleId());
        assertTrue(first.sources().isEmpty() && first.findings().isEmpty());
    }

    @Test
    void explicitStatusesIncludeOthersAndFlagIt() {
        ReportFilter filter = new ReportFilter(EnumSet.of(ClaimStatus.DRAFT, ClaimStatus.VERIFIED), null, null, null,
                null, null, null, ZoneOffset.UTC);

        Report report = service.build(filter, HEADING);

        assertEquals(List.of("More than 75,000 migrants", "20,000 more"), quotes(report));
        assertTrue(report.unverifiedIncluded());
        assertTrue(filter.includesUnverified());
    }

    @Test
    void verdictTagArticleAndDateFiltersNarrowTheChoice() {
        Set<ClaimStatus> all = EnumSet.allOf(ClaimStatus.class);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);

        assertEquals(List.of("1.2 million returns"), quotes(service.build(new ReportFilter(null,
                Set.of(Verdict.FALSE, Verdict.MISLEADING), null, null, null, null, null, ZoneOffset.UTC), HEADING)));
        assertEquals(List.of("20,000 more", "Aid groups"), quotes(service.build(new ReportFilter(all, null, null,
                Set.of("Forecast", "attribution"), null, null, null, ZoneOffset.UTC), HEADING)));
        assertEquals(List.of(), quotes(service.build(new ReportFilter(null, null, Set.of(article.id() + 1), null,
                null, null, null, ZoneOffset.UTC), HEADING)));
        assertEquals(2, service.build(new ReportFilter(null, null, null, null, today.minusDays(1), today.plusDays(1),
                ReportFilter.DateBasis.CLAIM_UPDATED, ZoneOffset.UTC), HEADING).entries().size());
        assertEquals(0, service.build(new ReportFilter(null, null, null, null, LocalDate.of(2025, 3, 3), null,
                ReportFilter.DateBasis.ARTICLE_PUBLISHED, ZoneOffset.UTC), HEADING).entries().size());
        assertEquals(2, service.build(new ReportFilter(null, null, null, null, null, LocalDate.of(2025, 3, 2),
                ReportFilter.DateBasis.ARTICLE_PUBLISHED, ZoneOffset.UTC), HEADING).entries().size());
    }

    @Test
    void eachClaimCarriesItsSourcesWithTheirFilesHashes() throws Exception {
        Claim first = store.allClaims().get(0);
        SourceStore sources = new SourceStore(store);
        Source unhcr = sources.createSource(Source.draft("https://data.example.org/unhcr", "UNHCR update", "UNHCR",
                null, null, LocalDate.of(2025, 3, 4)));
        Source dari = sources.createSource(Source.draft(null, "گزارش وزارت", "وزارت امور مهاجرین", null, null, null));
        sources.link(first.id(), unhcr.id(), Stance.CONTRADICTS, "  71,400 returns  ", null);
        sources.link(first.id(), dari.id(), Stance.SUPPORTS, "", null);
        byte[] bytes = "71,400 returns recorded".getBytes(StandardCharsets.UTF_8);
        Path file = Files.write(temp.resolve("unhcr.txt"), bytes);
        sources.attach(unhcr.id(), file, "unhcr.txt", "text/plain", "71,400 returns recorded");

        ReportEntry entry = service.build(ReportFilter.verifiedOnly(ZoneOffset.UTC), HEADING).entries().get(0);

        assertEquals(List.of(
                new ReportSource("UNHCR update", "UNHCR", "https://data.example.org/unhcr", "71,400 returns",
                        "contradicts", LocalDate.of(2025, 3, 4),
                        List.of(new ReportSource.File("unhcr.txt", Sha256.hex(bytes)))),
                new ReportSource("گزارش وزارت", "وزارت امور مهاجرین", null, null, "supports", null, List.of())),
                entry.sources());
        assertEquals(1, entry.sourcesWith("supports"));
    }

    @Test
    void theClaimantIsTheReviewersElseTheSourceTheTextNamesForTheFigure() {
        new FigureIndexer(store).index(article);
        Claim bijar = claim("According to Bijar, 14,000 people crossed", Verdict.FALSE, ClaimStatus.VERIFIED, "x");
        Claim named = store.claim(claim("count 1.2 million", Verdict.TRUE, ClaimStatus.VERIFIED, "y").id())
                .orElseThrow();
        store.updateClaim(named.withClaimant("  Aid groups  "));

        Report report = service.build(new ReportFilter(null, null, null, Set.of("x", "y", "figures"), null, null,
                null, ZoneOffset.UTC), HEADING);

        assertEquals("Aid groups", store.claim(named.id()).orElseThrow().claimant(), "stored stripped");
        List<String> claimants = report.entries().stream().map(ReportEntry::claimant).toList();
        assertEquals(Arrays.asList(null, "Aid groups", null, "Bijar"), claimants,
                "none named for 75,000; the reviewer's claimant; none for 1.2 million returns; Bijar from the text: "
                        + quotes(report));
        assertEquals(bijar.id(), report.entries().get(3).claim().id());
    }

    @Test
    void theTitleFollowsTheStatusesChosen() {
        ReportService.Heading untitled = new ReportService.Heading(null, LocalDate.of(2025, 3, 5), null, null, null);
        ReportService.Heading verifiedTitle =
                new ReportService.Heading("Verified claims", LocalDate.of(2025, 3, 5), null, null, null);
        ReportFilter withDrafts = new ReportFilter(EnumSet.of(ClaimStatus.DRAFT, ClaimStatus.VERIFIED), null, null,
                null, null, null, null, ZoneOffset.UTC);

        assertEquals("Verified claims", service.build(ReportFilter.verifiedOnly(ZoneOffset.UTC), untitled).title());
        assertEquals("Claims, including unverified ones", service.build(withDrafts, untitled).title());
        assertEquals("Claims, including unverified ones", service.build(withDrafts, verifiedTitle).title());
        assertEquals("Weekly", service.build(withDrafts, HEADING).title(), "a title the reviewer chose is kept");
    }
}
