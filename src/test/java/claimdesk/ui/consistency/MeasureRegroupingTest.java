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
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Merge measure… and Split figure… on the seeds, whose check finds (among others) differing deportation totals
 * for Pakistan, for Iran, and for Iran and Pakistan together.
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

    @BeforeEach
    void setUp() throws Exception {
        store = LedgerStore.open(temp.resolve("ledger"), "tester");
        try (Stream<Path> seeds = Files.list(Path.of("seeds"))) {
            for (Path seed : seeds.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                new ArticleImporter(store).importText(seed.getFileName().toString(), Files.readString(seed));
            }
        }
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
        assertFalse(current(BOTH).stream().anyMatch(f -> cites(f, "527,000")));
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
        assertTrue(current(BOTH).stream().anyMatch(f -> f.isOpen() && cites(f, "527,000")
                && cites(f, "more than 2.6 million")), viewModel.findings().toString());
        assertEquals(FindingRuling.DISMISSED, byId(unrelated.id()).ruling());
        assertFalse(byId(unrelated.id()).resolved());
    }

    @Test
    void splittingAFigureOffRemovesItsFindingsAndSurvivesANewSession() {
        LedgerFinding kept = current(IRAN).stream().filter(f -> !cites(f, "26320")).findFirst().orElseThrow();
        viewModel.selectedProperty().set(kept);
        viewModel.confirmSelected();
        LedgerFinding withOutlier = current(IRAN).stream().filter(f -> cites(f, "26320")).findFirst().orElseThrow();
        viewModel.selectedProperty().set(withOutlier);

        dialogs.choiceContaining = "\"26320\"";
        viewModel.splitSelected();

        assertTrue(current(IRAN).stream().noneMatch(f -> cites(f, "26320")), viewModel.findings().toString());
        assertTrue(byId(withOutlier.id()).resolved());
        assertEquals(FindingRuling.CONFIRMED, byId(kept.id()).ruling());
        assertFalse(byId(kept.id()).resolved());

        viewModel = newViewModel();
        viewModel.check();
        assertTrue(current(IRAN).stream().noneMatch(f -> cites(f, "26320")));
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
        assertEquals(2, current(PAKISTAN).size());
    }
}
