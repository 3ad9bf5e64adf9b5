package claimdesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
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
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A claim's version (V12): a save made from an older read is refused with both versions, and the first save stays.
 * On PostgreSQL the two reviewers are two ledger connections to one database, as on a desk; an H2 ledger has one
 * process, so there they are two reads through one store.
 */
@ParameterizedClass
@EnumSource(TestLedger.Kind.class)
@ExtendWith(PostgresCluster.Extension.class)
class ClaimVersionStorageTest {

    private static final String TEXT = "Headline\n\nMore than 75,000 migrants left Iran in the past two weeks.";

    @Parameter
    TestLedger.Kind kind;
    @TempDir
    Path folder;
    private TestLedger testLedger;
    private LedgerStore alice;
    private LedgerStore bob;
    private Claim created;

    @BeforeEach
    void create(PostgresCluster cluster) {
        testLedger = kind.create(folder, cluster);
        alice = testLedger.open();
        bob = kind == TestLedger.Kind.POSTGRESQL ? LedgerStore.open(testLedger.server(), "bob", null) : alice;
        Article article = alice.addArticle(new NewArticle(ArticleMetadata.headlineOnly("Headline"), TEXT, "hash-1",
                "a.txt")).article();
        created = alice.createClaim(article.id(), TextQuote.of(TEXT, 10, 40), List.of("figure"), Verdict.UNRATED,
                ClaimStatus.DRAFT, "");
    }

    @AfterEach
    void close() {
        if (bob != alice) {
            bob.close();
        }
        alice.close();
    }

    @Test
    void theFirstSaveWinsAndTheSecondIsRefusedWithBothVersions() {
        Claim alicesCopy = alice.claim(created.id()).orElseThrow();
        Claim bobsCopy = bob.claim(created.id()).orElseThrow();
        assertEquals(0, alicesCopy.version());

        Claim replaced = saveAs(bob, "bob", rated(bobsCopy, Verdict.FALSE, "Bob: UNHCR says 60,000."));
        assertEquals(0, replaced.version(), "the save returns the claim it replaced");

        Claim alicesEdit = rated(alicesCopy, Verdict.MISLEADING, "Alice: IOM counts returns, not departures.");
        StaleClaimException refused = assertThrows(StaleClaimException.class, () -> saveAs(alice, "alice", alicesEdit));

        assertEquals(alicesEdit, refused.mine());
        assertEquals("Bob: UNHCR says 60,000.", refused.theirs().note());
        assertEquals(Verdict.FALSE, refused.theirs().verdict());
        assertEquals(List.of("figure"), refused.theirs().tags(), "theirs is read with its tags");
        assertEquals(1, refused.theirs().version());
        assertEquals("bob", refused.savedBy());
        assertTrue(refused.getMessage().matches("Someone else saved this claim at \\d\\d:\\d\\d \\(reviewer bob\\)"
                + " since you opened it\\."), refused.getMessage());

        Claim stored = alice.claim(created.id()).orElseThrow();
        assertEquals(refused.theirs(), stored, "nothing of the refused save was written");
        assertEquals(List.of("bob"), reviewersOf("note"), "the refused save wrote no audit rows");
        assertEquals(List.of("bob"), reviewersOf("verdict"));
    }

    @Test
    void aRefusedSaveSucceedsWhenRetriedAtTheStoredVersion() {
        Claim alicesCopy = alice.claim(created.id()).orElseThrow();
        saveAs(bob, "bob", rated(bob.claim(created.id()).orElseThrow(), Verdict.FALSE, "Bob's note"));
        StaleClaimException refused = assertThrows(StaleClaimException.class,
                () -> saveAs(alice, "alice", rated(alicesCopy, Verdict.TRUE, "Alice's note")));

        Claim replaced = saveAs(alice, "alice", refused.mine().withVersion(refused.theirs().version()));

        assertEquals("Bob's note", replaced.note());
        Claim stored = alice.claim(created.id()).orElseThrow();
        assertEquals("Alice's note", stored.note());
        assertEquals(Verdict.TRUE, stored.verdict());
        assertEquals(2, stored.version());
        List<AuditEntry> notes = alice.auditOf("claim", created.id()).stream()
                .filter(entry -> entry.field().equals("note")).toList();
        assertEquals(List.of("bob", "alice"), notes.stream().map(AuditEntry::reviewer).toList());
        assertEquals("Bob's note", notes.get(1).oldValue(), "the audit shows what alice's save replaced");
    }

    @Test
    void theVersionCountsSavesAndSurvivesDeleteRestoreAndReopening() {
        alice.updateClaim(created.withNote("one"));
        alice.updateClaim(alice.claim(created.id()).orElseThrow().withNote("two"));
        Claim deleted = alice.deleteClaim(created.id());
        assertEquals(2, deleted.version());
        assertEquals(2, alice.restoreClaim(deleted).version(), "undoing a delete keeps the version");

        if (bob != alice) {
            bob.close();
        }
        alice.close();
        alice = testLedger.open();
        bob = alice;
        assertEquals(2, alice.claim(created.id()).orElseThrow().version());
        assertThrows(StaleClaimException.class, () -> alice.updateClaim(deleted.withVersion(1).withNote("old")));
    }

    @Test
    void replacingTheTextRefusesClaimsReadBeforeAnotherSave() {
        Claim read = alice.claim(created.id()).orElseThrow();
        saveAs(bob, "bob", read.withNote("Bob's note"));
        String newText = "Headline\n\nUpdated: More than 75,000 migrants left Iran in the past two weeks.";

        assertThrows(StaleClaimException.class, () -> alice.replaceText(read.articleId(), newText, "hash-2",
                List.of(read.withQuote(TextQuote.of(newText, 19, 49)))));

        assertEquals(TEXT, alice.article(read.articleId()).orElseThrow().text(), "the text stays as it was");
        Claim stored = alice.claim(created.id()).orElseThrow();
        assertEquals("Bob's note", stored.note());
        assertEquals(read.quote(), stored.quote());
    }

    private static Claim saveAs(LedgerStore store, String reviewer, Claim claim) {
        store.setReviewer(reviewer);
        return store.updateClaim(claim);
    }

    private static Claim rated(Claim claim, Verdict verdict, String note) {
        return new Claim(claim.id(), claim.uuid(), claim.articleId(), claim.quote(), claim.tags(), verdict,
                claim.status(), note, claim.createdAt(), claim.updatedAt(), claim.claimant(), claim.figure(),
                claim.version());
    }

    private List<String> reviewersOf(String field) {
        List<AuditEntry> audit = alice.auditOf("claim", created.id());
        assertNotNull(audit);
        return audit.stream().filter(entry -> entry.field().equals(field)).map(AuditEntry::reviewer).toList();
    }
}
