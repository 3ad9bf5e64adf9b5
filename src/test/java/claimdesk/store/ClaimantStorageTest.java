package claimdesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** The claimant (V8) is stored, audited, kept through tag changes and undo, and null when not given. */
@ParameterizedClass
@EnumSource(TestLedger.Kind.class)
@ExtendWith(PostgresCluster.Extension.class)
class ClaimantStorageTest {

    private static final String TEXT = "Headline\n\nAccording to Bijar, 14,000 people crossed at Islam Qala.";

    @Parameter
    TestLedger.Kind kind;
    @TempDir
    Path folder;
    private TestLedger testLedger;

    @BeforeEach
    void create(PostgresCluster cluster) {
        testLedger = kind.create(folder, cluster);
    }

    @Test
    void aClaimantIsStoredAuditedAndSurvivesOtherEditsDeleteAndReopening() {
        long claimId;
        try (LedgerStore store = testLedger.open()) {
            Article article = store.addArticle(new NewArticle(ArticleMetadata.headlineOnly("Headline"), TEXT,
                    "hash-1", "a.txt")).article();
            Claim created = store.createClaim(article.id(), TextQuote.of(TEXT, 10, 50), List.of("x"),
                    Verdict.UNRATED, ClaimStatus.DRAFT, "");
            claimId = created.id();
            assertNull(created.claimant(), "not given: null, and reports fall back");

            Claim before = store.updateClaim(created.withClaimant("  Bijar "));
            store.updateClaim(store.claim(claimId).orElseThrow().withTags(List.of("y")).withNote("checked"));

            assertNull(before.claimant());
            assertEquals("Bijar", store.claim(claimId).orElseThrow().claimant(), "kept when other fields change");
            List<AuditEntry> audit = store.auditOf("claim", claimId).stream()
                    .filter(entry -> entry.field().equals("claimant")).toList();
            assertEquals(1, audit.size());
            assertEquals("", audit.get(0).oldValue());
            assertEquals("Bijar", audit.get(0).newValue());

            Claim deleted = store.deleteClaim(claimId);
            assertEquals("Bijar", store.restoreClaim(deleted).claimant(), "undoing a delete brings it back");
            assertEquals("Bijar", store.allClaims().get(0).claimant());
            assertEquals("Bijar", store.claimsOf(article.id()).get(0).claimant());
        }
        try (LedgerStore store = testLedger.open()) {
            assertEquals("Bijar", store.claim(claimId).orElseThrow().claimant());
            store.updateClaim(store.claim(claimId).orElseThrow().withClaimant(" "));
            assertNull(store.claim(claimId).orElseThrow().claimant(), "blank clears it");
        }
    }
}
