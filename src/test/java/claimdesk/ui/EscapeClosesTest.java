package claimdesk.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import claimdesk.ui.sources.FxEvidenceViewer;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** Escape closes the Find window and an evidence text window, as it closes a dialog. */
class EscapeClosesTest extends WorkbenchUiTest {

    private static boolean showing(FxRobot robot, String id) {
        return robot.lookup(id).tryQuery().map(Node::getScene).map(scene -> scene.getWindow().isShowing())
                .orElse(false);
    }

    @Test
    void escapeClosesTheFindWindow(FxRobot robot) {
        openWorkbench(robot);
        robot.clickOn("#findButton");
        FxWait.until(() -> showing(robot, "#searchField"));

        robot.clickOn("#searchField").type(KeyCode.ESCAPE);

        FxWait.until(() -> !showing(robot, "#searchField"));
        assertTrue(stage.isShowing(), "the main window stays open");
    }

    @Test
    void escapeClosesAnEvidenceTextWindow(FxRobot robot) {
        openWorkbench(robot);
        robot.interact(() -> new FxEvidenceViewer(stage).showText("UNHCR", "Returns from Iran: 31,400", 0, 7));
        FxWait.until(() -> showing(robot, "#evidenceText"));

        robot.clickOn("#evidenceText").type(KeyCode.ESCAPE);

        FxWait.until(() -> !showing(robot, "#evidenceText"));
        assertFalse(showing(robot, "#evidenceText"));
    }
}
