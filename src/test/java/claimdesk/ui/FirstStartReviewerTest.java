package claimdesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import claimdesk.store.LedgerStore;
import claimdesk.store.PreferencesStore;
import java.nio.file.Path;
import javafx.application.Platform;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The first start asks who is reviewing, so changes and reports are not signed with the computer's user name. */
class FirstStartReviewerTest extends WorkbenchUiTest {

    @TempDir
    Path config;

    @Test
    void theFirstStartAsksForTheReviewerAndTheNextOneDoesNot(FxRobot robot) {
        PreferencesStore prefs = new PreferencesStore(config.resolve("settings.properties"));
        robot.interact(() -> workbench = Workbench.show(LedgerStore.open(ledger, "tester"), stage, Path.of("seeds"),
                prefs));
        FxWait.until(() -> robot.lookup("#libraryList").queryAs(ListView.class).getItems().size() == 5);
        WaitForAsyncUtils.waitForFxEvents();

        Platform.runLater(workbench::askForReviewerIfUnknown);
        FxWait.until(() -> robot.lookup("#settingsName").tryQuery().isPresent());
        assertTrue(robot.lookup(".dialog-pane .header-panel .label").queryLabeled().getText()
                .startsWith("Who is reviewing?"));
        assertEquals("", robot.lookup("#settingsName").queryAs(TextField.class).getText(),
                "the computer's user name is not offered as the reviewer's");
        robot.interact(() -> {
            robot.lookup("#settingsName").queryAs(TextField.class).setText("Amina Rahimi");
            robot.lookup("#settingsOrganisation").queryAs(TextField.class).setText("Kabul Fact Desk");
        });
        robot.clickOn("OK");

        FxWait.until(prefs::reviewerChosen);
        assertEquals("Amina Rahimi", prefs.reviewer().name());
        assertEquals("Kabul Fact Desk", prefs.reviewer().organisation());
        assertEquals("Amina Rahimi", workbench.store().reviewer());

        robot.interact(workbench::askForReviewerIfUnknown);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup("#settingsName").tryQuery().isPresent(), "asked once only");
    }
}
