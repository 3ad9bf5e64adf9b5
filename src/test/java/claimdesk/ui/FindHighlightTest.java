package claimdesk.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** Every match of a Find in the open article is marked in the reader, not only the one opened. */
class FindHighlightTest extends WorkbenchUiTest {

    @Test
    void everyMatchInTheOpenArticleIsMarked(FxRobot robot) {
        openWorkbench(robot);
        StyleClassedTextArea area = robot.lookup("#readerText").queryAs(StyleClassedTextArea.class);
        String text = area.getText();
        List<Integer> starts = new ArrayList<>();
        for (int at = text.indexOf("million"); at >= 0; at = text.indexOf("million", at + 1)) {
            starts.add(at);
        }
        assertTrue(starts.size() >= 2, "the first sample article says million more than once");
        assertFalse(area.getStyleOfChar(starts.get(0) + 1).contains("find-match"));

        robot.clickOn("#findButton");
        FxWait.until(() -> robot.lookup("#searchField").tryQuery().isPresent());
        robot.clickOn("#searchField").write("million").type(KeyCode.ENTER);
        FxWait.until(() -> !robot.lookup("#searchResults").queryAs(ListView.class).getItems().isEmpty());

        for (int start : starts) {
            FxWait.until(() -> area.getStyleOfChar(start + 1).contains("find-match"));
        }
        assertFalse(area.getStyleOfChar(0).contains("find-match"), "text that does not match stays unmarked");
    }
}
