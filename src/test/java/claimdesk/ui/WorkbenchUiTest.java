package claimdesk.ui;

import claimdesk.store.LedgerStore;
import java.nio.file.Path;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real workbench window on a ledger in a temp folder, for UI tests: {@link #openWorkbench} shows it with the
 * seeds and waits until the first article is open; the window is closed after each test.
 */
@ExtendWith(ApplicationExtension.class)
public abstract class WorkbenchUiTest {

    @TempDir
    protected Path ledger;
    protected Stage stage;
    protected Workbench workbench;

    // TestFX looks for @Start only in the test class itself, so the base class takes the primary stage here.
    @BeforeEach
    void takePrimaryStage() throws java.util.concurrent.TimeoutException {
        stage = FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void closeWorkbench(FxRobot robot) {
        if (workbench != null) {
            robot.interact(workbench::close);
        }
    }

    /** Opens (or, after {@code workbench.close()}, reopens) the workbench on the same ledger. */
    protected void openWorkbench(FxRobot robot) {
        robot.interact(() -> workbench = Workbench.show(LedgerStore.open(ledger, "tester"), stage, Path.of("seeds")));
        FxWait.until(() -> robot.lookup("#libraryList").queryAs(ListView.class).getItems().size() == 5);
        // Closing while the first article still loads would race its follow-up tasks against the closed executor.
        FxWait.until(() -> !robot.lookup("#readerText").queryAs(StyleClassedTextArea.class).getText().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
    }
}
