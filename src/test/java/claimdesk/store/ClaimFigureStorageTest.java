package claimdesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import claimdesk.model.Article;
import claimdesk.model.ArticleMetadata;
import claimdesk.model.Claim;
import claimdesk.model.ClaimFigure;
import claimdesk.model.ClaimStatus;
import claimdesk.model.NewArticle;
import claimdesk.model.Span;
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

/** The figure a claim was made from (V10) is stored with the claim and kept through edits, undo and reopening. */
@ParameterizedClass
@EnumSource(TestLedger.Kind.class)
@ExtendWith(PostgresCluster.Extension.class)
class ClaimFigureStorageTest {

    private static final String TEXT = "Headline\n\nAccording to Bijar, 14,000 people crossed at Islam Qala.";
    private static final int FIGURE = TEXT.indexOf("14,000");

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
    void theFigureIsKeptRelativeToTheTrimmedQuoteThroughEditsDeleteAndReopening() {
        long claimId;
        try (LedgerStore store = testLedger.open()) {
            Article article = article(store);
            // The quote starts on the blank line before the sentence; trimming moves its start, not the figure.
            Claim created = store.createClaim(article.id(), TextQuote.of(TEXT, 9, TEXT.length()), List.of("figure"),
                    Verdict.UNRATED, ClaimStatus.DRAFT, "", new Span(FIGURE, FIGURE + 6, "14,000"));
            claimId = created.id();
            assertEquals(10, created.quote().start());
            assertEquals(new ClaimFigure(FIGURE - 10, "14,000"), created.figure());
            assertEquals(FIGURE, created.figure().startIn(created.quote()));

            store.updateClaim(created.withNote("checked").withTags(List.of("figure", "iran")));
            assertEquals(created.figure(), store.claim(claimId).orElseThrow().figure(), "kept through edits");

            Claim deleted = store.deleteClaim(claimId);
            assertEquals(created.figure(), store.restoreClaim(deleted).figure(), "undoing a delete keeps it");
            assertEquals(created.figure(), store.claimsOf(article.id()).get(0).figure());
        }
        try (LedgerStore store = testLedger.open()) {
            assertEquals(new ClaimFigure(FIGURE - 10, "14,000"), store.claim(claimId).orElseThrow().figure());
        }
    }

    @Test
    void aClaimTaggedFromASelectionOrAroundAnotherSpanHasNoFigure() {
        try (LedgerStore store = testLedger.open()) {
            Article article = article(store);
            Claim selected = store.createClaim(article.id(), TextQuote.of(TEXT, 10, 30), List.of(), Verdict.UNRATED,
                    ClaimStatus.DRAFT, "");
            Claim outside = store.createClaim(article.id(), TextQuote.of(TEXT, 10, 28), List.of(), Verdict.UNRATED,
                    ClaimStatus.DRAFT, "", new Span(FIGURE, FIGURE + 6, "14,000"));

            assertNull(store.claim(selected.id()).orElseThrow().figure());
            assertNull(store.claim(outside.id()).orElseThrow().figure(), "a figure outside the quote is no link");
        }
    }

    private static Article article(LedgerStore store) {
        return store.addArticle(new NewArticle(ArticleMetadata.headlineOnly("Headline"), TEXT, "hash-1", "a.txt"))
                .article();
    }
}
