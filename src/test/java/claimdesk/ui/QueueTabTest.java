package claimdesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import claimdesk.model.Article;
import claimdesk.model.ArticleSummary;
import claimdesk.model.Claim;
import claimdesk.model.ClaimStatus;
import claimdesk.model.QueuedClaim;
import claimdesk.model.TextQuote;
import claimdesk.model.Verdict;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** The Queue tab on the real window: a tag filter narrows the desk's claims, and Enter opens one where it is. */
class QueueTabTest extends WorkbenchUiTest {

    @Test
    void filtersTheQueueByTagAndOpensTheClaimInItsArticle(FxRobot robot) {
        openWorkbench(robot);
        AtomicReference<Claim> wire = new AtomicReference<>();
        robot.interact(() -> {
            List<ArticleSummary> articles = workbench.store().articles();
            claimOn(articles.get(0).id(), "figure");
            wire.set(claimOn(articles.get(3).id(), "wire"));
        });
        Article other = workbench.store().article(wire.get().articleId()).orElseThrow();

        robot.clickOn("#queueTab");
        @SuppressWarnings("unchecked")
        TableView<QueuedClaim> table = robot.lookup("#queueTable").queryAs(TableView.class);
        FxWait.until(() -> table.getItems().size() == 2);
        robot.clickOn("#queueTagFilter").write("wire");
        FxWait.until(() -> table.getItems().size() == 1);
        assertEquals(wire.get().id(), table.getItems().get(0).claimId());

        robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().select(0);
        });
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);

        FxWait.until(() -> workbench.ledger().selectedClaimProperty().get() != null
                && workbench.ledger().selectedClaimProperty().get().id() == wire.get().id());
        assertEquals(other.text(), workbench.readerView().textArea().getText(), "the reader shows its article");
        assertEquals(List.of(wire.get().id()), workbench.ledger().claims().stream().map(Claim::id).toList(),
                "the Ledger tab lists that article's claims");
    }

    @Test
    void ctrlShiftAAssignsTheSelectedClaimToATypedName(FxRobot robot) {
        openWorkbench(robot);
        AtomicReference<Claim> claim = new AtomicReference<>();
        robot.interact(() -> claim.set(claimOn(workbench.store().articles().get(0).id(), "figure")));
        robot.clickOn("#queueTab");
        @SuppressWarnings("unchecked")
        TableView<QueuedClaim> table = robot.lookup("#queueTable").queryAs(TableView.class);
        FxWait.until(() -> table.getItems().size() == 1);
        robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().select(0);
        });

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.A).release(KeyCode.A, KeyCode.SHIFT, KeyCode.CONTROL);
        FxWait.until(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        robot.clickOn(pane.lookup(".combo-box .text-field")).write("Farid Noori");
        robot.clickOn((Button) pane.lookupButton(ButtonType.OK));

        FxWait.until(() -> "Farid Noori".equals(table.getItems().get(0).assignee()));
        assertEquals("Farid Noori", workbench.store().auditOf("claim", claim.get().id()).stream()
                .filter(entry -> entry.field().equals("assignee")).findFirst().orElseThrow().newValue());
    }

    private Claim claimOn(long articleId, String tag) {
        Article article = workbench.store().article(articleId).orElseThrow();
        int start = article.text().indexOf("\n\n") + 2;
        return workbench.store().createClaim(articleId, TextQuote.of(article.text(), start, start + 20),
                List.of(tag), Verdict.UNRATED, ClaimStatus.DRAFT, "");
    }
}
