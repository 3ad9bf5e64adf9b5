package claimdesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import claimdesk.store.LedgerBackups;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The workbench backs the ledger up on start and on close, and File › Restore backup… hands over the chosen one. */
class BackupMenuTest extends WorkbenchUiTest {

    @Test
    void backsUpOnStartAndCloseAndRestoresTheChosenBackup(FxRobot robot) {
        openWorkbench(robot);
        robot.interact(workbench::close);
        List<LedgerBackups.Backup> backups = new LedgerBackups(ledger).list();
        assertEquals(List.of("exit", "daily"), backups.stream().map(LedgerBackups.Backup::reason).toList());

        openWorkbench(robot);
        AtomicReference<LedgerBackups.Backup> restored = new AtomicReference<>();
        robot.interact(() -> workbench.onRestore(restored::set));
        Platform.runLater(() -> workbench.ledgerFiles().restoreBackup());
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("OK");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("OK");
        FxWait.until(() -> restored.get() != null);
        assertEquals(backups.get(0), restored.get());
    }

}
