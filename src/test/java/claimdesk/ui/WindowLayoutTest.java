package claimdesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import claimdesk.model.ArticleSummary;
import claimdesk.store.LedgerStore;
import claimdesk.store.PreferencesStore;
import java.nio.file.Path;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The window comes back as the reviewer left it: dividers where they were, the same article open. */
class WindowLayoutTest extends WorkbenchUiTest {

    @TempDir
    Path config;

    private PreferencesStore prefs() {
        return new PreferencesStore(config.resolve("settings.properties"));
    }

    private void open(FxRobot robot) {
        robot.interact(() -> workbench = Workbench.show(LedgerStore.open(ledger, "tester"), stage, Path.of("seeds"),
                prefs()));
        FxWait.until(() -> robot.lookup("#libraryList").queryAs(ListView.class).getItems().size() == 5);
        FxWait.until(() -> !readerText(robot).isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String readerText(FxRobot robot) {
        return robot.lookup("#readerText").queryAs(StyleClassedTextArea.class).getText();
    }

    @Test
    void dividersAndTheOpenArticleAreBackAfterARestart(FxRobot robot) {
        open(robot);
        @SuppressWarnings("unchecked")
        ListView<ArticleSummary> library = robot.lookup("#libraryList").queryAs(ListView.class);
        SplitPane panes = robot.lookup(".split-pane").queryAs(SplitPane.class);
        String firstText = readerText(robot);
        robot.interact(() -> {
            library.getSelectionModel().select(3);
            panes.setDividerPositions(0.3, 0.62);
        });
        FxWait.until(() -> !readerText(robot).equals(firstText));
        String fourthText = readerText(robot);
        robot.interact(workbench::close);

        open(robot);

        FxWait.until(() -> readerText(robot).equals(fourthText));
        SplitPane reopened = robot.lookup(".split-pane").queryAs(SplitPane.class);
        assertEquals(0.3, reopened.getDividerPositions()[0], 0.01);
        assertEquals(0.62, reopened.getDividerPositions()[1], 0.01);
    }
}
