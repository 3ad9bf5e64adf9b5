package claimdesk.ui.export;

import claimdesk.ui.FxWait;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import claimdesk.model.Article;
import claimdesk.model.ClaimStatus;
import claimdesk.model.TextQuote;
import claimdesk.model.Verdict;
import claimdesk.store.LedgerStore;
import claimdesk.ui.Workbench;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.web.WebView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** File › Export report… on the real window: Ctrl+E, the preview, a format, a destination, Export, the link. */
@ExtendWith(ApplicationExtension.class)
class ExportDialogTest {

    @TempDir
    Path ledger;
    @TempDir
    Path out;
    private Stage stage;
    private Workbench workbench;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void closeWorkbench(FxRobot robot) {
        if (workbench != null) {
            robot.interact(() -> robot.listTargetWindows().stream()
                    .filter(window -> window != stage && window instanceof Stage)
                    .map(Stage.class::cast).toList().forEach(Stage::close));
            robot.interact(workbench::close);
        }
    }

    @Test
    void ctrlEOpensTheDialogAndExportEndsWithALinkToTheFile(FxRobot robot) throws Exception {
        LedgerStore store = LedgerStore.open(ledger, "tester");
        robot.interact(() -> workbench = Workbench.show(store, stage, Path.of("seeds")));
        FxWait.until(() -> robot.lookup("#libraryList").queryAs(ListView.class).getItems().size() == 5);
        Article article = store.article(store.articles().get(0).id()).orElseThrow();
        store.createClaim(article.id(), TextQuote.of(article.text(), 0, 20), List.of("figure"), Verdict.FALSE,
                ClaimStatus.VERIFIED, "");

        robot.clickOn("#libraryList");
        robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        FxWait.until(() -> robot.lookup("#exportCount").tryQuery().isPresent());
        Label count = robot.lookup("#exportCount").queryAs(Label.class);
        FxWait.until(() -> count.getText().equals("Preview \u2014 1 claim matches"));
        WebView preview = robot.lookup("#exportPreview").queryAs(WebView.class);
        FxWait.until(() -> "Verified claims".equals(onFx(() -> preview.getEngine().getTitle())));

        robot.clickOn("#exportFormat");
        robot.clickOn("Markdown");
        TextField destination = robot.lookup("#exportDestination").queryAs(TextField.class);
        assertTrue(destination.getText().endsWith(".md"), destination.getText());
        Path target = out.resolve("desk report.md");
        robot.interact(() -> destination.setText(target.toString()));
        robot.clickOn("#exportButton");

        Hyperlink link = robot.lookup("#exportOpenLink").queryAs(Hyperlink.class);
        FxWait.until(link::isVisible);
        assertEquals("Open desk report.md", link.getText());
        assertTrue(Files.readString(target).contains(article.text().substring(0, 20).strip()));
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> call) {
        try {
            return WaitForAsyncUtils.asyncFx(call).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

}
