package claimdesk.ui.undo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import claimdesk.model.Claim;
import claimdesk.model.ClaimStatus;
import claimdesk.model.TextQuote;
import claimdesk.model.Verdict;
import claimdesk.service.ArticleImporter;
import claimdesk.service.ImportOutcome;
import claimdesk.store.LedgerStore;
import claimdesk.store.StaleClaimException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Claim edits name the version this window's own saves left the claim at (ClaimVersions). */
class UpdateClaimCommandTest {

    private static final String TEXT = "Deportations\n\nMore than 75,000 migrants left Iran in the past two weeks.";

    @TempDir
    Path folder;
    private LedgerStore store;
    private Claim shown;
    private final ClaimVersions versions = new ClaimVersions();

    @BeforeEach
    void setUp() {
        store = LedgerStore.open(folder, "alice");
        ImportOutcome.Imported imported = (ImportOutcome.Imported) new ArticleImporter(store).importText("t", TEXT);
        shown = store.createClaim(imported.article().id(), TextQuote.of(TEXT, 14, 30), List.of(), Verdict.UNRATED,
                ClaimStatus.DRAFT, "");
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    @Test
    void editsMadeBeforeTheFirstSaveReturnedApplyUndoAndRedoInTurn() {
        // Both made from the claim as shown at version 0: the second before the first save came back.
        UpdateClaimCommand note = new UpdateClaimCommand("edit note", shown, shown.withNote("one"), versions);
        UpdateClaimCommand more = new UpdateClaimCommand("edit note", shown.withNote("one"), shown.withNote("two"),
                versions);

        note.apply(store);
        more.apply(store);
        more.revert(store);
        note.revert(store);
        assertEquals("", store.claim(shown.id()).orElseThrow().note());
        note.apply(store);

        assertEquals("one", store.claim(shown.id()).orElseThrow().note());
        assertEquals(5, store.claim(shown.id()).orElseThrow().version());
    }

    @Test
    void afterAConflictEditsFromTheOlderReadStayRefusedWhileOnesFromTheirsPass() {
        new UpdateClaimCommand("edit note", shown, shown.withNote("mine"), versions).apply(store);
        store.updateClaim(store.claim(shown.id()).orElseThrow().withNote("theirs")); // another window
        UpdateClaimCommand stale = new UpdateClaimCommand("edit note", shown.withNote("mine"),
                shown.withNote("mine, more"), versions);
        StaleClaimException refused = assertThrows(StaleClaimException.class, () -> stale.apply(store));

        Claim theirs = refused.theirs();
        new UpdateClaimCommand("keep my version", theirs, refused.mine().withVersion(theirs.version()), versions)
                .apply(store);
        UpdateClaimCommand queued = new UpdateClaimCommand("set verdict", shown.withNote("mine"),
                shown.withNote("mine").withTags(List.of("late")), versions);

        assertThrows(StaleClaimException.class, () -> queued.apply(store),
                "made before the conflict: it must not pass on the version the resolution wrote");
        assertEquals("mine, more", store.claim(shown.id()).orElseThrow().note());
    }
}
