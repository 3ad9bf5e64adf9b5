package claimdesk.ui.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import claimdesk.model.Article;
import claimdesk.model.ArticleMetadata;
import claimdesk.service.ArticleImporter;
import claimdesk.service.ImportOutcome;
import claimdesk.store.LedgerStore;
import claimdesk.ui.ImmediateUiExecutor;
import claimdesk.ui.Session;
import claimdesk.ui.undo.UndoHistory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReaderViewModelTest {

    @TempDir
    Path temp;
    private LedgerStore store;
    private final Session session = new Session();
    private UndoHistory history;
    private ReaderViewModel viewModel;

    @BeforeEach
    void setUp() {
        store = LedgerStore.open(temp.resolve("ledger"), "tester");
        history = new UndoHistory(store, new ImmediateUiExecutor(), error -> { throw new AssertionError(error); });
        viewModel = new ReaderViewModel(session, history);
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    private Article open(String name, String text) {
        Article article = ((ImportOutcome.Imported) new ArticleImporter(store).importText(name, text)).article();
        session.openArticleProperty().set(article);
        return article;
    }

    @Test
    void showsHeadlineAndDetailsAndEditsThemUndoably() {
        Article article = open("a", "Headline\n\nText.");
        assertEquals("Headline", viewModel.headlineProperty().get());
        assertEquals("Outlet unknown \u00b7 date unknown", viewModel.detailsProperty().get());

        ArticleMetadata edited = new ArticleMetadata("Better headline", "Afghanistan International", "A. Writer",
                "https://example.org/a", LocalDate.of(2025, 7, 6));
        viewModel.updateMetadata(edited);

        assertEquals("Better headline", viewModel.headlineProperty().get());
        assertEquals("Afghanistan International \u00b7 A. Writer \u00b7 2025-07-06 \u00b7 https://example.org/a",
                viewModel.detailsProperty().get());
        assertEquals(edited, store.article(article.id()).orElseThrow().metadata());

        history.undo();
        assertEquals("Headline", store.article(article.id()).orElseThrow().headline());
    }

    @Test
    void dariArticleIsShownRightToLeft() throws Exception {
        String dari = Files.readString(Path.of("src/test/resources/articles/dari.txt"));
        open("dari.txt", dari);
        assertTrue(viewModel.rightToLeftProperty().get());

        open("en", "English headline\n\nText about 3,000 people (\u0627\u06cc\u0631\u0627\u0646).");
        assertFalse(viewModel.rightToLeftProperty().get());
    }
}
