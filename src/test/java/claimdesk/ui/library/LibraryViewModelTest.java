package claimdesk.ui.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import claimdesk.model.ClaimStatus;
import claimdesk.model.TextQuote;
import claimdesk.model.Verdict;
import claimdesk.store.LedgerStore;
import claimdesk.ui.ImmediateUiExecutor;
import claimdesk.ui.ScriptedDialogs;
import claimdesk.ui.Session;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.SimpleLongProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LibraryViewModelTest {

    @TempDir
    Path temp;
    private LedgerStore store;
    private final Session session = new Session();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private LibraryViewModel viewModel;

    @BeforeEach
    void setUp() {
        store = LedgerStore.open(temp.resolve("ledger"), "tester");
        viewModel = new LibraryViewModel(store, new ImmediateUiExecutor(), dialogs, session, new SimpleLongProperty());
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    @Test
    void importingOpensTheFirstNewArticleAndNamesRefusedFiles() throws Exception {
        Path good = Files.writeString(temp.resolve("good.txt"), "Good headline\n\nText with 3,000 people.");
        Path empty = Files.write(temp.resolve("empty.txt"), new byte[0]);

        viewModel.importFiles(List.of(empty, good));

        assertEquals(1, viewModel.shownArticles().size());
        assertEquals("Good headline", session.openArticleProperty().get().headline());
        assertEquals(List.of("error: Some files were not imported: empty.txt: not imported, the file is empty"),
                dialogs.shown);
        assertEquals("Imported 1, already in the library 0, refused 1.", session.statusMessageProperty().get());
    }

    @Test
    void filterMatchesHeadlineAndOutletIgnoringCase() {
        dialogs.pastedText = "Iran steps up deportations\n\nText.";
        viewModel.pasteArticle();
        dialogs.pastedText = "Pakistan plan\n\nText.";
        viewModel.pasteArticle();

        viewModel.filterTextProperty().set("IRAN");

        assertEquals(List.of("Iran steps up deportations"),
                viewModel.shownArticles().stream().map(a -> a.headline()).toList());
    }

    @Test
    void updatingTheTextKeepsTheClaims() throws Exception {
        dialogs.pastedText = "Headline\n\nMore than 75,000 left.";
        viewModel.pasteArticle();
        var article = session.openArticleProperty().get();
        store.createClaim(article.id(), TextQuote.of(article.text(), 10, 26), List.of(), Verdict.TRUE,
                ClaimStatus.VERIFIED, "");
        dialogs.filesToImport = List.of(Files.writeString(temp.resolve("v2.txt"),
                "Headline\n\nCorrection: more than 75,000 left."));

        viewModel.updateOpenArticleText();

        assertTrue(session.openArticleProperty().get().text().startsWith("Headline\n\nCorrection"));
        assertEquals("Text updated: 0 claims found again, 1 tagged quote-not-found.",
                session.statusMessageProperty().get());
        assertEquals(1, store.claimsOf(article.id()).size());
    }
}
