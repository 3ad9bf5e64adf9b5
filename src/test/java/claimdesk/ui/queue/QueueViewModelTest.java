package claimdesk.ui.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import claimdesk.model.Article;
import claimdesk.model.ArticleMetadata;
import claimdesk.model.Claim;
import claimdesk.model.ClaimStatus;
import claimdesk.model.NewArticle;
import claimdesk.model.QueueFilter;
import claimdesk.model.QueuedClaim;
import claimdesk.model.TextQuote;
import claimdesk.model.Verdict;
import claimdesk.store.ClaimQueue;
import claimdesk.store.LedgerStore;
import claimdesk.ui.ImmediateUiExecutor;
import claimdesk.ui.ScriptedDialogs;
import claimdesk.ui.Session;
import claimdesk.ui.sources.Navigator;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleIntegerProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QueueViewModelTest {

    private static final String TEXT = "Floods\n\nThe floods displaced 12,000 people in the north, officials said.";
    private static final String OTHER = "Budget\n\nThe budget grew by 4% to 2 billion, the ministry said.";

    @TempDir
    Path folder;
    private LedgerStore store;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final Session session = new Session();
    private final SimpleIntegerProperty ledgerVersion = new SimpleIntegerProperty();
    private final List<String> opened = new ArrayList<>();
    private QueueViewModel viewModel;
    private Article floods;
    private Claim displaced;
    private Claim grew;

    @BeforeEach
    void setUp() {
        store = LedgerStore.open(folder.resolve("ledger"), "tester");
        floods = store.addArticle(new NewArticle(ArticleMetadata.headlineOnly("Floods"), TEXT, "h1", "f.txt"))
                .article();
        Article budget = store.addArticle(new NewArticle(ArticleMetadata.headlineOnly("Budget"), OTHER, "h2",
                "b.txt")).article();
        displaced = store.createClaim(floods.id(), TextQuote.of(TEXT, 8, 42), List.of("figure"), Verdict.FALSE,
                ClaimStatus.IN_REVIEW, "");
        grew = store.createClaim(budget.id(), TextQuote.of(OTHER, 8, 42), List.of("budget"), Verdict.TRUE,
                ClaimStatus.VERIFIED, "");
        viewModel = new QueueViewModel(new ClaimQueue(store), store, new ImmediateUiExecutor(), dialogs, session,
                new RecordingNavigator(), ledgerVersion);
        viewModel.reload();
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    @Test
    void eachFilterControlReloadsTheQueueNarrowed() {
        assertEquals(List.of(displaced.id(), grew.id()), ids());
        assertEquals(2, viewModel.articles().size(), "the article filter offers the library");

        viewModel.verdictProperty().set(Verdict.TRUE);
        assertEquals(List.of(grew.id()), ids());
        assertEquals("1 of 2 claims", viewModel.summaryProperty().get());

        viewModel.verdictProperty().set(null);
        viewModel.tagProperty().set("FIGURE");
        assertEquals(List.of(displaced.id()), ids());

        viewModel.tagProperty().set("");
        viewModel.statusProperty().set(ClaimStatus.VERIFIED);
        assertEquals(List.of(grew.id()), ids());

        viewModel.statusProperty().set(null);
        viewModel.articleProperty().set(new ArticleChoice(floods.id(), "Floods"));
        assertEquals(List.of(displaced.id()), ids());
        assertEquals(floods.id(), viewModel.filter().articleId());
    }

    @Test
    void assigningTheSelectedClaimShowsInTheQueueAndItsFilter() {
        viewModel.selectedProperty().set(viewModel.rows().get(0));

        viewModel.assignSelected("  Amira ");

        assertEquals("Amira", viewModel.rows().get(0).assignee());
        assertEquals(displaced.id(), viewModel.selectedProperty().get().claimId(), "the claim stays selected");
        assertTrue(viewModel.assignees().contains("Amira"), viewModel.assignees().toString());
        assertEquals("The claim is assigned to Amira.", session.statusMessageProperty().get());
        viewModel.assigneeProperty().set("amira");
        assertEquals(List.of(displaced.id()), ids());
        viewModel.assigneeProperty().set(QueueFilter.UNASSIGNED);
        assertEquals(List.of(grew.id()), ids());

        viewModel.assigneeProperty().set("");
        viewModel.selectedProperty().set(viewModel.rows().get(0));
        viewModel.assignSelected("");
        assertNull(viewModel.rows().get(0).assignee(), "an empty name unassigns");
        assertTrue(dialogs.shown.isEmpty(), dialogs.shown.toString());
    }

    @Test
    void aSaveElsewhereInTheLedgerReloadsTheQueue() {
        store.updateClaim(store.claim(grew.id()).orElseThrow().withNote("checked"));
        Claim third = store.createClaim(floods.id(), TextQuote.of(TEXT, 57, 71), List.of(), Verdict.UNRATED,
                ClaimStatus.DRAFT, "");
        assertEquals(2, viewModel.rows().size(), "not before the ledger says it changed");

        ledgerVersion.set(ledgerVersion.get() + 1);

        assertEquals(List.of(third.id(), displaced.id(), grew.id()), ids());
    }

    @Test
    void openingTheSelectedClaimGoesToItsArticle() {
        QueuedClaim row = viewModel.rows().get(1);
        viewModel.selectedProperty().set(row);

        viewModel.openSelected();

        assertEquals(List.of(row.articleId() + ":" + grew.id()), opened);
    }

    private List<Long> ids() {
        return viewModel.rows().stream().map(QueuedClaim::claimId).toList();
    }

    /** Records where the queue asked to go. */
    private final class RecordingNavigator implements Navigator {

        @Override
        public void openArticleAt(long articleId, int start, int end) {
            opened.add(articleId + "@" + start);
        }

        @Override
        public void openPassage(long articleId, int start, int end, String quote) {
            opened.add(articleId + "@" + start);
        }

        @Override
        public void openClaim(long articleId, long claimId) {
            opened.add(articleId + ":" + claimId);
        }
    }
}
