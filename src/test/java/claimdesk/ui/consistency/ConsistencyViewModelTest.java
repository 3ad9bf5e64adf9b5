package claimdesk.ui.consistency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import claimdesk.model.Claim;
import claimdesk.model.FindingRuling;
import claimdesk.model.LedgerFinding;
import claimdesk.model.Verdict;
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

class ConsistencyViewModelTest {

    @TempDir
    Path temp;
    private LedgerStore store;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final Session session = new Session();
    private ConsistencyViewModel viewModel;
    private int ledgerChanges;

    @BeforeEach
    void setUp() throws Exception {
        store = LedgerStore.open(temp.resolve("ledger"), "tester");
        String seed = Files.readString(Path.of("seeds/000_855578ea834ac26d.txt"));
        new ArticleImporter(store).importText("000-broken", seed.replace("13746 crossed", "13476 crossed"));
        viewModel = new ConsistencyViewModel(store, new ConsistencyService(store), new ImmediateUiExecutor(),
                dialogs, session, () -> ledgerChanges++);
        viewModel.check();
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    private LedgerFinding selectSum() {
        LedgerFinding sum = viewModel.findings().stream().filter(f -> f.kind().equals("sum")).findFirst().orElseThrow();
        viewModel.selectedProperty().set(sum);
        return sum;
    }

    @Test
    void checkingListsTheBrokenSumWithItsFiguresSideBySide() {
        LedgerFinding sum = selectSum();

        assertEquals("12574 + 13476 = 26050, not 26320", sum.message());
        assertTrue(sum.isOpen());
        List<RefView> refs = viewModel.refViews(sum);
        assertEquals(sum.refs().size(), refs.size());
        assertTrue(refs.stream().anyMatch(ref -> ref.figure().equals("26320")));
        assertTrue(viewModel.openByArticle().values().stream().mapToInt(Integer::intValue).sum() > 0);
    }

    @Test
    void confirmingRecordsAnInconsistentClaimAndKeepsTheRuling() {
        LedgerFinding sum = selectSum();

        viewModel.confirmSelected();

        LedgerFinding ruled = viewModel.findings().stream().filter(f -> f.id() == sum.id()).findFirst().orElseThrow();
        assertEquals(FindingRuling.CONFIRMED, ruled.ruling());
        Claim claim = store.claim(ruled.claimId()).orElseThrow();
        assertEquals(Verdict.INCONSISTENT, claim.verdict());
        assertEquals(List.of(ConsistencyViewModel.TAG), claim.tags());
        assertTrue(claim.note().startsWith(sum.message() + ".\n"), claim.note());
        assertTrue(claim.note().contains("\u201cIn a statement issued Sunday, the commission said 12574 individuals"
                + " entered Afghanistan through the Islam Qala border crossing, while 13476 crossed via Pul-e Abrisham"
                + " in Nimruz province.\u201d"), claim.note());
        assertEquals("Finding confirmed; claim recorded with verdict Inconsistent.",
                session.statusMessageProperty().get());
        assertEquals(1, ledgerChanges);

        viewModel.check();
        assertEquals(FindingRuling.CONFIRMED, viewModel.findings().stream().filter(f -> f.id() == sum.id())
                .findFirst().orElseThrow().ruling());
    }

    @Test
    void dismissingNeedsAReason() {
        LedgerFinding sum = selectSum();

        dialogs.typedText = null;
        viewModel.dismissSelected();
        assertTrue(viewModel.findings().stream().filter(f -> f.id() == sum.id()).findFirst().orElseThrow().isOpen());

        dialogs.typedText = "the commission corrected the total later";
        viewModel.dismissSelected();
        LedgerFinding dismissed = viewModel.findings().stream().filter(f -> f.id() == sum.id()).findFirst()
                .orElseThrow();
        assertEquals(FindingRuling.DISMISSED, dismissed.ruling());
        assertEquals("the commission corrected the total later", dismissed.reason());
        assertFalse(dismissed.isOpen());
    }
}
