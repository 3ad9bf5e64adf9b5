package claimdesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import claimdesk.store.LedgerBackups;
import claimdesk.store.LedgerStore;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The workbench backs the ledger up on start and on close, and File › Restore backup… hands over the chosen one. */
@ExtendWith(ApplicationExtension.class)
class BackupMenuTest {

    @TempDir
    Path ledger;
    private Stage stage;
    private Workbench workbench;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void closeWorkbench(FxRobot robot) {
        if (workbench != null) {
            robot.interact(workbench::close);
        }
    }

    private void openWorkbench(FxRobot robot) {
        robot.interact(() -> workbench = Workbench.show(LedgerStore.open(ledger, "tester"), stage, Path.of("seeds")));
        FxWait.until(() -> robot.lookup("#libraryList").queryAs(ListView.class).getItems().size() == 5);
        // Closing while the first article still loads would race its follow-up tasks against the closed executor.
        FxWait.until(() -> !robot.lookup("#readerText").queryAs(StyleClassedTextArea.class).getText().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void backsUpOnStartAndCloseAndRestoresTheChosenBackup(FxRobot robot) {
        openWorkbench(robot);
        robot.interact(workbench::close);
        List<LedgerBackups.Backup> backups = new LedgerBackups(ledger).list();
        assertEquals(List.of("exit", "daily"), backups.stream().map(LedgerBackups.Backup::reason).toList());

        openWorkbench(robot);
        AtomicReference<LedgerBackups.Backup> restored = new AtomicReference<>();
        robot.interact(() -> workbench.onRestore(restored::set));
        Platform.runLater(workbench::restoreBackup);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("OK");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("OK");
        FxWait.until(() -> restored.get() != null);
        assertEquals(backups.get(0), restored.get());
    }

}
