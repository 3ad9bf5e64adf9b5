package claimdesk.ui.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import claimdesk.model.Claim;
import claimdesk.model.ClaimStatus;
import claimdesk.model.CohensKappa;
import claimdesk.model.TextQuote;
import claimdesk.model.Verdict;
import claimdesk.service.ArticleImporter;
import claimdesk.service.ImportOutcome;
import claimdesk.store.LedgerStore;
import claimdesk.store.ReviewStore;
import claimdesk.ui.ImmediateUiExecutor;
import claimdesk.ui.ScriptedDialogs;
import claimdesk.ui.Session;
import claimdesk.ui.undo.UndoHistory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecondReviewViewModelTest {

    private static final String TEXT = "Deportations\n\nMore than 75,000 migrants left Iran in the past two weeks.";

    @TempDir
    Path folder;
    private LedgerStore store;
    private final Session session = new Session();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final ImmediateUiExecutor executor = new ImmediateUiExecutor();
    private SecondReviewViewModel viewModel;
    private Claim claim;

    @BeforeEach
    void setUp() {
        store = LedgerStore.open(folder, "Amina");
        store.requireSecondReview(true);
        ImportOutcome.Imported imported = (ImportOutcome.Imported) new ArticleImporter(store).importText("t", TEXT);
        session.openArticleProperty().set(imported.article());
        claim = store.createClaim(imported.article().id(), TextQuote.of(TEXT, 14, 40), List.of(), Verdict.FALSE,
                ClaimStatus.IN_REVIEW, "");
        viewModel = new SecondReviewViewModel(new ReviewStore(store), executor, dialogs, session,
                () -> session.selectedClaimProperty().set(store.claim(claim.id()).orElseThrow()));
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    private void selectAs(String reviewer) {
        store.setReviewer(reviewer);
        session.selectedClaimProperty().set(null);
        session.selectedClaimProperty().set(store.claim(claim.id()).orElseThrow());
    }

    @Test
    void theAuthorIsNotOfferedTheSecondReviewAColleagueIs() {
        selectAs("Amina");
        assertFalse(viewModel.canReviewProperty().get());
        viewModel.review();
        assertEquals(List.of(), dialogs.shown, "nothing is asked of the author");

        selectAs("Bilal");
        assertTrue(viewModel.canReviewProperty().get());
    }

    @Test
    void theSameVerdictVerifiesAndTheQuestionDoesNotGiveTheFirstAway() {
        selectAs("Bilal");
        dialogs.choiceContaining = "False";

        viewModel.review();

        String question = dialogs.shown.get(0);
        assertTrue(question.startsWith("choose: Your verdict on"), question);
        assertFalse(question.contains("False"), "the first verdict is not shown: " + question);
        assertFalse(dialogs.lastOptions.contains(Verdict.UNRATED.label()));
        assertEquals("info: You agree with Amina: False. The claim is now Verified.", dialogs.shown.get(1));
        assertEquals(ClaimStatus.VERIFIED, store.claim(claim.id()).orElseThrow().status());
        assertFalse(viewModel.canReviewProperty().get(), "a Verified claim waits for no review");
        assertEquals("Agreement: \u03ba not defined yet over 1 review (every verdict the same)",
                viewModel.agreementProperty().get());
    }

    @Test
    void anotherVerdictShowsBothAndLeavesTheClaimInReview() {
        selectAs("Bilal");
        dialogs.choiceContaining = "Misleading";

        viewModel.review();

        String told = dialogs.shown.get(1);
        assertTrue(told.contains("Amina (first): False\nBilal (second): Misleading"), told);
        Claim after = store.claim(claim.id()).orElseThrow();
        assertEquals(ClaimStatus.IN_REVIEW, after.status());
        assertEquals(Verdict.FALSE, after.verdict());
        assertTrue(viewModel.canReviewProperty().get(), "still In review: another second review may follow");
    }

    @Test
    void aCancelledChoiceRecordsNothing() {
        selectAs("Bilal");
        dialogs.choiceContaining = null;

        viewModel.review();

        assertEquals(List.of(), new ReviewStore(store).reviews(claim.id()));
        assertEquals("", viewModel.agreementProperty().get(), "no review, no agreement line");
    }

    @Test
    void theAgreementLineRoundsKappaToTwoPlaces() {
        List<CohensKappa.Pair<String>> pairs = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            pairs.add(new CohensKappa.Pair<>("yes", "yes"));
        }
        for (int i = 0; i < 5; i++) {
            pairs.add(new CohensKappa.Pair<>("yes", "no"));
        }
        for (int i = 0; i < 10; i++) {
            pairs.add(new CohensKappa.Pair<>("no", "yes"));
        }
        for (int i = 0; i < 15; i++) {
            pairs.add(new CohensKappa.Pair<>("no", "no"));
        }

        assertEquals("Agreement: \u03ba = 0.40 over 50 reviews", SecondReviewViewModel.text(CohensKappa.of(pairs)));
    }

    @Test
    void verifyingByHandIsRefusedAndTheClaimShowsAsStoredAgain() {
        UndoHistory history = new UndoHistory(store, executor, error -> dialogs.showError("not saved",
                error.getMessage()));
        LedgerViewModel ledger = new LedgerViewModel(store, executor, history, dialogs, session);
        ledger.reload();
        selectAs("Amina");

        ledger.setStatus(ClaimStatus.VERIFIED);

        assertEquals(ClaimStatus.IN_REVIEW, store.claim(claim.id()).orElseThrow().status());
        assertEquals(ClaimStatus.IN_REVIEW, session.selectedClaimProperty().get().status());
        assertEquals(ClaimStatus.IN_REVIEW, ledger.claims().get(0).status());
        assertTrue(dialogs.shown.stream().anyMatch(line -> line.startsWith("error: not saved: A claim becomes "
                + "Verified only when a second reviewer")), dialogs.shown.toString());
    }
}
