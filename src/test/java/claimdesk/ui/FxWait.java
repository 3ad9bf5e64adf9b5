package claimdesk.ui;

import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.testfx.util.WaitForAsyncUtils;

/** Waits in UI tests for work the app does in the background, then for the FX events it queued. */
public final class FxWait {

    /** Generous, because CI machines are slow and busy; a condition that holds returns at once. */
    private static final int SECONDS = 20;

    private FxWait() {
    }

    public static void until(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(SECONDS, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (Exception e) {
            throw new AssertionError("condition not met within " + SECONDS + " s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
