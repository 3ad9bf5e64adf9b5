package claimdesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import claimdesk.model.Claim;
import claimdesk.store.LedgerStore;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * On the real window: a note typed over a claim that someone else saved meanwhile brings up both versions, and
 * taking theirs puts their note in the field the reviewer was typing in.
 */
class SaveConflictUiTest extends WorkbenchUiTest {

    @Test
    void takingTheirsShowsTheirNoteInTheFieldBeingTyped(FxRobot robot) {
        openWorkbench(robot);
        StyleClassedTextArea area = robot.lookup("#readerText").queryAs(StyleClassedTextArea.class);
        TableView<Claim> table = robot.lookup("#ledgerTable").queryAs(TableView.class);
        int start = area.getText().indexOf("26320 Afghan migrants");
        robot.interact(() -> area.selectRange(start, start + 5));
        robot.press(KeyCode.CONTROL, KeyCode.T).release(KeyCode.T, KeyCode.CONTROL);
        FxWait.until(() -> table.getItems().size() == 1 && table.getSelectionModel().getSelectedItem() != null);
        long id = table.getItems().get(0).id();

        LedgerStore store = workbench.store(); // the colleague's save, as another window would make it
        store.setReviewer("bob");
        store.updateClaim(store.claim(id).orElseThrow().withNote("Bob: UNHCR says 60,000."));
        store.setReviewer("tester");

        robot.clickOn("#noteField").write("Alice: IOM counts returns.");
        FxWait.until(() -> robot.lookup("#theirsVersion").tryQuery().isPresent());
        String mine = robot.lookup("#mineVersion").queryAs(TextArea.class).getText();
        assertTrue(mine.endsWith("Note:\nAlice: IOM counts returns."), mine);
        DialogPane pane = robot.lookup("#theirsVersion").queryAs(TextArea.class).getScene().getRoot()
                .lookupAll(".dialog-pane").stream().map(DialogPane.class::cast).findFirst().orElseThrow();
        ButtonType takeTheirs = pane.getButtonTypes().stream().filter(type -> type.getText().equals("Take theirs"))
                .findFirst().orElseThrow();
        robot.clickOn((Button) pane.lookupButton(takeTheirs));

        FxWait.until(() -> robot.lookup("#noteField").queryTextInputControl().getText()
                .equals("Bob: UNHCR says 60,000."));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(table); // leaving the field saves nothing: it holds what is stored
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Bob: UNHCR says 60,000.", store.claim(id).orElseThrow().note());
        assertEquals(1, store.claim(id).orElseThrow().version(), "nothing saved after bob");
    }
}
