package claimdesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import claimdesk.model.ArticleMetadata;
import claimdesk.model.Claim;
import claimdesk.model.NewArticle;
import claimdesk.store.LedgerServer;
import claimdesk.store.LedgerStore;
import claimdesk.store.PostgresCluster;
import java.util.List;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The workbench on a desk ledger on a real PostgreSQL server: no sample articles are added to the shared ledger,
 * a claim tagged in the window is on the server for the next reviewer, and the folder-only actions explain
 * themselves instead of failing.
 */
@ExtendWith({ApplicationExtension.class, PostgresCluster.Extension.class})
class DeskWorkbenchTest {

    private static final String TEXT = "Border crossings\n\nOfficials said 14,000 people crossed at Islam Qala.";

    private Stage stage;
    private Workbench workbench;
    private LedgerServer server;

    @BeforeEach
    void open(PostgresCluster cluster) throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        server = cluster.newDatabase();
        try (LedgerStore store = LedgerStore.open(server, "editor", null)) {
            store.addArticle(new NewArticle(ArticleMetadata.headlineOnly("Border crossings"), TEXT, "h1", "a.txt"));
        }
    }

    @AfterEach
    void close(FxRobot robot) {
        if (workbench != null) {
            robot.interact(workbench::close);
        }
    }

    @Test
    void aClaimTaggedInTheWindowIsOnTheServerForTheNextReviewer(FxRobot robot) {
        robot.interact(() -> workbench = Workbench.show(LedgerStore.open(server, "amina", null), stage,
                java.nio.file.Path.of("seeds")));
        StyleClassedTextArea area = robot.lookup("#readerText").queryAs(StyleClassedTextArea.class);
        FxWait.until(() -> area.getText().startsWith("Border crossings"));
        assertEquals(1, robot.lookup("#libraryList").queryAs(ListView.class).getItems().size(),
                "the seeds are not added to a desk's shared ledger");
        assertTrue(stage.getTitle().contains("Claimdesk"), stage.getTitle());

        int start = TEXT.indexOf("14,000 people crossed");
        robot.clickOn(area);
        robot.interact(() -> area.selectRange(start, start + "14,000 people crossed".length()));
        robot.press(KeyCode.CONTROL, KeyCode.T).release(KeyCode.T, KeyCode.CONTROL);
        TableView<Claim> table = robot.lookup("#ledgerTable").queryAs(TableView.class);
        FxWait.until(() -> table.getItems().size() == 1);
        WaitForAsyncUtils.waitForFxEvents();

        try (LedgerStore other = LedgerStore.open(server, "bilal", null)) {
            List<Claim> claims = other.allClaims();
            assertEquals(1, claims.size());
            assertEquals("14,000 people crossed", claims.get(0).quote().exact());
        }
    }

    @Test
    void restoreBackupOnADeskSaysTheServerKeepsTheBackups(FxRobot robot) {
        robot.interact(() -> workbench = Workbench.show(LedgerStore.open(server, "amina", null), stage, null));
        FxWait.until(() -> !robot.lookup("#readerText").queryAs(StyleClassedTextArea.class).getText().isEmpty());
        assertTrue(workbench.onServer());

        robot.clickOn("File");
        robot.clickOn("Restore backup\u2026");

        FxWait.until(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        javafx.scene.control.DialogPane pane = robot.lookup(".dialog-pane").queryAs(javafx.scene.control.DialogPane.class);
        assertTrue(pane.getContentText().contains("backed up and restored on its server"), pane.getContentText());
        robot.interact(() -> ((Stage) pane.getScene().getWindow()).close());
    }
}
