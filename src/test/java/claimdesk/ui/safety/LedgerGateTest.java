package claimdesk.ui.safety;

import claimdesk.ui.FxWait;
import static org.junit.jupiter.api.Assertions.assertEquals;

import claimdesk.model.ArticleMetadata;
import claimdesk.model.NewArticle;
import claimdesk.store.LedgerStore;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Opening a protected ledger asks for the passphrase, says clearly when it is wrong, and opens with the right one. */
@ExtendWith(ApplicationExtension.class)
class LedgerGateTest {

    @TempDir
    Path folder;

    @Start
    void start(Stage stage) {
        // The gate opens its own dialogs; the extension only needs the toolkit running.
    }

    @Test
    void asksAgainAfterAWrongPassphraseAndOpensWithTheRightOne(FxRobot robot) {
        try (LedgerStore store = LedgerStore.open(folder, "tester", "right one".toCharArray())) {
            store.addArticle(new NewArticle(ArticleMetadata.headlineOnly("Secret"), "Secret\n\nText.", "s", "s.txt"));
        }
        AtomicReference<Optional<LedgerGate.Opened>> result = new AtomicReference<>();
        Platform.runLater(() -> result.set(LedgerGate.open(folder, "tester", null)));

        FxWait.until(() -> robot.lookup("#passphrase").tryQuery().isPresent());
        robot.clickOn("#passphrase").write("wrong one");
        robot.clickOn("OK");
        FxWait.until(() -> robot.lookup((Label label) -> label.getText().contains("passphrase is wrong")).tryQuery()
                .isPresent());
        robot.clickOn("#passphrase").write("right one");
        robot.clickOn("OK");

        FxWait.until(() -> result.get() != null);
        LedgerGate.Opened opened = result.get().orElseThrow();
        try (LedgerStore store = opened.store()) {
            assertEquals("Secret", store.articles().get(0).headline());
            assertEquals("right one", new String(opened.passphrase()));
        }
    }

}
