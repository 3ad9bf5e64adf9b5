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
import claimdesk.model.CohensKappa;
import claimdesk.model.NewArticle;
import claimdesk.model.SecondReview;
import claimdesk.model.TextQuote;
import claimdesk.model.Verdict;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Second reviews (V14) and the rule that Verified needs one: on a desk always, on a ledger in a folder when asked
 * for (these tests ask, except where they show the default). One store signs as Amina or Bilal in turn.
 */
@ParameterizedClass
@EnumSource(TestLedger.Kind.class)
@ExtendWith(PostgresCluster.Extension.class)
class SecondReviewStorageTest {

    private static final String TEXT = "Headline\n\nMore than 75,000 migrants left Iran in the past two weeks.";

    @Parameter
    TestLedger.Kind kind;
    @TempDir
    Path folder;
    private LedgerStore store;
    private ReviewStore reviews;
    private Article article;

    @BeforeEach
    void open(PostgresCluster cluster) {
        store = kind.create(folder, cluster).open();
        store.requireSecondReview(true);
        reviews = new ReviewStore(store);
        article = store.addArticle(new NewArticle(ArticleMetadata.headlineOnly("Headline"), TEXT, "hash-1", "a.txt"))
                .article();
    }

    @AfterEach
    void close() {
        store.close();
    }

    /** A claim Amina makes, with her verdict, waiting for a second review. */
    private Claim byAmina(Verdict verdict) {
        store.setReviewer("Amina");
        return store.createClaim(article.id(), TextQuote.of(TEXT, 10, 40), List.of(), verdict,
                ClaimStatus.IN_REVIEW, "UNHCR weekly figures");
    }

    private SecondReview byBilal(Claim claim, Verdict verdict) {
        store.setReviewer("Bilal");
        return reviews.submitSecondReview(claim.id(), verdict);
    }

    private Claim stored(Claim claim) {
        return store.claim(claim.id()).orElseThrow();
    }

    @Test
    void theAuthorCannotGiveTheSecondReview() {
        Claim claim = byAmina(Verdict.FALSE);
        store.setReviewer(" amina ");

        LedgerException refused = assertThrows(LedgerException.class,
                () -> reviews.submitSecondReview(claim.id(), Verdict.FALSE));

        assertTrue(refused.getMessage().startsWith("A second review is by someone other than the claim's author"),
                refused.getMessage());
        assertEquals(Optional.of("Amina"), reviews.author(claim.id()));
        assertFalse(reviews.mayReview(claim.id()));
        assertEquals(List.of(), reviews.reviews(claim.id()));
        assertEquals(ClaimStatus.IN_REVIEW, stored(claim).status());
    }

    @Test
    void theSameVerdictVerifiesTheClaim() {
        Claim claim = byAmina(Verdict.FALSE);
        store.setReviewer("Bilal");
        assertTrue(reviews.mayReview(claim.id()));

        SecondReview review = byBilal(claim, Verdict.FALSE);

        assertTrue(review.agrees());
        assertEquals(ClaimStatus.VERIFIED, stored(claim).status());
        assertEquals(Verdict.FALSE, stored(claim).verdict());
        List<AuditEntry> audit = store.auditOf("claim", claim.id());
        AuditEntry reviewed = audit.stream().filter(row -> row.field().equals("second review")).findFirst()
                .orElseThrow();
        assertEquals("Bilal", reviewed.reviewer());
        assertEquals("False", reviewed.newValue());
        assertTrue(audit.stream().anyMatch(row -> row.field().equals("status") && "Verified".equals(row.newValue())
                && "Bilal".equals(row.reviewer())));
    }

