package claimdesk.ui.consistency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import claimdesk.model.FindingRuling;
import claimdesk.model.LedgerFinding;
import claimdesk.service.ArticleImporter;
import claimdesk.service.ConsistencyService;
import claimdesk.store.LedgerStore;
import claimdesk.ui.ImmediateUiExecutor;
import claimdesk.ui.ScriptedDialogs;
import claimdesk.ui.Session;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Merge measure… and Split figure… on seven short wire items whose March 2025 deportation totals conflict: for
 * Pakistan (8,000 vs 12,500), for Iran (40,000, 52,000 and an outlying 90,000) and for Iran and Pakistan together
 * (60,000 vs 75,000).
 */
class MeasureRegroupingTest {

    private static final String PAKISTAN = "person|deport|pakistan|count";
    private static final String BOTH = "person|deport|iran+pakistan|count";
    private static final String IRAN = "person|deport|iran|count";

    @TempDir
    Path temp;
    private LedgerStore store;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private ConsistencyViewModel viewModel;

    private static final List<String> ITEMS = List.of(
            "Pakistan deported 8,000 Afghans in March 2025, officials in Islamabad said on Wednesday.",
            "Pakistan deported 12,500 Afghans in March 2025, the UN refugee agency said on Wednesday.",
            "Iran deported 40,000 Afghans in March 2025, an Iranian official said on Wednesday.",
            "Iran deported 52,000 Afghans in March 2025, Afghan border officials said on Wednesday.",
            "Iran deported 90,000 Afghans in March 2025, a local aid group said on Wednesday.",
            "Iran and Pakistan deported 60,000 Afghans in March 2025, the IOM said on Wednesday.",
            "Iran and Pakistan deported 75,000 Afghans in March 2025, the UN said on Wednesday.");

    @BeforeEach
    void setUp() throws Exception {
        store = LedgerStore.open(temp.resolve("ledger"), "tester");
        List<Path> files = new java.util.ArrayList<>();
        for (int i = 0; i < ITEMS.size(); i++) {
            files.add(Files.writeString(temp.resolve("item" + i + ".txt"), "---\ndate: 2025-04-02\ntitle: Item " + i
                    + "\n---\nItem " + i + "\n\n" + ITEMS.get(i) + "\n"));
        }
        new ArticleImporter(store).importFiles(files, claimdesk.model.Progress.NONE);
        viewModel = newViewModel();
        viewModel.check();
    }

    private ConsistencyViewModel newViewModel() {
        return new ConsistencyViewModel(store, new ConsistencyService(store), new ImmediateUiExecutor(), dialogs,
                new Session(), () -> { });
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    private List<LedgerFinding> current(String measureKey) {
        return viewModel.findings().stream().filter(f -> !f.resolved() && f.measureKey().equals(measureKey))
                .toList();
    }

    private LedgerFinding byId(long id) {
        return viewModel.findings().stream().filter(f -> f.id() == id).findFirst().orElseThrow();
    }

    private static boolean cites(LedgerFinding finding, String figure) {
        return finding.refs().stream().anyMatch(ref -> ref.text().equals(figure));
    }

    @Test
    void mergingAMeasureComparesItsFiguresWithTheOtherAndKeepsOtherRulings() {
        assertFalse(current(BOTH).stream().anyMatch(f -> cites(f, "12,500")));
        LedgerFinding unrelated = current(BOTH).get(0);
        viewModel.selectedProperty().set(unrelated);
        dialogs.typedText = "different sources";
        viewModel.dismissSelected();
        viewModel.selectedProperty().set(current(PAKISTAN).get(0));
        assertEquals("person \u00b7 deport \u00b7 pakistan \u00b7 count",
                ConsistencyViewModel.measureLabel(viewModel.selectedProperty().get()));

        dialogs.choiceContaining = "iran+pakistan";
        viewModel.mergeSelected();

        assertTrue(dialogs.lastOptions.contains("person \u00b7 deport \u00b7 iran \u00b7 count"),
                dialogs.lastOptions.toString());
        assertTrue(current(PAKISTAN).isEmpty(), "the Pakistan findings are resolved: their measure is merged away");
        assertTrue(current(BOTH).stream().anyMatch(f -> f.isOpen() && cites(f, "12,500")
                && cites(f, "75,000")), viewModel.findings().toString());
        assertEquals(FindingRuling.DISMISSED, byId(unrelated.id()).ruling());
        assertFalse(byId(unrelated.id()).resolved());
    }

    @Test
    void splittingAFigureOffRemovesItsFindingsAndSurvivesANewSession() {
        LedgerFinding kept = current(IRAN).stream().filter(f -> !cites(f, "90,000")).findFirst().orElseThrow();
        viewModel.selectedProperty().set(kept);
        viewModel.confirmSelected();
        LedgerFinding withOutlier = current(IRAN).stream().filter(f -> cites(f, "90,000")).findFirst().orElseThrow();
        viewModel.selectedProperty().set(withOutlier);

        dialogs.choiceContaining = "\"90,000\"";
        viewModel.splitSelected();

        assertTrue(current(IRAN).stream().noneMatch(f -> cites(f, "90,000")), viewModel.findings().toString());
        assertTrue(byId(withOutlier.id()).resolved());
        assertEquals(FindingRuling.CONFIRMED, byId(kept.id()).ruling());
        assertFalse(byId(kept.id()).resolved());

        viewModel = newViewModel();
        viewModel.check();
        assertTrue(current(IRAN).stream().noneMatch(f -> cites(f, "90,000")));
        assertEquals(List.of(kept.id()), current(IRAN).stream().map(LedgerFinding::id).toList());
        assertEquals(FindingRuling.CONFIRMED, byId(kept.id()).ruling());
    }

    @Test
    void cancellingTheChoiceChangesNothing() {
        viewModel.selectedProperty().set(current(PAKISTAN).get(0));
        int before = viewModel.findings().size();

        dialogs.choiceContaining = null;
        viewModel.mergeSelected();
        viewModel.splitSelected();

        assertEquals(before, viewModel.findings().size());
        assertEquals(1, current(PAKISTAN).size());
    }
}
