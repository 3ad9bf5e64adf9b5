package claimdesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import claimdesk.model.Article;
import claimdesk.model.ArticleMetadata;
import claimdesk.model.AuditEntry;
import claimdesk.model.Claim;
import claimdesk.model.ClaimStatus;
import claimdesk.model.NewArticle;
import claimdesk.model.TextQuote;
import claimdesk.model.Verdict;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** The ledger's core (articles, claims with tags, audit rows), on an H2 file and on a PostgreSQL server. */
@ParameterizedClass
@EnumSource(TestLedger.Kind.class)
@ExtendWith(PostgresCluster.Extension.class)
class LedgerStoreTest {

    private static final String TEXT = "Headline\n\nMore than 75,000 migrants left Iran in the past two weeks.";

    @Parameter
    TestLedger.Kind kind;
    @TempDir
    Path temp;
    private TestLedger ledger;
    private LedgerStore store;

    @BeforeEach
    void open(PostgresCluster cluster) {
        ledger = kind.create(temp, cluster);
        store = ledger.open();
    }

    @AfterEach
    void close() {
        store.close();
    }

    private Article addArticle() {
        return store.addArticle(new NewArticle(ArticleMetadata.headlineOnly("Headline"), TEXT, "hash-1", "a.txt"))
                .article();
    }

    @Test
    void addsAnArticleOnceByTextHash() {
        Article first = addArticle();
        LedgerStore.AddedArticle second = store.addArticle(
                new NewArticle(ArticleMetadata.headlineOnly("Other headline"), TEXT, "hash-1", "b.txt"));

        assertFalse(second.created());
        assertEquals(first.id(), second.article().id());
        assertEquals(1, store.articles().size());
        assertEquals(TEXT, store.article(first.id()).orElseThrow().text());
    }

    @Test
    void tagsKeepTheirCaseAndAreOfferedOnceWhateverTheCase() {
        Article article = addArticle();
        store.createClaim(article.id(), TextQuote.of(TEXT, 10, 26), List.of("UN"), Verdict.UNRATED,
                ClaimStatus.DRAFT, "");
        store.createClaim(article.id(), TextQuote.of(TEXT, 0, 9), List.of("un", "figure"), Verdict.UNRATED,
                ClaimStatus.DRAFT, "");

        assertEquals(List.of("figure", "UN"), store.tags());
        assertEquals(List.of(List.of("figure", "un"), List.of("UN")),
                store.claimsOf(article.id()).stream().map(Claim::tags).toList());
    }

    @Test
    void createsReadsUpdatesAndDeletesClaims() {
        Article article = addArticle();
        TextQuote quote = TextQuote.of(TEXT, 10, 26);
        Claim created = store.createClaim(article.id(), quote, List.of("Figure", "quote"), Verdict.UNRATED,
                ClaimStatus.DRAFT, "");

        assertEquals("More than 75,000", created.quote().exact());
        assertEquals(List.of("Figure", "quote"), created.tags());
        assertEquals(List.of(created), store.claimsOf(article.id()));

        Claim edited = new Claim(created.id(), created.uuid(), created.articleId(), created.quote(),
                List.of("figure"), Verdict.MOSTLY_TRUE, ClaimStatus.IN_REVIEW, "UNHCR says 1.2m", null, null, null,
                null, created.version());
        Claim before = store.updateClaim(edited);

        assertEquals(created, before);
        Claim after = store.claim(created.id()).orElseThrow();
        assertEquals(Verdict.MOSTLY_TRUE, after.verdict());
        assertEquals(ClaimStatus.IN_REVIEW, after.status());
        assertEquals("UNHCR says 1.2m", after.note());
        assertEquals(List.of("figure"), after.tags());
        assertEquals(1, store.articles().get(0).claimCount());

        Claim deleted = store.deleteClaim(created.id());
        assertEquals(after, deleted);
        assertTrue(store.claimsOf(article.id()).isEmpty());
        assertEquals(after, store.restoreClaim(deleted));
    }

    @Test
    void writesAnAuditRowPerChangedField() {
        Article article = addArticle();
        Claim created = store.createClaim(article.id(), TextQuote.of(TEXT, 10, 26), List.of(), Verdict.UNRATED,
                ClaimStatus.DRAFT, "");
        store.updateClaim(new Claim(created.id(), created.uuid(), created.articleId(), created.quote(), List.of(),
                Verdict.FALSE, ClaimStatus.DRAFT, "wrong total", null, null, null, null, created.version()));
        store.deleteClaim(created.id());

        List<AuditEntry> audit = store.auditOf("claim", created.id());
        assertEquals(List.of("created", "verdict", "note", "deleted"),
                audit.stream().map(AuditEntry::field).toList());
        AuditEntry verdict = audit.get(1);
        assertEquals("Unrated", verdict.oldValue());
        assertEquals("False", verdict.newValue());
        assertEquals("tester", verdict.reviewer());
    }

    @Test
    void updatesMetadataAndReturnsTheOldOne() {
        Article article = addArticle();
        ArticleMetadata changed = new ArticleMetadata("New headline", "Outlet", "Author", "https://example.org/a",
                LocalDate.of(2025, 7, 6));

        ArticleMetadata old = store.updateMetadata(article.id(), changed);

        assertEquals(article.metadata(), old);
        assertEquals(changed, store.article(article.id()).orElseThrow().metadata());
        assertEquals(LocalDate.of(2025, 7, 6), store.articles().get(0).publishedOn());
    }

    @Test
    void claimsSurviveReopeningTheLedger() {
        Article article = addArticle();
        Claim created = store.createClaim(article.id(), TextQuote.of(TEXT, 10, 26), List.of("figure"),
                Verdict.TRUE, ClaimStatus.IN_REVIEW, "checked");
        store.close();

        store = ledger.open();

        assertEquals(List.of(created), store.claimsOf(article.id()));
        assertEquals(List.of("figure"), store.tags());
    }

    @Test
    void migratingAgainChangesNothing() {
        addArticle();
        store.close();
        store = ledger.open();
        store.close();
        store = ledger.open();

        assertEquals(1, store.articles().size());
    }

    @Test
    void missingClaimIsReportedByIdNotByStackOfSql() {
        NoSuchElementException error = assertThrows(NoSuchElementException.class, () -> store.deleteClaim(42));
        assertEquals("No claim with id 42 in the ledger", error.getMessage());
    }
}
