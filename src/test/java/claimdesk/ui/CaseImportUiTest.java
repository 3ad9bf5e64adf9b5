package claimdesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import claimdesk.model.ArticleMetadata;
import claimdesk.model.ClaimStatus;
import claimdesk.model.NewArticle;
import claimdesk.model.TextQuote;
import claimdesk.model.Verdict;
import claimdesk.service.CaseFile;
import claimdesk.store.CaseStore;
import claimdesk.store.LedgerStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A case file handed over by another reviewer lands in the library; a truncated one is refused with a message. */
@ExtendWith(ApplicationExtension.class)
class CaseImportUiTest {

    private static final String TEXT = "Handed over\n\nMore than 75,000 migrants left Iran in two weeks.";

    @TempDir
    Path temp;
    private Stage stage;
    private Workbench workbench;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void closeWorkbench(FxRobot robot) {
        if (workbench != null) {
            robot.interact(workbench::close);
        }
    }

    @Test
    void importsAGoodCaseAndRefusesATruncatedOne(FxRobot robot) throws Exception {
        Path caseFile = temp.resolve("handed-over.claimdesk");
        try (LedgerStore other = LedgerStore.open(temp.resolve("other"), "alice")) {
            long id = other.addArticle(new NewArticle(ArticleMetadata.headlineOnly("Handed over"), TEXT, "ho",
                    "ho.txt")).article().id();
            other.createClaim(id, TextQuote.of(TEXT, 13, 29), List.of(), Verdict.FALSE, ClaimStatus.VERIFIED, "");
            CaseFile.write(new CaseStore(other).export(List.of(id)), caseFile, "alice");
        }
        Path truncated = temp.resolve("truncated.claimdesk");
        byte[] whole = Files.readAllBytes(caseFile);
        Files.write(truncated, Arrays.copyOf(whole, whole.length - 40));
        robot.interact(() -> workbench = Workbench.show(LedgerStore.open(temp.resolve("mine"), "bob"), stage,
                temp.resolve("no-seeds")));
        ListView<?> library = robot.lookup("#libraryList").queryAs(ListView.class);

        robot.interact(() -> workbench.cases().importFile(truncated));
        assertTrue(dialogText(robot).contains("Nothing was changed"), dialogText(robot));
        robot.clickOn("OK");
        assertEquals(0, library.getItems().size());

        robot.interact(() -> workbench.cases().importFile(caseFile));
        assertTrue(dialogText(robot).contains("1 article and 1 claim added"), dialogText(robot));
        robot.clickOn("OK");
        FxWait.until(() -> library.getItems().size() == 1);
    }

    private static String dialogText(FxRobot robot) {
        FxWait.until(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        return robot.lookup(".dialog-pane").queryAs(DialogPane.class).getContentText();
    }

}
