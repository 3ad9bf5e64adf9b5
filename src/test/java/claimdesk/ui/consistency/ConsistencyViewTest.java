package claimdesk.ui.consistency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import claimdesk.service.ConsistencyService;
import claimdesk.store.LedgerStore;
import claimdesk.ui.FxWait;
import claimdesk.ui.ImmediateUiExecutor;
import claimdesk.ui.ScriptedDialogs;
import claimdesk.ui.Session;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Consistency tab on screen, headless: order by confidence, the kind filter, the why of the selection. */
@ExtendWith(ApplicationExtension.class)
class ConsistencyViewTest {

    private LedgerStore store;
    private Path folder;
    private final List<String> opened = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) throws Exception {
        folder = Files.createTempDirectory("consistency-view");
        store = LedgerStore.open(folder, "tester");
        ExplainedFindings fixture = new ExplainedFindings(store);
        ConsistencyService service = new ConsistencyService(store);
        fixture.store(service);
        ConsistencyViewModel viewModel = new ConsistencyViewModel(store, service, new ImmediateUiExecutor(),
                new ScriptedDialogs(), new Session(), () -> { });
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        ConsistencyView view = new ConsistencyView(viewModel,
                (articleId, start, end) -> opened.add(articleId + ":" + start + "-" + end));
        viewModel.reload();
        stage.setScene(new Scene(view, 760, 640));
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        store.close();
        try (var files = Files.walk(folder)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    @SuppressWarnings("unchecked")
    private static TreeTableView<FindingRow> table(FxRobot robot) {
        return robot.lookup("#findingsTable").queryAs(TreeTableView.class);
    }

    @SuppressWarnings("unchecked")
    private static List<String> column(FxRobot robot, String id, TreeItem<FindingRow> branch) {
        TreeTableColumn<FindingRow, String> column = (TreeTableColumn<FindingRow, String>) table(robot)
                .getColumns().stream().filter(c -> id.equals(c.getId())).findFirst().orElseThrow();
        return branch.getChildren().stream().map(column::getCellData).toList();
    }

    @SuppressWarnings("unchecked")
    private static Node rowOf(FxRobot robot, String fingerprint) {
        return robot.lookup(".tree-table-row-cell").match(node -> {
            FindingRow row = ((TreeTableRow<FindingRow>) node).getItem();
            return row != null && !row.isGroup() && row.finding().fingerprint().equals(fingerprint);
        }).query();
    }

    @Test
    void listsEachMeasureSurestFirstWithConfidenceAndRelationColumns(FxRobot robot) {
        FxWait.until(() -> table(robot).getRoot().getChildren().size() == 3);
        TreeItem<FindingRow> iran = table(robot).getRoot().getChildren().get(0);

        assertEquals("person \u00b7 deport \u00b7 iran \u00b7 count", iran.getValue().group());
        assertEquals(List.of("High", "Medium", "Low"), column(robot, "confidenceColumn", iran));
        assertEquals(List.of("same quantity", "update of a total", "same quantity"),
                column(robot, "relationColumn", iran));
        assertEquals(List.of("Conflict: 75,000 against 70,000", "Update: 70,000 rose to 90,000",
                "Conflict: 75,000 against 90,000"), column(robot, "findingColumn", iran));
        assertEquals("Repeated passages", table(robot).getRoot().getChildren().get(1).getValue().group());
    }

    @Test
    void theKindFilterLeavesOnlyThatKind(FxRobot robot) {
        FxWait.until(() -> table(robot).getRoot().getChildren().size() == 3);

        robot.clickOn("#kindFilter");
        // The choices are the only list cells on screen (the findings are tree table cells).
        robot.clickOn(robot.lookup(".list-cell").match((ListCell<?> cell) -> "Update".equals(cell.getText()))
                .queryAs(ListCell.class));

        FxWait.until(() -> table(robot).getRoot().getChildren().size() == 1);
        TreeItem<FindingRow> only = table(robot).getRoot().getChildren().get(0);
        assertEquals(List.of("Update: 70,000 rose to 90,000"), column(robot, "findingColumn", only));
        assertTrue(robot.lookup("#findingsSummary").queryAs(Label.class).getText().endsWith("1 shown"));
    }

    @Test
    void theSelectedFindingShowsWhyAndTheKeyboardMovesOnAndJumpsToTheFigure(FxRobot robot) {
        FxWait.until(() -> table(robot).getRoot().getChildren().size() == 3);

        robot.clickOn(rowOf(robot, "f-high"));

        FxWait.until(() -> robot.lookup("#findingWhy").tryQuery().isPresent());
        assertEquals(ExplainedFindings.HIGH_WHY, robot.lookup("#findingWhy").queryAs(Label.class).getText());
        assertEquals("Conflict \u00b7 high confidence \u00b7 assumed: same quantity \u00b7 Open",
                robot.lookup("#findingExplanation").queryAs(Label.class).getText());

        robot.type(KeyCode.DOWN);
        FxWait.until(() -> robot.lookup("#findingWhy").queryAs(Label.class).getText()
                .equals("\"rose to\" reports a later running total."));

        robot.type(KeyCode.ENTER);
        String text = ExplainedFindings.TEXT_B;
        int start = text.indexOf("70,000");
        FxWait.until(() -> !opened.isEmpty());
        assertTrue(opened.get(0).endsWith(":" + start + "-" + (start + 6)), opened.toString());
    }
}
