package claimdesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import claimdesk.model.Claim;
import claimdesk.model.ClaimStatus;
import claimdesk.model.Verdict;
import claimdesk.store.LedgerStore;
import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * On the real window: a colleague of the claim's author opens the second review, picks a verdict from a dialog
 * that does not name the claim's, and, the two differing, is shown both while the claim stays In review.
 */
class SecondReviewUiTest extends WorkbenchUiTest {

    @Test
    void aDifferentVerdictIsShownBesideTheFirstAndTheClaimStaysInReview(FxRobot robot) {
        openWorkbench(robot);
        StyleClassedTextArea area = robot.lookup("#readerText").queryAs(StyleClassedTextArea.class);
        TableView<Claim> table = robot.lookup("#ledgerTable").queryAs(TableView.class);
        int start = area.getText().indexOf("26320 Afghan migrants");
        robot.interact(() -> area.selectRange(start, start + 5));
        robot.press(KeyCode.CONTROL, KeyCode.T).release(KeyCode.T, KeyCode.CONTROL);
        FxWait.until(() -> table.getItems().size() == 1 && table.getSelectionModel().getSelectedItem() != null);
        long id = table.getItems().get(0).id();
        Button review = robot.lookup("#secondReviewButton").queryAs(Button.class);
        assertFalse(review.isVisible(), "not offered on a Draft, nor to its author");

        // Bilal, at the same window, takes the claim over from "tester", who tagged it.
        LedgerStore store = workbench.store();
        store.setReviewer("Bilal");
        ComboBox<Verdict> verdict = robot.lookup("#verdictChoice").queryAs(ComboBox.class);
        ComboBox<ClaimStatus> status = robot.lookup("#statusChoice").queryAs(ComboBox.class);
        robot.interact(() -> verdict.setValue(Verdict.FALSE));
        FxWait.until(() -> store.claim(id).orElseThrow().verdict() == Verdict.FALSE);
        robot.interact(() -> status.setValue(ClaimStatus.IN_REVIEW));
        FxWait.until(review::isVisible);

        robot.clickOn(review);
        FxWait.until(() -> dialog(robot, "Your verdict on").isPresent());
        DialogPane ask = dialog(robot, "Your verdict on").orElseThrow();
        assertFalse(ask.getHeaderText().contains("False"), ask.getHeaderText());
        ComboBox<String> choice = (ComboBox<String>) ask.lookup(".combo-box");
        robot.interact(() -> choice.setValue("Misleading"));
        robot.clickOn((Button) ask.lookupButton(ButtonType.OK));

        FxWait.until(() -> dialog(robot, "The verdicts differ").isPresent());
        DialogPane told = dialog(robot, "The verdicts differ").orElseThrow();
        assertTrue(told.getContentText().contains("tester (first): False\nBilal (second): Misleading"),
                told.getContentText());
        robot.clickOn((Button) told.lookupButton(ButtonType.OK));
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(ClaimStatus.IN_REVIEW, store.claim(id).orElseThrow().status());
        FxWait.until(() -> robot.lookup("#agreementLabel").queryAs(Label.class).getText()
                .equals("Agreement: \u03ba = 0.00 over 1 review"));
    }

    @Test
    void whereASecondReviewerIsNeededTheFirstVerdictStaysHiddenUntilTheReview(FxRobot robot) {
        openWorkbench(robot);
        LedgerStore store = workbench.store();
        store.requireSecondReview(true);
        StyleClassedTextArea area = robot.lookup("#readerText").queryAs(StyleClassedTextArea.class);
        TableView<Claim> table = robot.lookup("#ledgerTable").queryAs(TableView.class);
        int start = area.getText().indexOf("26320 Afghan migrants");
        robot.interact(() -> area.selectRange(start, start + 5));
        robot.press(KeyCode.CONTROL, KeyCode.T).release(KeyCode.T, KeyCode.CONTROL);
        FxWait.until(() -> table.getItems().size() == 1 && table.getSelectionModel().getSelectedItem() != null);
        long id = table.getItems().get(0).id();
        ComboBox<Verdict> verdict = robot.lookup("#verdictChoice").queryAs(ComboBox.class);
        ComboBox<ClaimStatus> status = robot.lookup("#statusChoice").queryAs(ComboBox.class);
        Label hidden = robot.lookup("#verdictHidden").queryAs(Label.class);
        robot.interact(() -> verdict.setValue(Verdict.FALSE));
        FxWait.until(() -> store.claim(id).orElseThrow().verdict() == Verdict.FALSE);
        robot.interact(() -> status.setValue(ClaimStatus.IN_REVIEW));
        FxWait.until(() -> store.claim(id).orElseThrow().status() == ClaimStatus.IN_REVIEW);
        assertTrue(verdict.isVisible(), "the author reads their own verdict");

        store.setReviewer("Bilal");
        // Bilal comes to the claim afresh: select it again.
        robot.interact(() -> workbench.ledger().selectedClaimProperty().set(null));
        robot.interact(() -> table.getSelectionModel().select(0));
        Button review = robot.lookup("#secondReviewButton").queryAs(Button.class);
        FxWait.until(review::isVisible);
        assertFalse(verdict.isVisible(), "a second reviewer does not see the first verdict");
        assertTrue(hidden.isVisible());
        assertEquals("\u2014", table.getColumns().get(2).getCellData(0), "nor in the list");

        robot.clickOn(review);
        FxWait.until(() -> dialog(robot, "Your verdict on").isPresent());
        DialogPane ask = dialog(robot, "Your verdict on").orElseThrow();
        ComboBox<String> choice = (ComboBox<String>) ask.lookup(".combo-box");
        robot.interact(() -> choice.setValue("False"));
        robot.clickOn((Button) ask.lookupButton(ButtonType.OK));
        FxWait.until(() -> dialog(robot, "You agree").isPresent());
        robot.clickOn((Button) dialog(robot, "You agree").orElseThrow().lookupButton(ButtonType.OK));

        FxWait.until(() -> store.claim(id).orElseThrow().status() == ClaimStatus.VERIFIED && verdict.isVisible());
        assertFalse(hidden.isVisible());
        FxWait.until(() -> "False".equals(table.getColumns().get(2).getCellData(0)));
    }

    /** The open dialog whose header or text contains {@code text}. */
    private static Optional<DialogPane> dialog(FxRobot robot, String text) {
        return robot.lookup(".dialog-pane").queryAll().stream().map(DialogPane.class::cast)
                .filter(pane -> contains(pane.getHeaderText(), text) || contains(pane.getContentText(), text))
                .findFirst();
    }

    private static boolean contains(String shown, String text) {
        return shown != null && shown.contains(text);
    }
}
