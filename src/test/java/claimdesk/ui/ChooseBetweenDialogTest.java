package claimdesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The real save-conflict dialog: both versions side by side, one button per choice, and no way out but a choice. */
@ExtendWith(ApplicationExtension.class)
class ChooseBetweenDialogTest {

    private Stage owner;

    @Start
    void start(Stage stage) {
        owner = stage;
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
    }

    @Test
    void showsBothVersionsAndAnswersWithTheButtonClicked(FxRobot robot) {
        AtomicReference<Optional<String>> result = new AtomicReference<>();
        Platform.runLater(() -> result.set(new FxDialogs(owner).chooseBetween("Claim saved elsewhere",
                "Someone else saved this claim at 14:32 (reviewer bob) since you opened it.",
                new Dialogs.Side("Yours (not saved)", "Note:\nAlice's note"),
                new Dialogs.Side("Saved by bob at 14:32", "Note:\nBob's note"),
                List.of("Keep mine", "Take theirs", "Merge notes"))));
        FxWait.until(() -> robot.lookup("#theirsVersion").tryQuery().isPresent());

        TextArea mine = robot.lookup("#mineVersion").queryAs(TextArea.class);
        TextArea theirs = robot.lookup("#theirsVersion").queryAs(TextArea.class);
        assertEquals("Note:\nAlice's note", mine.getText());
        assertEquals("Note:\nBob's note", theirs.getText());
        assertFalse(mine.isEditable() || theirs.isEditable(), "shown, not edited here");
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertEquals(List.of("Keep mine", "Take theirs", "Merge notes"),
                pane.getButtonTypes().stream().map(ButtonType::getText).toList());
        assertTrue(pane.getButtonTypes().stream().noneMatch(type -> type.getButtonData().isCancelButton()),
                "no cancel: closing would leave the conflict undecided");

        ButtonType merge = pane.getButtonTypes().get(2);
        robot.clickOn((Button) pane.lookupButton(merge));

        FxWait.until(() -> result.get() != null);
        assertEquals(Optional.of("Merge notes"), result.get());
    }
}
