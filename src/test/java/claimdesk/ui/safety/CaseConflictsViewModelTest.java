package claimdesk.ui.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import claimdesk.model.ArticleMetadata;
import claimdesk.model.CaseConflict;
import claimdesk.model.Claim;
import claimdesk.model.ClaimStatus;
import claimdesk.model.NewArticle;
import claimdesk.model.Source;
import claimdesk.model.Stance;
import claimdesk.model.TextQuote;
import claimdesk.model.Verdict;
import claimdesk.store.CaseStore;
import claimdesk.store.LedgerStore;
import claimdesk.store.SourceStore;
import claimdesk.ui.ImmediateUiExecutor;
import claimdesk.ui.ScriptedDialogs;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The conflict choices after an import: keep mine by default, take theirs per record, written on apply. */
class CaseConflictsViewModelTest {

    private static final String TEXT = "Deportations\n\nMore than 75,000 migrants left Iran in two weeks.";

    @TempDir
    Path temp;
    private LedgerStore alice;
    private LedgerStore bob;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private int refreshed;
    private CaseConflictsViewModel viewModel;

    @BeforeEach
    void importWithConflicts() throws Exception {
        alice = LedgerStore.open(temp.resolve("alice"), "alice");
        bob = LedgerStore.open(temp.resolve("bob"), "bob");
        long article = alice.addArticle(new NewArticle(ArticleMetadata.headlineOnly("Deportations"), TEXT, "h1",
                "a.txt")).article().id();
        Claim claim = alice.createClaim(article, TextQuote.of(TEXT, 14, 30), List.of(), Verdict.UNRATED,
                ClaimStatus.DRAFT, "");
        SourceStore sources = new SourceStore(alice);
        Source source = sources.createSource(Source.draft("https://unhcr.org/iran", "UNHCR update", "UNHCR", null,
                null, null));
        sources.link(claim.id(), source.id(), Stance.SUPPORTS, "70,000 returned", null);
        new CaseStore(bob).merge(new CaseStore(alice).export(List.of(article)));
        edit(alice, Verdict.MOSTLY_TRUE, "UNHCR says 70,000", "UNHCR weekly update");
        edit(bob, Verdict.FALSE, "no figure found", "UNHCR press note");
        List<CaseConflict> conflicts = new ArrayList<>(new CaseStore(bob).merge(new CaseStore(alice)
                .export(List.of(article))).conflicts());
        conflicts.add(CaseConflict.listed(CaseConflict.Kind.RULING, null, "Finding ruled differently"));
        viewModel = new CaseConflictsViewModel(bob, new ImmediateUiExecutor(), dialogs, conflicts,
                () -> refreshed++);
    }

    @AfterEach
    void close() {
        alice.close();
        bob.close();
    }

    private static void edit(LedgerStore ledger, Verdict verdict, String note, String title) {
        Claim c = ledger.allClaims().get(0);
        ledger.updateClaim(new Claim(c.id(), c.uuid(), c.articleId(), c.quote(), c.tags(), verdict, c.status(), note,
                null, null, null, null, c.version()));
        SourceStore sources = new SourceStore(ledger);
        Source s = sources.sources().get(0);
        sources.updateSource(new Source(s.id(), s.uuid(), s.url(), title, s.publisher(), s.author(), s.publishedOn(),
                s.accessedOn(), s.articleId()));
    }

    private CaseConflictRow row(CaseConflict.Kind kind) {
        return viewModel.rows().stream().filter(r -> r.conflict().kind() == kind).findFirst().orElseThrow();
    }

    @Test
    void offersClaimsAndSourcesWithKeepMineAsTheDefault() {
        assertEquals(List.of(CaseConflict.Kind.CLAIM, CaseConflict.Kind.SOURCE),
                viewModel.rows().stream().map(r -> r.conflict().kind()).toList());
        assertTrue(viewModel.rows().stream()
                .allMatch(r -> r.choiceProperty().get() == CaseConflictRow.Choice.KEEP_MINE));

        viewModel.apply();

        assertEquals(List.of(), dialogs.shown);
        assertEquals(0, refreshed);
        assertEquals(Verdict.FALSE, bob.allClaims().get(0).verdict());
        assertEquals("UNHCR press note", new SourceStore(bob).sources().get(0).title());
    }

    @Test
    void takesTheirClaimAndKeepsMySource() {
        row(CaseConflict.Kind.CLAIM).choiceProperty().set(CaseConflictRow.Choice.TAKE_THEIRS);

        viewModel.apply();

        Claim claim = bob.allClaims().get(0);
        assertEquals(Verdict.MOSTLY_TRUE, claim.verdict());
        assertEquals("UNHCR says 70,000", claim.note());
        assertEquals("UNHCR press note", new SourceStore(bob).sources().get(0).title());
        assertEquals(1, refreshed);
        assertEquals(1, dialogs.shown.size(), dialogs.shown.toString());
        assertTrue(dialogs.shown.get(0).contains("1 of 2"), dialogs.shown.get(0));
        assertFalse(viewModel.busyProperty().get());
    }

    @Test
    void reportsAFailureAndChangesNothing() {
        row(CaseConflict.Kind.SOURCE).choiceProperty().set(CaseConflictRow.Choice.TAKE_THEIRS);
        row(CaseConflict.Kind.CLAIM).choiceProperty().set(CaseConflictRow.Choice.TAKE_THEIRS);
        bob.deleteClaim(bob.allClaims().get(0).id());

        viewModel.apply();

        assertTrue(dialogs.shown.get(0).startsWith("error: "), dialogs.shown.toString());
        assertTrue(dialogs.shown.get(0).contains("Nothing was changed"), dialogs.shown.get(0));
        assertEquals("UNHCR press note", new SourceStore(bob).sources().get(0).title());
        assertEquals(0, refreshed);
        assertFalse(viewModel.busyProperty().get());
    }
}
