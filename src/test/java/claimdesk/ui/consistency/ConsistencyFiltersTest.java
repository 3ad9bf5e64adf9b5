package claimdesk.ui.consistency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import claimdesk.model.Claim;
import claimdesk.model.LedgerFinding;
import claimdesk.model.Verdict;
import claimdesk.service.ConsistencyService;
import claimdesk.service.FindingConfirmer;
import claimdesk.store.LedgerStore;
import claimdesk.ui.ImmediateUiExecutor;
import claimdesk.ui.ScriptedDialogs;
import claimdesk.ui.Session;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Consistency view model's order (by measure, surest first), its kind and article filters, and confirming. */
class ConsistencyFiltersTest {

    @TempDir
    Path temp;
    private LedgerStore store;
    private ExplainedFindings fixture;
    private final Session session = new Session();
    private ConsistencyViewModel viewModel;

    @BeforeEach
    void setUp() {
        store = LedgerStore.open(temp.resolve("ledger"), "tester");
        fixture = new ExplainedFindings(store);
        ConsistencyService service = new ConsistencyService(store);
        fixture.store(service);
        viewModel = new ConsistencyViewModel(store, service, new ImmediateUiExecutor(), new ScriptedDialogs(),
                session, () -> { });
        viewModel.reload();
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    private List<String> shownFingerprints() {
        return viewModel.shown().stream().map(LedgerFinding::fingerprint).toList();
    }

    private FindingChoices.Kind kind(String code) {
        return viewModel.filters().kinds().stream().filter(k -> k.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void groupsByMeasureWithTheSurestFindingsFirst() {
        assertEquals(List.of("person \u00b7 deport \u00b7 iran \u00b7 count", "Repeated passages",
                "person \u00b7 enter \u00b7 afghanistan \u00b7 count"),
                viewModel.groups().stream().map(FindingGroup::title).toList());
        assertEquals(List.of("f-high", "f-upd", "f-low", "f-dup", "f-sum"), shownFingerprints());
        assertEquals(ExplainedFindings.HIGH_WHY, viewModel.shown().get(0).why());
        assertEquals("5 open, 0 ruled or resolved", viewModel.summaryProperty().get());
    }

    @Test
    void filtersByKindIncludingKindsWithoutFindingsYet() {
        assertTrue(viewModel.filters().kinds().stream().map(FindingChoices.Kind::label).toList()
                .containsAll(List.of("All kinds", "Part exceeds whole", "Percent", "Update", "Repeated passage")));

        viewModel.filters().kindProperty().set(kind("update"));
        assertEquals(List.of("f-upd"), shownFingerprints());

        viewModel.filters().kindProperty().set(kind("part-exceeds-whole"));
        assertEquals(List.of(), shownFingerprints());
        assertEquals("5 open, 0 ruled or resolved \u00b7 0 shown", viewModel.summaryProperty().get());

        viewModel.filters().kindProperty().set(FindingChoices.Kind.ALL);
        assertEquals(5, viewModel.shown().size());
    }

    @Test
    void filtersByArticleOfferedByHeadline() {
        assertEquals(List.of("All articles", "Border crossings", "Iran deports Afghans"),
                viewModel.filters().articles().stream().map(FindingChoices.Article::headline).toList());
        viewModel.selectedProperty().set(viewModel.shown().stream()
                .filter(f -> f.fingerprint().equals("f-dup")).findFirst().orElseThrow());

        viewModel.filters().articleProperty().set(viewModel.filters().articles().get(1));

        assertEquals(List.of("f-high", "f-upd", "f-low", "f-sum"), shownFingerprints());
        assertNull(viewModel.selectedProperty().get(), "the repeated passage is not in Border crossings");
    }

    @Test
    void confirmingARepeatedPassageRecordsAnUnratedProvenanceNote() {
        LedgerFinding passage = viewModel.shown().stream().filter(f -> f.kind().equals("duplicate")).findFirst()
                .orElseThrow();
        viewModel.selectedProperty().set(passage);

        viewModel.confirmSelected();

        LedgerFinding confirmed = viewModel.findings().stream().filter(f -> f.id() == passage.id()).findFirst()
                .orElseThrow();
        Claim claim = store.claim(confirmed.claimId()).orElseThrow();
        assertEquals(Verdict.UNRATED, claim.verdict());
        assertEquals(List.of(FindingConfirmer.PROVENANCE_TAG), claim.tags());
        assertTrue(claim.note().contains("In \u201cIran deports Afghans\u201d: \u201cIran deported 75,000 Afghans in"
                + " June.\u201d \u2026 \u201cIran deported 75,000 Afghans in June, officials said.\u201d"),
                claim.note());
        assertEquals("Finding confirmed; claim recorded as provenance (unrated).", session.statusMessageProperty()
                .get());
        assertEquals(passage.id(), viewModel.selectedProperty().get().id());
    }
}
