package claimdesk.ui.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import claimdesk.model.Article;
import claimdesk.model.Claim;
import claimdesk.model.ClaimStatus;
import claimdesk.model.SearchHit;
import claimdesk.model.Source;
import claimdesk.model.TextQuote;
import claimdesk.model.Verdict;
import claimdesk.service.ArticleImporter;
import claimdesk.service.ImportOutcome;
import claimdesk.store.LedgerStore;
import claimdesk.store.SourceStore;
import claimdesk.ui.ImmediateUiExecutor;
import claimdesk.ui.ScriptedDialogs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchViewModelTest {

    @TempDir
    Path folder;
    private LedgerStore ledger;
    private SourceStore store;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final RecordingViewer viewer = new RecordingViewer();
    private SearchViewModel viewModel;
    private Article article;
    private Claim claim;

    @BeforeEach
    void setUp() throws Exception {
        ledger = LedgerStore.open(folder.resolve("ledger"), "tester");
        store = new SourceStore(ledger);
        article = ((ImportOutcome.Imported) new ArticleImporter(ledger).importText("a", SourcesViewModelTest.TEXT))
                .article();
        claim = ledger.createClaim(article.id(), TextQuote.of(SourcesViewModelTest.TEXT, 14, 30), List.of(),
                Verdict.UNRATED, ClaimStatus.DRAFT, "Compare the UNHCR dashboard");
        Source source = store.createSource(Source.draft(null, "Dashboard", null, null, null, null));
        Path file = Files.writeString(folder.resolve("dash.txt"), "The weekly dashboard counts returns.");
        store.attach(source.id(), file, "dash.txt", "text/plain", Files.readString(file));
        viewModel = new SearchViewModel(store, new ImmediateUiExecutor(), dialogs, viewer, viewer);
    }

    @AfterEach
    void tearDown() {
        ledger.close();
    }

    @Test
    void nextAndPreviousStepThroughEveryResultAndGoRound() {
        viewModel.queryProperty().set("the");
        viewModel.search();
        int size = viewModel.hits().size();
        assertTrue(size >= 3, viewModel.hits().toString());

        viewModel.next();
        assertEquals(0, viewModel.currentProperty().get());
        assertEquals("Result 1 of " + size, viewModel.summaryProperty().get());
        viewModel.next();
        assertEquals(1, viewModel.currentProperty().get());
        viewModel.previous();
        viewModel.previous();
        assertEquals(size - 1, viewModel.currentProperty().get(), "before the first comes the last");
        viewModel.next();
        assertEquals(0, viewModel.currentProperty().get(), "after the last comes the first");
        assertEquals(5, viewer.calls.size(), "each step opened its result: " + viewer.calls);
    }

    @Test
    void findsAndOpensAnArticleAtTheMatch() {
        viewModel.queryProperty().set("left iran");
        viewModel.search();

        assertEquals("1 result", viewModel.summaryProperty().get());
        SearchHit hit = viewModel.hits().get(0);
        viewModel.open(hit);
        int at = SourcesViewModelTest.TEXT.indexOf("left Iran");
        assertEquals(List.of("article " + article.id() + " [" + at + ", " + (at + 9) + ")"), viewer.calls);
    }

    @Test
    void aNoteOpensItsClaimAndAFileOpensItsTextAtTheMatch() {
        viewModel.queryProperty().set("dashboard");
        viewModel.search();

        assertEquals(List.of(SearchHit.Kind.NOTE, SearchHit.Kind.SOURCE, SearchHit.Kind.ATTACHMENT),
                viewModel.hits().stream().map(SearchHit::kind).toList());
        viewModel.open(viewModel.hits().get(0));
        viewModel.open(viewModel.hits().get(2));
        assertEquals("claim " + article.id() + "/" + claim.id(), viewer.calls.get(0));
        assertEquals("text dash.txt [11, 20): The weekly dashboard counts returns.", viewer.calls.get(1));
        assertTrue(SearchViewModel.describe(viewModel.hits().get(0)).startsWith("Note \u00b7 "));
    }

    @Test
    void anUncitedSourceSaysSoAndAnEmptyQuerySaysWhatToDo() {
        viewModel.queryProperty().set("dashboard");
        viewModel.search();
        viewModel.open(viewModel.hits().get(1));
        assertTrue(dialogs.shown.get(0).contains("no claim cites it"), dialogs.shown.toString());

        viewModel.queryProperty().set("  ");
        viewModel.search();
        assertTrue(viewModel.hits().isEmpty());
        assertEquals("Type a word or figure to find.", viewModel.summaryProperty().get());
    }
}
