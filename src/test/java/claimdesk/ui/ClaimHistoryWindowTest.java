package claimdesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import claimdesk.model.Claim;
import claimdesk.ui.history.HistoryRow;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** The history of a claim whose note was edited twice: newest first, opened from the claim and by the shortcut. */
class ClaimHistoryWindowTest extends WorkbenchUiTest {

    private static boolean showing(FxRobot robot, String id) {
        return robot.lookup(id).tryQuery().map(Node::getScene).map(scene -> scene.getWindow().isShowing())
                .orElse(false);
    }

    @Test
    void showsBothNoteEditsNewestFirstAndEscapeCloses(FxRobot robot) {
        openWorkbench(robot);
        StyleClassedTextArea area = robot.lookup("#readerText").queryAs(StyleClassedTextArea.class);
        @SuppressWarnings("unchecked")
        TableView<Claim> ledgerTable = robot.lookup("#ledgerTable").queryAs(TableView.class);
        int start = area.getText().indexOf("26320 Afghan migrants");
        robot.interact(() -> area.selectRange(start, start + 5));
        robot.press(KeyCode.CONTROL, KeyCode.T).release(KeyCode.T, KeyCode.CONTROL);
        FxWait.until(() -> ledgerTable.getItems().size() == 1 && ledgerTable.getSelectionModel().getSelectedItem() != null);
        robot.clickOn("#noteField").write("Checked");
        FxWait.until(() -> "Checked".equals(ledgerTable.getItems().get(0).note()));
        robot.write(" twice");
        FxWait.until(() -> "Checked twice".equals(ledgerTable.getItems().get(0).note()));

        robot.clickOn("#historyButton");

        FxWait.until(() -> showing(robot, "#historyTable"));
        @SuppressWarnings("unchecked")
        TableView<HistoryRow> history = robot.lookup("#historyTable").queryAs(TableView.class);
        FxWait.until(() -> history.getItems().size() == 3);
        assertEquals(List.of("note", "note", "created"), history.getItems().stream().map(HistoryRow::what).toList());
        assertEquals("Checked", history.getItems().get(0).before());
        assertEquals("Checked twice", history.getItems().get(0).after());
        assertEquals("(empty)", history.getItems().get(1).before());
        assertEquals("tester", history.getItems().get(0).who());

        robot.clickOn(robot.lookup("#historyTable .table-row-cell").<Node>query());
        FxWait.until(() -> robot.lookup("#historyDetail").queryTextInputControl().getText()
                .endsWith("\nAfter: Checked twice"));

        robot.type(KeyCode.ESCAPE);
        FxWait.until(() -> !showing(robot, "#historyTable"));
        assertTrue(stage.isShowing(), "the main window stays open");

        robot.clickOn("#noteField");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.H).release(KeyCode.H, KeyCode.SHIFT, KeyCode.CONTROL);
        FxWait.until(() -> showing(robot, "#historyTable"));
        FxWait.until(() -> history.getItems().size() == 3);
        assertEquals("Checked twice", robot.lookup("#noteField").queryTextInputControl().getText(),
                "the shortcut typed nothing into the note");
    }
}
