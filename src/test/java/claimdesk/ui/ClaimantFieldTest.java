package claimdesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import claimdesk.model.Claim;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** The detail pane's "Claimed by" field saves on Enter and shows the selected claim's claimant. */
class ClaimantFieldTest extends WorkbenchUiTest {

    @Test
    void typingAClaimantAndPressingEnterSavesItOnTheSelectedClaim(FxRobot robot) {
        openWorkbench(robot);
        StyleClassedTextArea area = robot.lookup("#readerText").queryAs(StyleClassedTextArea.class);
        @SuppressWarnings("unchecked")
        TableView<Claim> table = robot.lookup("#ledgerTable").queryAs(TableView.class);
        int start = area.getText().indexOf("26320 Afghan migrants");
        robot.interact(() -> area.selectRange(start, start + 5));
        robot.press(KeyCode.CONTROL, KeyCode.T).release(KeyCode.T, KeyCode.CONTROL);
        FxWait.until(() -> table.getItems().size() == 1 && table.getSelectionModel().getSelectedItem() != null);

        robot.clickOn("#claimantField").write("Bijar").type(KeyCode.ENTER);

        FxWait.until(() -> "Bijar".equals(table.getItems().get(0).claimant()));
        long id = table.getItems().get(0).id();
        assertEquals("Bijar", workbench.ledger().claims().get(0).claimant());
        robot.interact(() -> workbench.ledger().selectedClaimProperty().set(null));
        assertEquals("", robot.lookup("#claimantField").queryTextInputControl().getText());
        robot.interact(() -> workbench.ledger().selectedClaimProperty().set(table.getItems().get(0)));
        assertEquals("Bijar", robot.lookup("#claimantField").queryTextInputControl().getText());
        assertEquals(id, workbench.ledger().selectedClaimProperty().get().id());
    }
}
