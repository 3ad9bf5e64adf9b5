package claimdesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import claimdesk.model.Attachment;
import claimdesk.model.Claim;
import claimdesk.model.Evidence;
import claimdesk.model.SearchHit;
import claimdesk.model.Stance;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The sources flow on the real window: cite a source with a quote and stance, attach a file, restart, read it. */
class SourcesWorkbenchTest extends WorkbenchUiTest {

    private static final String SPAN = "more than 75,000 undocumented Afghan migrants";
    private static final String NOTES = "Phone interview, 3 July.\n\nAbout 40,000 crossed at Islam Qala.";

    @TempDir
    Path desk;

    @Test
    void aCitedSourceWithItsFileIsThereAfterARestartAndItsTextOpensInTheApp(FxRobot robot) throws Exception {
        openWorkbench(robot);
        StyleClassedTextArea area = robot.lookup("#readerText").queryAs(StyleClassedTextArea.class);
        int start = area.getText().indexOf(SPAN);
        robot.interact(() -> area.selectRange(start, start + SPAN.length()));
        robot.clickOn("#tagClaimButton");
        TableView<Claim> table = table(robot);
        FxWait.until(() -> table.getItems().size() == 1);

        showSourcesTab(robot);
        robot.clickOn("#addSourceButton");
        FxWait.until(() -> robot.lookup("#sourceTitle").tryQuery().isPresent());
        robot.clickOn("#sourceTitle").write("Border officials, phone interview");
        robot.clickOn("#sourceUrl").write("https://example.org/interview");
        robot.clickOn("#sourceQuote").write("About 40,000 crossed");
        @SuppressWarnings("unchecked")
        ComboBox<Stance> stance = robot.lookup("#sourceStance").queryAs(ComboBox.class);
        robot.interact(() -> stance.setValue(Stance.CONTRADICTS));
        DialogPane dialog = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        robot.clickOn((Button) dialog.lookupButton(ButtonType.OK));

        ListView<Evidence> sources = sourcesList(robot);
        FxWait.until(() -> sources.getItems().size() == 1);
        FxWait.until(() -> "1\u2717".equals(sourcesCell(robot)));
        robot.clickOn("#unsourcedFilter");
        FxWait.until(() -> table.getItems().isEmpty());
        robot.clickOn("#unsourcedFilter");
        FxWait.until(() -> table.getItems().size() == 1);
        Path notes = Files.writeString(desk.resolve("interview-notes.txt"), NOTES);
        robot.interact(() -> workbench.attachments().attach(sources.getItems().get(0), List.of(notes)));
        FxWait.until(() -> sources.getItems().get(0).attachments().size() == 1);

        robot.interact(workbench::close);
        workbench = null;
        openWorkbench(robot);

        TableView<Claim> reopened = table(robot);
        FxWait.until(() -> reopened.getItems().size() == 1);
        FxWait.until(() -> "1\u2717".equals(sourcesCell(robot)));
        robot.clickOn("#findButton");
        FxWait.until(() -> robot.lookup("#searchField").tryQuery().isPresent());
        robot.clickOn("#searchField").write("40,000 CROSSED").type(KeyCode.ENTER);
        @SuppressWarnings("unchecked")
        ListView<SearchHit> hits = robot.lookup("#searchResults").queryAs(ListView.class);
        FxWait.until(() -> hits.getItems().size() == 2);
        assertEquals(List.of(SearchHit.Kind.QUOTE, SearchHit.Kind.ATTACHMENT),
                hits.getItems().stream().map(SearchHit::kind).toList());
        robot.interact(() -> hits.getSelectionModel().select(0));
        robot.clickOn(hits).type(KeyCode.ENTER);
        FxWait.until(() -> reopened.getSelectionModel().getSelectedItem() != null);
        assertEquals(SPAN, reopened.getSelectionModel().getSelectedItem().quote().exact(), "the hit opens its claim");
        showSourcesTab(robot);
        ListView<Evidence> again = sourcesList(robot);
        FxWait.until(() -> again.getItems().size() == 1);
        Evidence evidence = again.getItems().get(0);
        assertEquals("Border officials, phone interview", evidence.source().title());
        assertEquals("https://example.org/interview", evidence.source().url());
        assertEquals(Stance.CONTRADICTS, evidence.link().stance());
        assertEquals("About 40,000 crossed", evidence.link().quote());

        robot.interact(() -> again.getSelectionModel().select(0));
        @SuppressWarnings("unchecked")
        ListView<Attachment> files = robot.lookup("#attachmentList").queryAs(ListView.class);
        FxWait.until(() -> files.getItems().size() == 1);
        robot.interact(() -> files.getSelectionModel().select(0));
        robot.clickOn("#openAttachmentButton");
        FxWait.until(() -> robot.lookup("#evidenceText").tryQuery().isPresent());
        assertEquals(NOTES, robot.lookup("#evidenceText").queryAs(TextArea.class).getText());
        assertTrue(Files.exists(ledger.resolve("attachments")), "the file is kept in the ledger folder");
    }

    private static void showSourcesTab(FxRobot robot) {
        for (Node node : robot.lookup(".tab-pane").queryAll()) {
            TabPane tabs = (TabPane) node;
            tabs.getTabs().stream().filter(tab -> "sourcesTab".equals(tab.getId())).findFirst()
                    .ifPresent(tab -> robot.interact(() -> tabs.getSelectionModel().select(tab)));
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private static ListView<Evidence> sourcesList(FxRobot robot) {
        return robot.lookup("#sourcesList").queryAs(ListView.class);
    }

    private static String sourcesCell(FxRobot robot) {
        TableView<Claim> table = table(robot);
        TableColumn<Claim, ?> column = table.getColumns().stream().filter(c -> "sourcesColumn".equals(c.getId()))
                .findFirst().orElseThrow();
        return table.getItems().isEmpty() ? "" : String.valueOf(column.getCellData(0));
    }

    @SuppressWarnings("unchecked")
    private static TableView<Claim> table(FxRobot robot) {
        return robot.lookup("#ledgerTable").queryAs(TableView.class);
    }

}
