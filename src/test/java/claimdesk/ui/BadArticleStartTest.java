package claimdesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import claimdesk.model.ArticleMetadata;
import claimdesk.model.NewArticle;
import claimdesk.model.Progress;
import claimdesk.service.ArticleImporter;
import claimdesk.service.ImportOutcome;
import claimdesk.store.CorruptLedger;
import claimdesk.store.LedgerStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ListView;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * Issue 15 defect 2 in the window: a ledger holding an article a killed import left without figures (with a
 * 36-digit amount, which once failed every start with an SQL error and "No articles") and one whose stored figures
 * cannot be read. The library lists every article, and the reviewer is told which one was checked without figures.
 */
class BadArticleStartTest extends WorkbenchUiTest {

    @Test
    void oneBadArticleNeverHidesTheOthers(FxRobot robot) throws Exception {
        long bad;
        try (LedgerStore store = LedgerStore.open(ledger, "tester");
             Stream<Path> seeds = Files.list(Path.of("seeds"))) {
            new ArticleImporter(store).importFiles(seeds.filter(f -> f.toString().endsWith(".txt")).sorted().toList(),
                    Progress.NONE);
            bad = ((ImportOutcome.Imported) new ArticleImporter(store).importText("bad.txt",
                    "Bad rows\n\nSome 40 people left Herat.")).article().id();
            String absurd = "Absurd\n\nThe fund held 100000000000000000000000000000000000 dollars.";
            store.addArticle(new NewArticle(ArticleMetadata.headlineOnly("Absurd"), absurd, "absurd", "absurd.txt"));
        }
        CorruptLedger.breakFiguresOf(ledger, bad);

        robot.interact(() -> workbench = Workbench.show(LedgerStore.open(ledger, "tester"), stage, Path.of("seeds")));

        FxWait.until(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        String message = robot.lookup(".dialog-pane").queryAs(DialogPane.class).getContentText();
        assertTrue(message.contains("\u201cBad rows\u201d"), message);
        robot.clickOn("OK");
        ListView<?> library = robot.lookup("#libraryList").queryAs(ListView.class);
        FxWait.until(() -> library.getItems().size() == 7);
        assertEquals(List.of(), robot.lookup(".dialog-pane").queryAll().stream().toList(), "no other error");
    }
}
