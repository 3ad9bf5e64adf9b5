package claimdesk.ui;

import claimdesk.model.Claim;
import claimdesk.store.CrashingWriter;
import claimdesk.store.LedgerStore;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Child-process half of the GUI round of {@code claimdesk.crash.CrashSafetyTest}: the real workbench (headless, as
 * in the UI tests) on the ledger given as the first argument; like a reviewer it selects a span, presses Ctrl+T,
 * types a note, and prints the claim's id once the app shows it tagged and has saved the note. Then it waits to be
 * killed.
 */
public final class CrashingReviewer {

    private CrashingReviewer() {
    }

    private static Set<Long> ids(LedgerStore store) {
        return store.allClaims().stream().map(Claim::id).collect(Collectors.toCollection(HashSet::new));
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        int claims = Integer.parseInt(args[1]);
        Stage stage = FxToolkit.registerPrimaryStage();
        FxRobot robot = new FxRobot();
        LedgerStore store = LedgerStore.open(folder, "crash-reviewer");
        AtomicReference<Workbench> workbench = new AtomicReference<>();
        robot.interact(() -> workbench.set(Workbench.show(store, stage, Path.of("seeds"))));
        FxWait.until(() -> !robot.lookup("#libraryList").queryAs(ListView.class).getItems().isEmpty());
        StyleClassedTextArea area = robot.lookup("#readerText").queryAs(StyleClassedTextArea.class);
        FxWait.until(() -> area.getText().length() > 200);
        @SuppressWarnings("unchecked")
        TableView<Claim> table = robot.lookup("#ledgerTable").queryAs(TableView.class);
        for (int i = 0; i < claims; i++) {
            // Spans from the end of the text, away from the claims a used ledger already has at its start.
            int start = area.getText().length() - 60 - i * 45;
            Set<Long> before = ids(store);
            // The app moves the reader's selection when a claim is selected; select once it has settled.
            WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> {
                area.requestFocus();
                area.selectRange(start, start + 25);
            });
            robot.press(KeyCode.CONTROL, KeyCode.T).release(KeyCode.T, KeyCode.CONTROL);
            FxWait.until(() -> ids(store).size() == before.size() + 1);
            Set<Long> after = ids(store);
            after.removeAll(before);
            long tagged = after.iterator().next();
            // What the reviewer sees: the status bar says so and the new claim is the selected one.
            FxWait.until(() -> robot.lookup("#statusMessage").queryLabeled().getText().startsWith("Claim tagged")
                    && table.getSelectionModel().getSelectedItem() != null
                    && table.getSelectionModel().getSelectedItem().id() == tagged);
            robot.clickOn("#noteField");
            robot.write(CrashingWriter.noteOf(tagged));
            // The note field saves after a pause in typing; the store answering with the note is the acknowledgement.
            FxWait.until(() -> store.claim(tagged).map(c -> c.note().equals(CrashingWriter.noteOf(tagged)))
                    .orElse(false));
            System.out.println(tagged);
            System.out.flush();
        }
        Thread.sleep(Long.MAX_VALUE);
    }
}
