package claimdesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import claimdesk.model.Claim;
import claimdesk.model.Verdict;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The main flow on the real window: open a seed, tag a span with Ctrl+T, give a verdict, restart, find it all. */
class WorkbenchTest extends WorkbenchUiTest {

    private static final String SPAN = "more than 75,000 undocumented Afghan migrants";

    @Test
    void tagsASpanWithCtrlTAndFindsItAgainAfterARestart(FxRobot robot) {
        openWorkbench(robot);
        StyleClassedTextArea area = area(robot);
        assertTrue(area.getText().startsWith("Iran Steps Up Deportations Of Afghans"), "seed 000 opens first");
        int start = area.getText().indexOf(SPAN);

        robot.clickOn(area);
        robot.interact(() -> area.selectRange(start, start + SPAN.length()));
        robot.press(KeyCode.CONTROL, KeyCode.T).release(KeyCode.T, KeyCode.CONTROL);

        TableView<Claim> table = table(robot);
        FxWait.until(() -> table.getItems().size() == 1);
        assertEquals(SPAN, table.getItems().get(0).quote().exact());
        robot.clickOn("#verdictChoice");
        robot.clickOn("Mostly false");
        FxWait.until(() -> table.getItems().get(0).verdict() == Verdict.MOSTLY_FALSE);
        assertTrue(area.getStyleOfChar(start + 1).contains("claim-selected"));

        robot.interact(workbench::close);
        workbench = null;
        openWorkbench(robot);

        TableView<Claim> reopened = table(robot);
        FxWait.until(() -> reopened.getItems().size() == 1);
        Claim claim = reopened.getItems().get(0);
        assertEquals(SPAN, claim.quote().exact());
        assertEquals(Verdict.MOSTLY_FALSE, claim.verdict());
        StyleClassedTextArea reopenedArea = area(robot);
        assertTrue(reopenedArea.getStyleOfChar(start + 1).contains("claim"), "the claim is highlighted again");
        assertTrue(reopenedArea.getStyleOfChar(start - 2).isEmpty(), "the text before it is not");
    }

    @Test
    void clickingAHighlightSelectsItsRowAndCtrlZUndoesTheTagging(FxRobot robot) throws Exception {
        openWorkbench(robot);
        StyleClassedTextArea area = area(robot);
        int start = area.getText().indexOf("26320 Afghan migrants");
        robot.interact(() -> area.selectRange(start, start + 5));
        robot.clickOn("#tagClaimButton");
        TableView<Claim> table = table(robot);
        FxWait.until(() -> table.getItems().size() == 1);

        robot.interact(() -> table.getSelectionModel().clearSelection());
        robot.interact(() -> workbench.ledger().selectedClaimProperty().set(null));
        javafx.geometry.Bounds highlight = WaitForAsyncUtils.asyncFx(
                () -> area.getCharacterBoundsOnScreen(start + 2, start + 3).orElseThrow()).get();
        robot.clickOn(new javafx.geometry.Point2D(highlight.getCenterX(), highlight.getCenterY()));
        FxWait.until(() -> table.getSelectionModel().getSelectedItem() != null);
        assertEquals("26320", table.getSelectionModel().getSelectedItem().quote().exact());

        robot.clickOn(table);
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        FxWait.until(() -> table.getItems().isEmpty());
    }

    @Test
    void aClaimTaggedRightAfterANoteIsTheSelectedOneAndGetsTheNextTyping(FxRobot robot) {
        openWorkbench(robot);
        StyleClassedTextArea area = area(robot);
        TableView<Claim> table = table(robot);
        int first = area.getText().indexOf("26320 Afghan migrants");
        robot.interact(() -> area.selectRange(first, first + 5));
        robot.press(KeyCode.CONTROL, KeyCode.T).release(KeyCode.T, KeyCode.CONTROL);
        FxWait.until(() -> table.getItems().size() == 1 && table.getSelectionModel().getSelectedItem() != null);
        robot.clickOn("#noteField").write("first note");
        FxWait.until(() -> table.getItems().get(0).note().equals("first note"));

        int second = area.getText().indexOf(SPAN);
        robot.interact(() -> {
            area.requestFocus();
            area.selectRange(second, second + SPAN.length());
        });
        robot.press(KeyCode.CONTROL, KeyCode.T).release(KeyCode.T, KeyCode.CONTROL);
        FxWait.until(() -> table.getItems().size() == 2);
        FxWait.until(() -> table.getSelectionModel().getSelectedItem() != null
                && table.getSelectionModel().getSelectedItem().quote().exact().equals(SPAN));
        assertEquals("", robot.lookup("#noteField").queryTextInputControl().getText(),
                "the detail pane shows the new claim, not the one before it");
    }

    @Test
    void filterNarrowsTheLibrary(FxRobot robot) {
        openWorkbench(robot);
        robot.clickOn("#libraryFilter").write("pezeshkian");

        ListView<?> list = robot.lookup("#libraryList").queryAs(ListView.class);
        FxWait.until(() -> list.getItems().size() == 1);
        assertTrue(list.getItems().get(0).toString().contains("Pezeshkian"));
    }

