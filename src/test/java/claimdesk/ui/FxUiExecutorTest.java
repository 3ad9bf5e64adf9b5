package claimdesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicInteger;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Work submitted after close (late listeners during quit or a ledger swap) is dropped, not thrown at the FX thread. */
@ExtendWith(ApplicationExtension.class)
class FxUiExecutorTest {

    @Start
    void start(Stage stage) {
        // Only the toolkit is needed.
    }

    @Test
    void dropsWorkSubmittedAfterClose(FxRobot robot) {
        FxUiExecutor executor = new FxUiExecutor();
        AtomicInteger calls = new AtomicInteger();
        robot.interact(() -> {
            executor.close();
            executor.submit(UiExecutor.Lane.READ, "late read", progress -> calls.incrementAndGet(),
                    value -> calls.incrementAndGet(), error -> calls.incrementAndGet());
            executor.submit(UiExecutor.Lane.WRITE, "late write", progress -> calls.incrementAndGet(),
                    value -> calls.incrementAndGet(), error -> calls.incrementAndGet());
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, calls.get());
        assertEquals(0, executor.runningProperty().get());
    }
}