    @Test
    void anotherVerdictSendsTheClaimBackToReviewWithBothKept() {
        Claim draft = store.updateClaim(byAmina(Verdict.FALSE).withStatus(ClaimStatus.DRAFT));

        SecondReview review = byBilal(draft, Verdict.MISLEADING);

        assertFalse(review.agrees());
        Claim after = stored(draft);
        assertEquals(ClaimStatus.IN_REVIEW, after.status());
        assertEquals(Verdict.FALSE, after.verdict(), "the first verdict stays the claim's");
        assertEquals("UNHCR weekly figures", after.note(), "the note gets nothing");
        SecondReview kept = reviews.reviews(draft.id()).get(0);
        assertEquals(List.of(Verdict.FALSE, Verdict.MISLEADING, "Bilal"),
                List.of(kept.firstVerdict(), kept.verdict(), kept.reviewer()));
        // Nor can anyone now verify it by hand, Bilal taking his own verdict included.
        LedgerException refused = assertThrows(LedgerException.class, () -> store.updateClaim(
                new Claim(after.id(), after.uuid(), after.articleId(), after.quote(), after.tags(), Verdict.MISLEADING,
                        ClaimStatus.VERIFIED, after.note(), after.createdAt(), after.updatedAt(), null, null,
                        after.version())));
        assertEquals(VerifyGate.REFUSED, refused.getMessage());
        assertEquals(ClaimStatus.IN_REVIEW, stored(draft).status());
    }

    @Test
    void aVerifiedClaimKeepsItsReviewOnlyWhileItKeepsItsVerdict() {
        Claim claim = byAmina(Verdict.FALSE);
        byBilal(claim, Verdict.FALSE);
        Claim verified = stored(claim);
        assertThrows(LedgerException.class, () -> reviews.submitSecondReview(claim.id(), Verdict.FALSE),
                "a Verified claim waits for no review");

        Claim reopened = stored(claim);
        store.updateClaim(reopened.withStatus(ClaimStatus.IN_REVIEW));
        store.updateClaim(stored(claim).withStatus(ClaimStatus.VERIFIED));
        assertEquals(ClaimStatus.VERIFIED, stored(claim).status(), "back to Verified on the verdict reviewed");

        Claim current = stored(claim);
        Claim otherVerdict = new Claim(current.id(), current.uuid(), current.articleId(), current.quote(),
                current.tags(), Verdict.TRUE, ClaimStatus.VERIFIED, current.note(), current.createdAt(),
                current.updatedAt(), null, null, current.version());
        assertEquals(VerifyGate.REFUSED, assertThrows(LedgerException.class,
                () -> store.updateClaim(otherVerdict)).getMessage());
        assertEquals(Verdict.FALSE, stored(claim).verdict());
        assertEquals(verified.verdict(), stored(claim).verdict());
    }

    @Test
    void verifyingByHandIsRefusedOnADeskAndAllowedInAPersonalLedgerByDefault() {
        store.requireSecondReview(false);
        Claim claim = byAmina(Verdict.TRUE);

        if (kind == TestLedger.Kind.POSTGRESQL) {
            assertTrue(store.secondReviewRequired(), "a desk always asks for second reviews");
            assertEquals(VerifyGate.REFUSED, assertThrows(LedgerException.class,
                    () -> store.updateClaim(claim.withStatus(ClaimStatus.VERIFIED))).getMessage());
            assertEquals(VerifyGate.REFUSED, assertThrows(LedgerException.class,
                    () -> store.createClaim(article.id(), TextQuote.of(TEXT, 10, 20), List.of(), Verdict.TRUE,
                            ClaimStatus.VERIFIED, "")).getMessage());
            assertEquals(ClaimStatus.IN_REVIEW, stored(claim).status());
            assertEquals(1, store.allClaims().size());
        } else {
            assertFalse(store.secondReviewRequired());
            store.updateClaim(claim.withStatus(ClaimStatus.VERIFIED));
            assertEquals(ClaimStatus.VERIFIED, stored(claim).status());
        }
    }

    @Test
    void agreementIsCohensKappaOverEveryReview() {
        assertEquals(CohensKappa.NONE, reviews.agreement());
        // Pairs (first, second): (F, F), (F, T), (T, T), (T, T). Observed 3/4; the first said F twice and T twice,
        // the second F once and T three times: expected (2*1 + 2*3) / 16 = 0.5, so kappa (0.75 - 0.5) / 0.5 = 0.5.
        byBilal(byAmina(Verdict.FALSE), Verdict.FALSE);
        byBilal(byAmina(Verdict.FALSE), Verdict.TRUE);
        byBilal(byAmina(Verdict.TRUE), Verdict.TRUE);
        byBilal(byAmina(Verdict.TRUE), Verdict.TRUE);

        CohensKappa agreement = reviews.agreement();

        assertEquals(4, agreement.n());
        assertEquals(0.75, agreement.observed(), 1e-12);
        assertEquals(0.5, agreement.kappa(), 1e-12);
    }
}