    @Test
    void aDariArticleIsSetRightToLeftInTheReader(FxRobot robot) {
        openWorkbench(robot);
        robot.interact(() -> workbench.library().importFiles(List.of(Path.of("src/test/resources/articles/dari.txt"))));

        StyleClassedTextArea area = area(robot);
        FxWait.until(() -> area.getText().startsWith("\u0627\u062e\u0631\u0627\u062c"));
        assertTrue(area.getStyleClass().contains("rtl"));
        assertEquals("\u0627\u062e\u0631\u0627\u062c \u0645\u0647\u0627\u062c\u0631\u0627\u0646 \u0627\u0641\u063a\u0627\u0646 \u0627\u0632 \u0627\u06cc\u0631\u0627\u0646 \u0627\u0641\u0632\u0627\u06cc\u0634 \u06cc\u0627\u0641\u062a",
                robot.lookup("#readerHeadline").queryLabeled().getText());
    }

    @Test
    void figuresAreMarkedAndOneClickMakesAFigureClaim(FxRobot robot) {
        openWorkbench(robot);
        StyleClassedTextArea area = area(robot);
        int figureStart = area.getText().indexOf("more than 75,000");
        FxWait.until(() -> area.getStyleOfChar(figureStart + 1).contains("figure"));

        robot.clickOn("Figures");
        TableView<claimdesk.model.Figure> figures = robot.lookup("#figuresTable").queryAs(TableView.class);
        FxWait.until(() -> !figures.getItems().isEmpty());
        int row = 0;
        while (!figures.getItems().get(row).text().equals("more than 75,000")) {
            row++;
        }
        int found = row;
        robot.interact(() -> figures.getSelectionModel().select(found));
        robot.clickOn("#tagFigureButton");

        robot.clickOn("Ledger");
        TableView<Claim> table = table(robot);
        FxWait.until(() -> table.getItems().size() == 1);
        // The claim covers the statement the figure belongs to, not the bare number.
        assertEquals("According to Bijar, more than 75,000 undocumented Afghan migrants have left Iran in the past two"
                + " weeks, with over 75 percent doing so voluntarily.", table.getItems().get(0).quote().exact());
        assertEquals(List.of("figure"), table.getItems().get(0).tags());
        // The claim keeps the figure it was made from, says so, and the Figures tab shows that it has a claim.
        assertEquals("more than 75,000", table.getItems().get(0).figure().text());
        assertTrue(robot.lookup("#claimFigure").queryLabeled().isVisible());
        assertTrue(robot.lookup("#claimFigure").queryLabeled().getText().contains("\u201cmore than 75,000\u201d"));

        robot.clickOn("#figuresTab");
        FxWait.until(() -> robot.lookup("#figuresTable .table-cell").queryAll().stream()
                .anyMatch(cell -> "Unrated".equals(((javafx.scene.control.Labeled) cell).getText())));
        robot.interact(() -> figures.getSelectionModel().select(found));
        robot.clickOn("#tagFigureButton");
        robot.clickOn("Ledger");
        FxWait.until(() -> table.getSelectionModel().getSelectedItem() != null);
        assertEquals(1, table.getItems().size(), "a figure with a claim gets it selected, not a second claim");
    }

    @Test
    void theConsistencyTabListsTheSeedFindingsAndTheLibraryCountsThem(FxRobot robot) {
        openWorkbench(robot);
        robot.clickOn("Consistency");

        javafx.scene.control.TreeTableView<?> findings = robot.lookup("#findingsTable")
                .queryAs(javafx.scene.control.TreeTableView.class);
        FxWait.until(() -> !findings.getRoot().getChildren().isEmpty());
        robot.interact(() -> findings.getSelectionModel().select(1));
        FxWait.until(() -> !robot.lookup("#findingMessage").queryLabeled().getText().isEmpty());
        assertTrue(robot.lookup(".finding-card").queryAll().size() >= 2, "figures side by side");
        assertTrue(robot.lookup(".article-findings").queryAll().stream()
                .anyMatch(node -> ((javafx.scene.control.Label) node).getText().endsWith("open findings")));

        // The seeds' one numeric note: the year-to-date totals of 1.2 and 2.6 million.
        claimdesk.model.LedgerFinding pakistan = workbench.consistency().shown().stream()
                .filter(f -> f.measureKey().equals("person|deport|iran+pakistan|count")).findFirst().orElseThrow();
        robot.interact(() -> workbench.consistency().selectedProperty().set(pakistan));
        // The table follows the view model's selection to the finding's row.
        FxWait.until(() -> findings.getSelectionModel().getSelectedItem() != null && findings.getSelectionModel()
                .getSelectedItem().getValue().toString().contains(pakistan.fingerprint()));
        FxWait.until(() -> robot.lookup("#findingMeasure").tryQuery().isPresent());
        assertEquals("Measure: person \u00b7 deport \u00b7 iran+pakistan \u00b7 count",
                robot.lookup("#findingMeasure").queryLabeled().getText());
        assertTrue(!robot.lookup("#mergeMeasure").query().isDisabled() && !robot.lookup("#splitFigure").query()
                .isDisabled(), "a finding about a measure can be regrouped");
    }

    @SuppressWarnings("unchecked")
    private static TableView<Claim> table(FxRobot robot) {
        return robot.lookup("#ledgerTable").queryAs(TableView.class);
    }

    private static StyleClassedTextArea area(FxRobot robot) {
        return robot.lookup("#readerText").queryAs(StyleClassedTextArea.class);
    }

}
