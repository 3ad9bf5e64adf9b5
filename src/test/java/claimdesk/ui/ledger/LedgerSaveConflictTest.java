package claimdesk.ui.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import claimdesk.model.AuditEntry;
import claimdesk.model.Claim;
import claimdesk.model.Verdict;
import claimdesk.service.ArticleImporter;
import claimdesk.service.ImportOutcome;
import claimdesk.store.LedgerStore;
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

/**
 * A reviewer saves a claim that a colleague saved since it was shown: the ledger refuses it, both versions are
 * shown, and the reviewer's choice is what ends up stored. The colleague's save goes through the same ledger
 * (an H2 ledger has one process), signed with another name.
 */
class LedgerSaveConflictTest {

    private static final String TEXT = "Deportations\n\nMore than 75,000 migrants left Iran in the past two weeks.";
    private static final String MINE = "Alice: IOM counts returns, not departures.";
    private static final String THEIRS = "Bob: UNHCR says 60,000.";

    @TempDir
    Path folder;
    private LedgerStore store;
    private final Session session = new Session();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private UndoHistory history;
    private LedgerViewModel viewModel;
    private long claimId;

    @BeforeEach
    void setUp() {
        store = LedgerStore.open(folder, "alice");
        ImportOutcome.Imported imported =
                (ImportOutcome.Imported) new ArticleImporter(store).importText("t", TEXT);
        ImmediateUiExecutor executor = new ImmediateUiExecutor();
        history = new UndoHistory(store, executor, error -> dialogs.showError("failed", error.getMessage()));
        viewModel = new LedgerViewModel(store, executor, history, dialogs, session);
        session.openArticleProperty().set(imported.article());
        viewModel.tagClaim(14, 30);
        claimId = viewModel.selectedClaimProperty().get().id();
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    @Test
    void bothVersionsAreShownAndKeepMineSavesMineOverTheirs() {
        bobSaves(Verdict.FALSE, THEIRS);
        dialogs.choiceContaining = "Keep mine";

        viewModel.setNote(claimId, MINE);

        List<String> shown = dialogs.lastComparison;
        assertTrue(shown.get(0).startsWith("Someone else saved this claim at "), shown.get(0));
        assertTrue(shown.get(0).contains("(reviewer bob)"), shown.get(0));
        assertEquals("Yours (not saved)", shown.get(1));
        assertTrue(shown.get(2).contains("Verdict: Unrated") && shown.get(2).endsWith("Note:\n" + MINE), shown.get(2));
        assertTrue(shown.get(3).startsWith("Saved by bob at "), shown.get(3));
        assertTrue(shown.get(4).contains("Verdict: False") && shown.get(4).endsWith("Note:\n" + THEIRS), shown.get(4));
        assertEquals(List.of("Keep mine", "Take theirs", "Merge notes"), dialogs.lastOptions);

        Claim stored = store.claim(claimId).orElseThrow();
        assertEquals(MINE, stored.note());
        assertEquals(Verdict.UNRATED, stored.verdict(), "every field of mine, not only the note");
        assertEquals(MINE, viewModel.selectedClaimProperty().get().note());
        assertEquals(List.of("bob", "alice"), notesSavedBy());
        assertTrue(dialogs.shown.stream().noneMatch(line -> line.startsWith("error")), String.valueOf(dialogs.shown));

        history.undo();
        assertEquals(THEIRS, store.claim(claimId).orElseThrow().note(), "undoing the choice brings theirs back");
    }

    @Test
    void takeTheirsSavesNothingAndShowsTheirs() {
        bobSaves(Verdict.FALSE, THEIRS);
        dialogs.choiceContaining = "Take theirs";
        long replacedBefore = viewModel.replacedProperty().get();

        viewModel.setNote(claimId, MINE);

        Claim stored = store.claim(claimId).orElseThrow();
        assertEquals(THEIRS, stored.note());
        assertEquals(stored, viewModel.selectedClaimProperty().get());
        assertEquals(List.of(stored), viewModel.claims());
        assertEquals(replacedBefore + 1, viewModel.replacedProperty().get(), "the detail view refills the note");
        assertEquals(List.of("bob"), notesSavedBy());

        viewModel.setVerdict(Verdict.MISLEADING);
        assertEquals(Verdict.MISLEADING, store.claim(claimId).orElseThrow().verdict(), "later edits build on theirs");
    }

    @Test
    void mergeNotesKeepsTheirFieldsWithBothNotes() {
        bobSaves(Verdict.FALSE, THEIRS);
        dialogs.choiceContaining = "Merge notes";

        viewModel.setNote(claimId, MINE);

        Claim stored = store.claim(claimId).orElseThrow();
        assertEquals(MINE + "\n\u2014 merged with the version saved by bob \u2014\n" + THEIRS, stored.note());
        assertEquals(Verdict.FALSE, stored.verdict());
        assertEquals(stored.note(), viewModel.selectedClaimProperty().get().note());
        assertEquals(1, viewModel.replacedProperty().get());
    }

    @Test
    void closingTheDialogMergesTheNotesSoNeitherIsLost() {
        bobSaves(Verdict.FALSE, THEIRS);
        dialogs.choiceContaining = null;

        viewModel.setVerdict(Verdict.TRUE);

        Claim stored = store.claim(claimId).orElseThrow();
        assertEquals(THEIRS, stored.note(), "my note was empty: theirs contains it");
        assertEquals(Verdict.FALSE, stored.verdict());
    }

    @Test
    void anUndoAfterSomeoneElsesSaveIsRefusedAndTheirSaveStays() {
        viewModel.setVerdict(Verdict.MISLEADING);
        bobSaves(Verdict.FALSE, THEIRS);

        history.undo();

        assertEquals(THEIRS, store.claim(claimId).orElseThrow().note());
        assertEquals(Verdict.FALSE, store.claim(claimId).orElseThrow().verdict());
        assertTrue(dialogs.shown.stream().anyMatch(line -> line.startsWith("error: failed: Someone else saved")),
                String.valueOf(dialogs.shown));
    }

    @Test
    void editsUndoAndRedoOfOneWindowNeverConflictWithEachOther() {
        viewModel.setVerdict(Verdict.MISLEADING);
        viewModel.setNote(claimId, MINE);
        viewModel.setTags("figure");
        history.undo();
        history.undo();
        history.redo();
        viewModel.setVerdict(Verdict.TRUE);

        Claim stored = store.claim(claimId).orElseThrow();
        assertEquals(MINE, stored.note());
        assertEquals(Verdict.TRUE, stored.verdict());
        assertEquals(List.of(), stored.tags());
        assertEquals(7, stored.version(), "seven saves, none refused");
        assertTrue(dialogs.shown.isEmpty(), String.valueOf(dialogs.shown));
        assertTrue(dialogs.lastComparison.isEmpty());
    }

    /** Bob saves the claim from his own fresh read, as another window would. */
    private void bobSaves(Verdict verdict, String note) {
        Claim fresh = store.claim(claimId).orElseThrow();
        store.setReviewer("bob");
        store.updateClaim(new Claim(fresh.id(), fresh.uuid(), fresh.articleId(), fresh.quote(), fresh.tags(), verdict,
                fresh.status(), note, fresh.createdAt(), fresh.updatedAt(), fresh.claimant(), fresh.figure(),
                fresh.version()));
        store.setReviewer("alice");
    }

    private List<String> notesSavedBy() {
        return store.auditOf("claim", claimId).stream().filter(entry -> entry.field().equals("note"))
                .map(AuditEntry::reviewer).toList();
    }
}
