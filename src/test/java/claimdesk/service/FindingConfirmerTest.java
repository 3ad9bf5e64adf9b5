package claimdesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import claimdesk.model.Article;
import claimdesk.model.ArticleMetadata;
import claimdesk.model.Claim;
import claimdesk.model.FindingExplanation;
import claimdesk.model.FindingRef;
import claimdesk.model.FindingRuling;
import claimdesk.model.LedgerFinding;
import claimdesk.model.NewArticle;
import claimdesk.model.Verdict;
import claimdesk.store.LedgerStore;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Confirming a finding through the service, on a real H2 ledger: the claim's verdict, tags and publishable note. */
class FindingConfirmerTest {

    private static final String MEASURE = "person|deport|iran|count";
    private static final String TEXT_A = "Iran deports Afghans\n\nOfficials met on Monday. Iran deported 75,000 Afghans"
            + " in June, the ministry said. Talks go on.";
    private static final String TEXT_B = "June figures\n\nIn June, 70,000 Afghans were deported from Iran. More"
            + " returned in July.";

    @TempDir
    Path folder;
    private LedgerStore store;
    private ConsistencyService service;
    private Article a;
    private Article b;

    @BeforeEach
    void open() {
        store = LedgerStore.open(folder, "tester");
        service = new ConsistencyService(store);
        a = store.addArticle(new NewArticle(ArticleMetadata.headlineOnly("Iran deports Afghans"), TEXT_A, "ha",
                "a.txt")).article();
        b = store.addArticle(new NewArticle(ArticleMetadata.headlineOnly("June figures"), TEXT_B, "hb", "b.txt"))
                .article();
    }

    @AfterEach
    void close() {
        store.close();
    }

    private LedgerFinding stored(String kind, FindingExplanation explanation) {
        String message = "\"75,000\" (" + ConsistencyService.key(a) + ", in June) does not fit \"70,000\" ("
                + ConsistencyService.key(b) + ", in June)";
        service.findings().sync(List.of(new LedgerFinding.Draft("fp-" + kind, kind, MEASURE, message, List.of(
                ref(a, "75,000"), ref(b, "70,000")), explanation)));
        return service.findings().all().stream().filter(f -> f.kind().equals(kind)).findFirst().orElseThrow();
    }

    private static FindingRef ref(Article article, String figure) {
        int start = article.text().indexOf(figure);
        return new FindingRef(article.id(), start, start + figure.length(), figure);
    }

    @Test
    void aConfirmedConflictIsAnInconsistentClaimWhoseNoteQuotesTheSentencesByHeadline() {
        LedgerFinding conflict = stored("conflict", new FindingExplanation("same-quantity", "high",
                "Both count Afghans deported from Iran in June."));

        Claim claim = service.confirm(conflict);

        assertEquals(Verdict.INCONSISTENT, claim.verdict());
        assertEquals(List.of(FindingConfirmer.INCONSISTENT_TAG), claim.tags());
        assertEquals(a.id(), claim.articleId());
        assertEquals("75,000", claim.quote().exact());
        assertEquals(String.join("\n",
                "\"75,000\" (\u201cIran deports Afghans\u201d, in June) does not fit \"70,000\" "
                        + "(\u201cJune figures\u201d, in June).",
                "In \u201cIran deports Afghans\u201d: "
                        + "\u201cIran deported 75,000 Afghans in June, the ministry said.\u201d",
                "In \u201cJune figures\u201d: \u201cIn June, 70,000 Afghans were deported from Iran.\u201d",
                "Why: Both count Afghans deported from Iran in June."), claim.note());
        assertFalse(claim.note().contains("#" + a.id()), claim.note());
        assertFalse(claim.note().contains(MEASURE), claim.note());
        LedgerFinding ruled = service.findings().all().get(0);
        assertEquals(FindingRuling.CONFIRMED, ruled.ruling());
        assertEquals(claim.id(), ruled.claimId());
    }

    @Test
    void confirmingAgainKeepsTheOneClaim() {
        service.confirm(stored("sum", FindingExplanation.NONE));
        LedgerFinding confirmed = service.findings().all().get(0);

        Claim again = service.confirm(confirmed);

        assertEquals(confirmed.claimId(), again.id());
        assertEquals(1, store.claimsOf(a.id()).size());
        assertFalse(again.note().contains("Why:"), "no why, no why line: " + again.note());
    }

    @Test
    void aRepeatedPassageIsAnUnratedProvenanceNoteAndAnUpdateAnUnratedUpdate() {
        Claim passage = service.confirm(stored("duplicate", new FindingExplanation("passage", "high", "")));
        Claim update = service.confirm(stored("update", new FindingExplanation("update", "medium",
                "The later article reports the running total after more deportations.")));

        assertEquals(Verdict.UNRATED, passage.verdict());
        assertEquals(List.of(FindingConfirmer.PROVENANCE_TAG), passage.tags());
        assertEquals(Verdict.UNRATED, update.verdict());
        assertEquals(List.of(FindingConfirmer.UPDATE_TAG), update.tags());
        assertTrue(update.note().endsWith("Why: The later article reports the running total after more"
                + " deportations."), update.note());
    }

    @Test
    void everyKindOfFiguresThatCannotAllBeTrueIsInconsistent() {
        for (String kind : List.of("conflict", "part-exceeds-whole", "sum", "percent", "rate", "copy-changed",
                "differs")) {
            assertEquals(Verdict.INCONSISTENT, FindingConfirmer.verdict(kind), kind);
            assertEquals(List.of(FindingConfirmer.INCONSISTENT_TAG), FindingConfirmer.tags(kind), kind);
        }
    }

    @Test
    void aCheckStoresFindingsThatNameArticlesByHeadlineNotByKey() throws Exception {
        new ArticleImporter(store).importFiles(List.of(Path.of("seeds/001_a219516f4fe332d3.txt"),
                Path.of("seeds/002_36ac887a2783dbf1.txt")), claimdesk.model.Progress.NONE);

        service.check(claimdesk.model.Progress.NONE);

        List<LedgerFinding> stored = service.findings().all();
        assertFalse(stored.isEmpty());
        for (LedgerFinding finding : stored) {
            assertFalse(finding.message().contains(".txt#"), finding.message());
        }
        assertTrue(stored.stream().anyMatch(f -> f.message().contains("\u201cIranian President Urges")),
                "headline of seed 001 expected in " + stored.stream().map(LedgerFinding::message).toList());
    }
}
