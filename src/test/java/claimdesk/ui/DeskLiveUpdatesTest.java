package claimdesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import claimdesk.model.ArticleMetadata;
import claimdesk.model.Claim;
import claimdesk.model.ClaimStatus;
import claimdesk.model.NewArticle;
import claimdesk.model.TextQuote;
import claimdesk.model.Verdict;
import claimdesk.store.LedgerServer;
import claimdesk.store.LedgerStore;
import claimdesk.store.PostgresCluster;
import claimdesk.store.PreferencesStore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.stage.Stage;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * Two reviewers on one desk: what Amina saves (through her own store, as her window would) shows in Bilal's open
 * window without him doing anything, and his ledger keeps its selection and where he scrolled to.
 */
@ExtendWith({ApplicationExtension.class, PostgresCluster.Extension.class})
class DeskLiveUpdatesTest {

    private static final int SENTENCES = 40;

    @TempDir
    Path temp;
    private Stage stage;
    private Workbench bilal;
    private LedgerStore amina;
    private String text;
    private long articleId;
    private final List<Claim> claims = new ArrayList<>();

    @BeforeEach
    void open(PostgresCluster cluster, FxRobot robot) throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        LedgerServer server = cluster.newDatabase();
        StringBuilder article = new StringBuilder("Returns\n\n");
        for (int i = 0; i < SENTENCES; i++) {
            article.append("Week ").append(100 + i).append(" saw ").append(1000 + i).append(" returns. ");
        }
        text = article.toString();
        amina = LedgerStore.open(server, "amina", null);
        articleId = amina.addArticle(new NewArticle(ArticleMetadata.headlineOnly("Returns"), text, "h1", "a.txt"))
                .article().id();
        for (int i = 0; i < SENTENCES - 1; i++) {
            claims.add(tag("Week " + (100 + i)));
        }
        robot.interact(() -> bilal = Workbench.show(LedgerStore.open(server, "bilal", null), stage, null,
                new PreferencesStore(temp.resolve("prefs.properties"))));
        StyleClassedTextArea area = robot.lookup("#readerText").queryAs(StyleClassedTextArea.class);
        FxWait.until(() -> area.getText().startsWith("Returns"));
    }

    @AfterEach
    void close(FxRobot robot) {
        if (bilal != null) {
            robot.interact(bilal::close);
        }
        amina.close();
    }

    private Claim tag(String words) {
        int start = text.indexOf(words);
        return amina.createClaim(articleId, TextQuote.of(text, start, start + words.length()), List.of(),
                Verdict.UNRATED, ClaimStatus.DRAFT, "");
    }

    @Test
    void anotherReviewersSavesShowWithoutMovingTheSelectionOrTheScroll(FxRobot robot) {
        TableView<Claim> table = robot.lookup("#ledgerTable").queryAs(TableView.class);
        FxWait.until(() -> table.getItems().size() == SENTENCES - 1);
        robot.interact(() -> table.getSelectionModel().select(0));
        // In a long run the shared stage may still be laying out: scroll until the table shows rows past 10.
        FxWait.until(() -> {
            robot.interact(() -> table.scrollTo(20));
            return firstVisibleRow(table) > 10;
        });
        int firstShown = firstVisibleRow(table);
        assertTrue(firstShown > 10, "the test scrolled the ledger away from the selected claim: " + firstShown);

        Claim changed = claims.get(25);
        amina.updateClaim(new Claim(changed.id(), changed.uuid(), articleId, changed.quote(), changed.tags(),
                Verdict.FALSE, changed.status(), changed.note(), changed.createdAt(), changed.updatedAt(), null,
                null, changed.version()));
        Claim added = tag("Week " + (100 + SENTENCES - 1));

        FxWait.until(() -> table.getItems().size() == SENTENCES
                && table.getItems().get(25).verdict() == Verdict.FALSE);
        assertEquals(added.id(), table.getItems().get(SENTENCES - 1).id());
        assertEquals(claims.get(0).id(), table.getSelectionModel().getSelectedItem().id(), "the selection stays");
        assertEquals(claims.get(0).id(), bilal.ledger().selectedClaimProperty().get().id());
        assertEquals(firstShown, firstVisibleRow(table), "the ledger stays where Bilal scrolled to");
        FxWait.until(() -> bilal.library().shownArticles().get(0).claimCount() == SENTENCES);

        amina.updateMetadata(articleId, ArticleMetadata.headlineOnly("Returns from Iran"));
        FxWait.until(() -> stage.getTitle().startsWith("Returns from Iran"));
        assertEquals(claims.get(0).id(), bilal.ledger().selectedClaimProperty().get().id(),
                "the article read again is the same article: the selection stays");
    }

    @Test
    void aClaimWithUnsavedTypingIsLeftAsShown(FxRobot robot) {
        TableView<Claim> table = robot.lookup("#ledgerTable").queryAs(TableView.class);
        FxWait.until(() -> table.getItems().size() == SENTENCES - 1);
        robot.interact(() -> table.getSelectionModel().select(0));
        robot.clickOn("#tagsField").write("urgent");
        assertTrue(bilal.ledger().detailEditedProperty().get(), "typed, not saved yet (no Enter, still focused)");

        Claim edited = claims.get(0);
        amina.updateClaim(new Claim(edited.id(), edited.uuid(), articleId, edited.quote(), edited.tags(),
                Verdict.FALSE, edited.status(), edited.note(), edited.createdAt(), edited.updatedAt(), null, null,
                edited.version()));
        tag("Week " + (100 + SENTENCES - 1));
        FxWait.until(() -> table.getItems().size() == SENTENCES);

        assertEquals(Verdict.UNRATED, bilal.ledger().selectedClaimProperty().get().verdict(),
                "the claim being edited keeps the version Bilal is typing over");
        assertEquals("urgent", robot.lookup("#tagsField").queryAs(javafx.scene.control.TextField.class).getText());
    }

    private static int firstVisibleRow(TableView<Claim> table) {
        VirtualFlow<?> flow = (VirtualFlow<?>) table.lookup(".virtual-flow");
        IndexedCell<?> first = flow.getFirstVisibleCell();
        return first == null ? -1 : first.getIndex();
    }
}
