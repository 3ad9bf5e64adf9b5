package claimdesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import claimdesk.model.Article;
import claimdesk.model.ArticleMetadata;
import claimdesk.model.Claim;
import claimdesk.model.ClaimStatus;
import claimdesk.model.LedgerChange;
import claimdesk.model.LedgerChange.Entity;
import claimdesk.model.NewArticle;
import claimdesk.model.TextQuote;
import claimdesk.model.Verdict;
import claimdesk.store.LedgerServer;
import claimdesk.store.LedgerStore;
import claimdesk.store.PostgresCluster;
import claimdesk.ui.ledger.LedgerViewModel;
import claimdesk.ui.undo.UndoHistory;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Bilal's ledger view model on a desk follows what Amina saves in her window: the refresh arrives as a task for
 * the FX thread (here a queue the test thread drains, as the FX thread would), keeps Bilal's selection, and leaves
 * a claim he is typing in alone.
 */
@ExtendWith(PostgresCluster.Extension.class)
class DeskUpdatesTest {

    private static final String TEXT = "Returns\n\nMore than 75,000 migrants left Iran in the past two weeks.";

    private LedgerStore amina;
    private LedgerStore bilal;
    private final Session session = new Session();
    private final BlockingQueue<Runnable> fxThread = new LinkedBlockingQueue<>();
    private final AtomicInteger libraryRefreshes = new AtomicInteger();
    private final AtomicInteger sourceRefreshes = new AtomicInteger();
    private final AtomicInteger articleRefreshes = new AtomicInteger();
    private LedgerViewModel ledger;
    private DeskUpdates updates;
    private Article article;
    private Claim first;

    @BeforeEach
    void openTwoWindows(PostgresCluster cluster) {
        LedgerServer server = cluster.newDatabase();
        amina = LedgerStore.open(server, "amina", null);
        bilal = LedgerStore.open(server, "bilal", null);
        article = amina.addArticle(new NewArticle(ArticleMetadata.headlineOnly("Returns"), TEXT, "h1", "a.txt"))
                .article();
        first = tag(amina, 0, 7);
        ImmediateUiExecutor executor = new ImmediateUiExecutor();
        ScriptedDialogs dialogs = new ScriptedDialogs();
        UndoHistory history = new UndoHistory(bilal, executor, error -> dialogs.showError("failed", error.getMessage()));
        ledger = new LedgerViewModel(bilal, executor, history, dialogs, session);
        session.openArticleProperty().set(article);
        ledger.selectedClaimProperty().set(ledger.claims().get(0));
        updates = new DeskUpdates(session, fxThread::add, libraryRefreshes::incrementAndGet,
                articleRefreshes::incrementAndGet, ledger::refreshFromDesk, sourceRefreshes::incrementAndGet)
                .listenTo(bilal);
    }

    @AfterEach
    void close() {
        updates.close();
        bilal.close();
        amina.close();
    }

    private Claim tag(LedgerStore store, int start, int end) {
        return store.createClaim(article.id(), TextQuote.of(TEXT, start, end), List.of(), Verdict.UNRATED,
                ClaimStatus.DRAFT, "");
    }

    /** Runs the next refresh handed to the FX thread, as the FX thread would. */
    private void runNextRefresh() throws InterruptedException {
        Runnable refresh = fxThread.poll(15, TimeUnit.SECONDS);
        assertTrue(refresh != null, "no refresh was handed to the FX thread");
        refresh.run();
    }

    @Test
    void aClaimSavedInAnotherWindowAppearsAndTheSelectionStays() throws Exception {
        Claim added = tag(amina, 10, 26);

        runNextRefresh();

        assertEquals(List.of(first.id(), added.id()), ledger.claims().stream().map(Claim::id).toList());
        assertEquals(first.id(), ledger.selectedClaimProperty().get().id());
        assertEquals(1, libraryRefreshes.get(), "the library shows claim counts");
    }

    @Test
    void anEditOfTheSelectedClaimShowsUnlessItHasUnsavedTyping() throws Exception {
        amina.updateClaim(withNote(amina.claim(first.id()).orElseThrow(), "checked by Amina"));
        runNextRefresh();
        assertEquals("checked by Amina", ledger.selectedClaimProperty().get().note());
        assertEquals(1, sourceRefreshes.get(), "the selected claim's sources are reloaded too");

        Claim typing = ledger.selectedClaimProperty().get();
        ledger.detailEditedProperty().set(true);
        amina.updateClaim(withNote(amina.claim(first.id()).orElseThrow(), "changed again"));
        Claim added = tag(amina, 10, 26);
        runNextRefresh();
        if (ledger.claims().size() < 2) {
            runNextRefresh(); // the two saves fell into two refreshes
        }

        assertSame(typing, ledger.selectedClaimProperty().get(), "the claim being typed in is left as shown");
        assertSame(typing, ledger.claims().get(0));
        assertEquals(added.id(), ledger.claims().get(1).id(), "the rest of the list is fresh");
    }

    @Test
    void aClaimDeletedInAnotherWindowLeavesTheList() throws Exception {
        Claim added = tag(amina, 10, 26);
        runNextRefresh();
        ledger.selectedClaimProperty().set(ledger.claims().get(1));

        amina.deleteClaim(added.id());
        runNextRefresh();

        assertEquals(List.of(first.id()), ledger.claims().stream().map(Claim::id).toList());
        assertNull(ledger.selectedClaimProperty().get());
    }

    @Test
    void aBurstOfChangesIsOneRefresh() {
        updates.heard(new LedgerChange(Entity.CLAIM, 41, article.id()));
        updates.heard(new LedgerChange(Entity.CLAIM, 42, article.id()));
        updates.heard(new LedgerChange(Entity.ARTICLE, 7, 7));

        List<Runnable> handed = new java.util.ArrayList<>();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (handed.isEmpty() && System.nanoTime() < deadline) {
            fxThread.drainTo(handed);
        }
        handed.forEach(Runnable::run);
        assertEquals(1, handed.size(), "three changes heard at once, one refresh");
        assertEquals(1, libraryRefreshes.get());
    }

    @Test
    void changesToAnotherArticleLeaveTheLedgerAlone() {
        Claim selected = ledger.selectedClaimProperty().get();
        updates.refresh(java.util.Set.of(new LedgerChange(Entity.CLAIM, 99, article.id() + 1)));

        assertSame(selected, ledger.selectedClaimProperty().get());
        assertEquals(0, sourceRefreshes.get(), "not the selected claim's sources either");
        assertEquals(1, libraryRefreshes.get(), "but another article's claim count changed");
        assertEquals(0, articleRefreshes.get(), "and the open article itself did not change");
    }

    @Test
    void theOpenArticleIsReadAgainWhenAnotherWindowEditsIt() throws Exception {
        amina.updateMetadata(article.id(), ArticleMetadata.headlineOnly("Returns from Iran"));

        runNextRefresh();

        assertEquals(1, articleRefreshes.get());
        assertEquals(0, sourceRefreshes.get(), "no claim changed");
    }

    private static Claim withNote(Claim claim, String note) {
        return new Claim(claim.id(), claim.uuid(), claim.articleId(), claim.quote(), claim.tags(), claim.verdict(),
                claim.status(), note, claim.createdAt(), claim.updatedAt(), claim.claimant(), claim.figure(), claim.version());
    }
}
