package claimdesk.ui.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import claimdesk.model.Claim;
import claimdesk.model.ClaimStatus;
import claimdesk.model.Source;
import claimdesk.model.Stance;
import claimdesk.model.Verdict;
import claimdesk.service.ArticleImporter;
import claimdesk.service.ImportOutcome;
import claimdesk.store.LedgerStore;
import claimdesk.store.SourceStore;
import claimdesk.ui.ImmediateUiExecutor;
import claimdesk.ui.ScriptedDialogs;
import claimdesk.ui.Session;
import claimdesk.ui.undo.UndoHistory;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LedgerViewModelTest {

    private static final String TEXT = "Deportations\n\nMore than 75,000 migrants left Iran in the past two weeks.";

    @TempDir
    Path folder;
    private LedgerStore store;
    private final Session session = new Session();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private UndoHistory history;
    private LedgerViewModel viewModel;
    private long articleId;

    @BeforeEach
    void setUp() {
        store = LedgerStore.open(folder, "tester");
        ImportOutcome.Imported imported =
                (ImportOutcome.Imported) new ArticleImporter(store).importText("t", TEXT);
        articleId = imported.article().id();
        ImmediateUiExecutor executor = new ImmediateUiExecutor();
        history = new UndoHistory(store, executor, error -> dialogs.showError("failed", error.getMessage()));
        viewModel = new LedgerViewModel(store, executor, history, dialogs, session);
        session.openArticleProperty().set(imported.article());
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    @Test
    void undoAndRedoSayWhatTheyDid() {
        List<String> said = new java.util.ArrayList<>();
        history.onAnnounce(said::add);
        viewModel.tagClaim(14, 30);
        viewModel.setVerdict(Verdict.MISLEADING);

        history.undo();
        history.redo();

        assertEquals(List.of("Undone: set verdict", "Redone: set verdict"), said);
    }

    @Test
    void publishingAClaimWithoutASourceAsksOnceAndNoKeepsTheStatus() {
        viewModel.tagClaim(14, 30);
        long id = viewModel.selectedClaimProperty().get().id();

        dialogs.confirmAnswer = false;
        assertFalse(viewModel.setStatus(ClaimStatus.PUBLISHED));
        assertEquals(ClaimStatus.DRAFT, store.claim(id).orElseThrow().status());
        assertEquals(1, dialogs.shown.size());
        assertTrue(dialogs.shown.get(0).startsWith("confirm: No source is attached to this claim"), dialogs.shown.get(0));

        dialogs.confirmAnswer = true;
        assertTrue(viewModel.setStatus(ClaimStatus.PUBLISHED));
        assertEquals(ClaimStatus.PUBLISHED, store.claim(id).orElseThrow().status());
        assertTrue(viewModel.setStatus(ClaimStatus.PUBLISHED), "already published: no second question");
        assertEquals(2, dialogs.shown.size());
    }

    @Test
    void publishingAClaimWithASourceDoesNotAsk() {
        viewModel.tagClaim(14, 30);
        long id = viewModel.selectedClaimProperty().get().id();
        SourceStore sources = new SourceStore(store);
        Source unhcr = sources.createSource(Source.draft("https://data.unhcr.org", "Returns", "UNHCR", "", null,
                null));
        sources.link(id, unhcr.id(), Stance.SUPPORTS, "75,000", null);

        assertTrue(viewModel.setStatus(ClaimStatus.PUBLISHED));
        assertEquals(ClaimStatus.PUBLISHED, store.claim(id).orElseThrow().status());
        assertTrue(dialogs.shown.isEmpty(), String.valueOf(dialogs.shown));
    }

    @Test
    void taggingASelectionCreatesAndSelectsAClaim() {
        assertTrue(viewModel.tagClaim(14, 30));

        assertEquals(1, viewModel.claims().size());
        Claim claim = viewModel.selectedClaimProperty().get();
        assertEquals("More than 75,000", claim.quote().exact());
        assertEquals(List.of(claim), store.claimsOf(articleId));
    }

    @Test
    void taggingNothingSaysWhatToDo() {
        assertFalse(viewModel.tagClaim(20, 20));

        assertTrue(viewModel.claims().isEmpty());
        assertTrue(session.statusMessageProperty().get().startsWith("Select a passage"));
    }

    @Test
    void editsAreSavedAtOnceAndUndoneInReverseOrder() {
        viewModel.tagClaim(14, 30);
        viewModel.setVerdict(Verdict.MISLEADING);
        viewModel.setStatus(ClaimStatus.IN_REVIEW);
        viewModel.setTags("Figure, quote");
        long id = viewModel.selectedClaimProperty().get().id();
        viewModel.setNote(id, "UNHCR gives 1.2 million");

        Claim stored = store.claim(id).orElseThrow();
        assertEquals(Verdict.MISLEADING, stored.verdict());
        assertEquals(ClaimStatus.IN_REVIEW, stored.status());
        assertEquals(List.of("Figure", "quote"), stored.tags());
        assertEquals("UNHCR gives 1.2 million", stored.note());
        assertEquals(List.of("Figure", "quote"), viewModel.knownTags());

        history.undo();
        assertEquals("", store.claim(id).orElseThrow().note());
        history.undo();
        history.undo();
        assertEquals(ClaimStatus.DRAFT, store.claim(id).orElseThrow().status());
        assertEquals(Verdict.MISLEADING, store.claim(id).orElseThrow().verdict());
        history.redo();
        assertEquals(ClaimStatus.IN_REVIEW, store.claim(id).orElseThrow().status());
        assertEquals(ClaimStatus.IN_REVIEW, viewModel.claims().get(0).status());
    }

    @Test
    void undoOfTaggingRemovesTheClaimAndRedoBringsTheSameOneBack() {
        viewModel.tagClaim(14, 30);
        Claim created = viewModel.selectedClaimProperty().get();

        history.undo();
        assertTrue(store.claimsOf(articleId).isEmpty());
        assertTrue(viewModel.claims().isEmpty());

        history.redo();
        assertEquals(List.of(created), store.claimsOf(articleId));
    }

    @Test
    void deletingAsksFirstAndUndoRestoresTheClaim() {
        viewModel.tagClaim(14, 30);
        viewModel.setVerdict(Verdict.FALSE);
        Claim claim = viewModel.selectedClaimProperty().get();

        dialogs.confirmAnswer = false;
        viewModel.deleteSelected();
        assertEquals(1, store.claimsOf(articleId).size());
        assertTrue(dialogs.shown.get(0).startsWith("confirm: Delete the claim \u201cMore than 75,000\u201d?"));

        dialogs.confirmAnswer = true;
        viewModel.deleteSelected();
        assertTrue(store.claimsOf(articleId).isEmpty());
        assertNull(viewModel.selectedClaimProperty().get());

        history.undo();
        assertEquals(List.of(claim.id()), store.claimsOf(articleId).stream().map(Claim::id).toList());
        assertEquals(Verdict.FALSE, store.claimsOf(articleId).get(0).verdict());
    }

    @Test
    void aNoteTypedForOneClaimIsSavedOnThatClaimEvenAfterSelectingAnother() {
        viewModel.tagClaim(14, 30);
        long first = viewModel.selectedClaimProperty().get().id();
        viewModel.tagClaim(31, 39);

        viewModel.setNote(first, "checked against UNHCR");

        assertEquals("checked against UNHCR", store.claim(first).orElseThrow().note());
        assertEquals("", viewModel.selectedClaimProperty().get().note());
    }

    @Test
    void theClaimantIsSavedStrippedAndUndoClearsIt() {
        viewModel.tagClaim(14, 30);
        long id = viewModel.selectedClaimProperty().get().id();

        viewModel.setClaimant("  Bijar ");

        assertEquals("Bijar", store.claim(id).orElseThrow().claimant());
        assertEquals("Bijar", viewModel.selectedClaimProperty().get().claimant());
        history.undo();
        assertEquals(null, store.claim(id).orElseThrow().claimant());
        viewModel.setClaimant("Bijar");
        viewModel.setClaimant(" ");
        assertEquals(null, store.claim(id).orElseThrow().claimant(), "blank clears it");
    }

    @Test
    void claimAtFindsTheInnermostClaim() {
        viewModel.tagClaim(14, 70);
        viewModel.tagClaim(14, 30);

        assertEquals("More than 75,000", viewModel.claimAt(20).quote().exact());
        assertEquals(56, viewModel.claimAt(40).quote().length());
        assertNull(viewModel.claimAt(5));
    }
}
