package claimdesk.ui.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import claimdesk.ui.FxWait;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The real Add-source dialog: a refused field is said inline and nothing typed is lost. */
@ExtendWith(ApplicationExtension.class)
class SourceDialogTest {

    private Stage owner;

    @Start
    void start(Stage stage) {
        owner = stage;
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
    }

    @Test
    void anAddressWithoutSchemeIsRefusedInlineAndHttpsIsOffered(FxRobot robot) {
        AtomicReference<Optional<SourceForm>> result = new AtomicReference<>();
        Platform.runLater(() -> result.set(new FxSourceDialogs(owner).editSource("Add a source",
                SourceForm.blank(LocalDate.of(2025, 7, 6)), List.of())));
        FxWait.until(() -> robot.lookup("#sourceTitle").tryQuery().isPresent());
        robot.interact(() -> {
            robot.lookup("#sourceTitle").queryAs(TextField.class).setText("Iran returns");
            robot.lookup("#sourceUrl").queryAs(TextField.class).setText("data.unhcr.org/iran");
        });
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);

        robot.clickOn((Button) pane.lookupButton(ButtonType.OK));

        Label problem = robot.lookup("#sourceProblem").queryAs(Label.class);
        assertTrue(problem.isVisible() && problem.getText().contains("is not a web address"), problem.getText());
        assertEquals(null, result.get(), "the dialog stays open");
        assertEquals("Iran returns", robot.lookup("#sourceTitle").queryAs(TextField.class).getText());

        robot.clickOn("#useHttps");
        assertEquals("https://data.unhcr.org/iran", robot.lookup("#sourceUrl").queryAs(TextField.class).getText());
        robot.clickOn((Button) pane.lookupButton(ButtonType.OK));

        FxWait.until(() -> result.get() != null);
        assertEquals("https://data.unhcr.org/iran", result.get().orElseThrow().url());
        assertEquals("Iran returns", result.get().orElseThrow().title());
    }
}
