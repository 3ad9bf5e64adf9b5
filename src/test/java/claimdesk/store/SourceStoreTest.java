package claimdesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import claimdesk.model.Article;
import claimdesk.model.ArticleMetadata;
import claimdesk.model.AuditEntry;
import claimdesk.model.Claim;
import claimdesk.model.ClaimSource;
import claimdesk.model.ClaimStatus;
import claimdesk.model.Evidence;
import claimdesk.model.NewArticle;
import claimdesk.model.Passage;
import claimdesk.model.Source;
import claimdesk.model.SourceTally;
import claimdesk.model.Stance;
import claimdesk.model.TextQuote;
import claimdesk.model.Verdict;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(TestLedger.Kind.class)
@ExtendWith(PostgresCluster.Extension.class)
class SourceStoreTest {

    private static final String TEXT = "Headline\n\nMore than 75,000 migrants left Iran in the past two weeks.";

    @Parameter
    TestLedger.Kind kind;
    @TempDir
    Path folder;
    private TestLedger testLedger;
    private LedgerStore ledger;
    private SourceStore sources;
    private Article article;
    private Claim claim;

    @BeforeEach
    void open(PostgresCluster cluster) {
        testLedger = kind.create(folder, cluster);
        ledger = testLedger.open();
        sources = new SourceStore(ledger);
        article = ledger.addArticle(new NewArticle(ArticleMetadata.headlineOnly("Headline"), TEXT, "h1", "a.txt"))
                .article();
        claim = ledger.createClaim(article.id(), TextQuote.of(TEXT, 10, 26), List.of(), Verdict.UNRATED,
                ClaimStatus.DRAFT, "");
    }

    @AfterEach
    void close() {
        ledger.close();
    }

    static Source unhcr() {
        return Source.draft("https://data.unhcr.org/iran", "Iran: returns update", "UNHCR", "Field office",
                LocalDate.of(2025, 7, 1), LocalDate.of(2025, 7, 3));
    }

    @Test
    void aSourceLinkedToAClaimSurvivesAReopenWithStanceAndQuote() {
        Source source = sources.createSource(unhcr());
        sources.link(claim.id(), source.id(), Stance.CONTRADICTS, "about 30,000 returned", null);
        ledger.close();

        ledger = testLedger.open();
        sources = new SourceStore(ledger);
        List<Evidence> evidence = sources.evidenceOf(claim.id());
        assertEquals(1, evidence.size());
        assertEquals(source, evidence.get(0).source());
        assertEquals(Stance.CONTRADICTS, evidence.get(0).link().stance());
        assertEquals("about 30,000 returned", evidence.get(0).link().quote());
        assertEquals(LocalDate.of(2025, 7, 3), evidence.get(0).source().accessedOn());
    }

    @Test
    void editingASourceOnceShowsEverywhereItIsCitedAndIsAudited() {
        Claim other = ledger.createClaim(article.id(), TextQuote.of(TEXT, 36, 40), List.of(), Verdict.UNRATED,
                ClaimStatus.DRAFT, "");
        Source source = sources.createSource(unhcr());
        sources.link(claim.id(), source.id(), Stance.SUPPORTS, "", null);
        sources.link(other.id(), source.id(), Stance.CONTEXT, "", null);

        Source before = sources.updateSource(new Source(source.id(), source.uuid(), source.url(), "Returns, July",
                source.publisher(), source.author(), source.publishedOn(), source.accessedOn(), null));

        assertEquals("Iran: returns update", before.title());
        assertEquals("Returns, July", sources.evidenceOf(claim.id()).get(0).source().title());
        assertEquals("Returns, July", sources.evidenceOf(other.id()).get(0).source().title());
        List<AuditEntry> audit = ledger.auditOf("source", source.id());
        assertTrue(audit.stream().anyMatch(e -> e.field().equals("title") && "Returns, July".equals(e.newValue())),
                audit.toString());
    }

    @Test
    void unlinkingKeepsTheSourceInTheLibraryAndAuditsTheClaim() {
        Source source = sources.createSource(unhcr());
        ClaimSource link = sources.link(claim.id(), source.id(), Stance.SUPPORTS, "q", null);

        ClaimSource removed = sources.unlink(link.id());

        assertEquals(link, removed);
        assertTrue(sources.evidenceOf(claim.id()).isEmpty());
        assertEquals(List.of(source), sources.sources());
        List<AuditEntry> audit = ledger.auditOf("claim", claim.id());
        assertTrue(audit.stream().anyMatch(e -> e.field().equals("source") && e.newValue() == null), audit.toString());
    }

    @Test
    void talliesCountStancesPerClaimAndNamesClaimsUsingASource() {
        Source a = sources.createSource(unhcr());
        Source b = sources.createSource(Source.draft(null, "IOM flash update", "IOM", null, null, null));
        Source c = sources.createSource(Source.draft("", "Ministry statement", null, null, null, null));
        sources.link(claim.id(), a.id(), Stance.SUPPORTS, "", null);
        sources.link(claim.id(), b.id(), Stance.SUPPORTS, "", null);
        sources.link(claim.id(), c.id(), Stance.CONTRADICTS, "", null);

        Map<Long, SourceTally> tallies = sources.talliesOf(article.id());

        assertEquals(new SourceTally(2, 1, 0), tallies.get(claim.id()));
        assertEquals("2\u2713 1\u2717", tallies.get(claim.id()).summary());
        assertEquals(List.of(claim.id()), sources.claimsUsing(a.id()).stream().map(r -> r.claimId()).toList());
    }

    @Test
    void aDeletedClaimKeepsItsEvidenceForUndo() {
        Source source = sources.createSource(unhcr());
        sources.link(claim.id(), source.id(), Stance.SUPPORTS, "q", null);

        Claim deleted = ledger.deleteClaim(claim.id());
        assertTrue(sources.talliesOf(article.id()).isEmpty());
        assertTrue(sources.claimsUsing(source.id()).isEmpty());
        ledger.restoreClaim(deleted);

        assertEquals(1, sources.evidenceOf(claim.id()).size());
    }

    @Test
    void deletingASourceRemovesItsLinksAndIsAudited() {
        Source source = sources.createSource(unhcr());
        sources.link(claim.id(), source.id(), Stance.SUPPORTS, "q", null);

        sources.deleteSource(source.id());

        assertTrue(sources.sources().isEmpty());
        assertTrue(sources.evidenceOf(claim.id()).isEmpty());
        assertTrue(ledger.auditOf("source", source.id()).stream().anyMatch(e -> e.field().equals("deleted")));
    }

    @Test
    void anArticlePassageBacksAClaimInAnotherArticle() {
        String otherText = "Officials\n\nOnly 30,000 people returned, officials said.";
        Article other = ledger.addArticle(new NewArticle(new ArticleMetadata("Officials", "Daily", null,
                "https://daily.example/officials", null), otherText, "h2", "b.txt")).article();
        int start = otherText.indexOf("Only 30,000");

        Source asSource = sources.sourceForArticle(other);
        ClaimSource link = sources.link(claim.id(), asSource.id(), Stance.CONTRADICTS, "Only 30,000 people returned",
                new Passage(other.id(), start, start + 27));

        assertEquals(new Passage(other.id(), start, start + 27), link.passage());
        assertEquals(asSource, sources.sourceForArticle(other), "one library source per article");
        assertEquals("Daily", asSource.publisher());
        assertNull(sources.evidenceOf(claim.id()).get(0).source().author());
        assertFalse(sources.evidenceOf(claim.id()).get(0).link().quote().isEmpty());
    }
}
