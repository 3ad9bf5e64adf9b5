package claimdesk.ui.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import claimdesk.model.Article;
import claimdesk.model.Attachment;
import claimdesk.model.Claim;
import claimdesk.model.ClaimStatus;
import claimdesk.model.Evidence;
import claimdesk.model.Passage;
import claimdesk.model.Stance;
import claimdesk.model.TextQuote;
import claimdesk.model.Verdict;
import claimdesk.service.ArticleImporter;
import claimdesk.service.EvidenceFiles;
import claimdesk.service.ImportOutcome;
import claimdesk.service.TestPdfs;
import claimdesk.store.EvidenceCopies;
import claimdesk.store.LedgerStore;
import claimdesk.store.SourceStore;
import claimdesk.ui.ImmediateUiExecutor;
import claimdesk.ui.ScriptedDialogs;
import claimdesk.ui.Session;
import claimdesk.ui.undo.UndoHistory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourcesViewModelTest {

    static final String TEXT = "Deportations\n\nMore than 75,000 migrants left Iran in the past two weeks.";
    static final String OTHER = "Returns\n\nOnly 31,400 people crossed at Islam Qala, officials said.";

    @TempDir
    Path folder;
    @TempDir
    Path desk;
    @TempDir
    Path open;
    LedgerStore ledger;
    SourceStore store;
    final Session session = new Session();
    final ScriptedDialogs dialogs = new ScriptedDialogs();
    final ScriptedSourceDialogs sourceDialogs = new ScriptedSourceDialogs();
    final RecordingViewer viewer = new RecordingViewer();
    UndoHistory history;
    SourcesViewModel viewModel;
    AttachmentsViewModel files;
    SourceTalliesViewModel tallies;
    Article article;
    Article other;
    Claim claim;

    @BeforeEach
    void setUp() throws Exception {
        ledger = LedgerStore.open(folder, "tester");
        store = new SourceStore(ledger);
        article = imported("a", TEXT);
        other = imported("b", OTHER);
        claim = ledger.createClaim(article.id(), TextQuote.of(TEXT, 14, 30), List.of(), Verdict.UNRATED,
                ClaimStatus.DRAFT, "");
        ImmediateUiExecutor executor = new ImmediateUiExecutor();
        history = new UndoHistory(ledger, executor, error -> dialogs.showError("failed", error.getMessage()));
        viewModel = new SourcesViewModel(store, executor, dialogs, sourceDialogs, session, viewer, history);
        files = new AttachmentsViewModel(store, new EvidenceFiles(1024 * 1024), executor, dialogs, sourceDialogs,
                session, viewer, viewModel, EvidenceCopies.create(open));
        tallies = new SourceTalliesViewModel(store, executor, dialogs, session, history.versionProperty(),
                viewModel.changesProperty());
        session.openArticleProperty().set(article);
        session.selectedClaimProperty().set(claim);
    }

    private Article imported(String name, String text) {
        return ((ImportOutcome.Imported) new ArticleImporter(ledger).importText(name, text)).article();
    }

    @AfterEach
    void tearDown() {
        ledger.close();
    }

    static SourceForm unhcr(SourceForm blank) {
        return new SourceForm(blank.sourceId(), "https://data.unhcr.org/iran", "Iran returns", "UNHCR", "",
                LocalDate.of(2025, 7, 1), blank.accessedOn(), Stance.CONTRADICTS, "31,400 crossed");
    }

    private Evidence addUnhcr() {
        sourceDialogs.formAnswer = SourcesViewModelTest::unhcr;
        viewModel.addSource();
        Evidence added = viewModel.evidence().get(viewModel.evidence().size() - 1);
        viewModel.selectedProperty().set(added);
        return added;
    }

    @Test
    void addingASourceCitesItForTheClaimAndCountsIt() {
        Evidence added = addUnhcr();

        assertEquals(1, viewModel.evidence().size());
        assertEquals("Iran returns", added.source().title());
        assertEquals(Stance.CONTRADICTS, added.link().stance());
        assertEquals("31,400 crossed", added.link().quote());
        assertEquals(LocalDate.now(), sourceDialogs.formsShown.get(0).accessedOn(), "accessed defaults to today");
        assertEquals("1\u2717", tallies.tallyOf(claim).summary());
        assertEquals(List.of(added), store.evidenceOf(claim.id()));
    }

    @Test
    void anAddressThatIsNotAWebAddressIsRefusedAndNothingChanges() {
        sourceDialogs.formAnswer = blank -> new SourceForm(0, "www.unhcr.org", "UNHCR", "", "", null, null,
                Stance.SUPPORTS, "");

        viewModel.addSource();

        assertEquals(List.of("error: The source was not saved: \u201cwww.unhcr.org\u201d is not a web address "
                + "(http:// or https://)"), dialogs.shown);
        assertTrue(store.sources().isEmpty());
        assertTrue(viewModel.evidence().isEmpty());
    }

    @Test
    void citingALibrarySourceAgainAndEditingItShowsTheEditOnEveryClaim() {
        Evidence first = addUnhcr();
        Claim second = ledger.createClaim(article.id(), TextQuote.of(TEXT, 40, 44), List.of(), Verdict.UNRATED,
                ClaimStatus.DRAFT, "");
        session.selectedClaimProperty().set(second);
        sourceDialogs.formAnswer = blank -> SourceForm.of(first.source(), Stance.SUPPORTS, "");
        viewModel.addSource();
        assertEquals(List.of(first.source()), sourceDialogs.librariesShown.get(1), "the library is offered");

        viewModel.selectedProperty().set(viewModel.evidence().get(0));
        sourceDialogs.formAnswer = form -> new SourceForm(form.sourceId(), form.url(), "Iran returns, week 27",
                form.publisher(), form.author(), form.publishedOn(), form.accessedOn(), form.stance(), form.quote());
        viewModel.editSelected();

        assertEquals(1, store.sources().size());
        assertEquals("Iran returns, week 27", store.evidenceOf(claim.id()).get(0).source().title());
        assertEquals("Iran returns, week 27", viewModel.evidence().get(0).source().title());
        assertEquals(Stance.CONTRADICTS, store.evidenceOf(claim.id()).get(0).link().stance(), "stance is per claim");
    }

    @Test
    void removingASourceFromAClaimKeepsItInTheLibrary() {
        addUnhcr();
        dialogs.confirmAnswer = true;

        viewModel.removeSelected();

        assertTrue(viewModel.evidence().isEmpty());
        assertEquals(1, store.sources().size());
        assertEquals("", tallies.tallyOf(claim).summary());
    }

    @Test
    void citingEditingAndRemovingAreUndoneAndRedoneInOrder() {
        Evidence added = addUnhcr();
        sourceDialogs.formAnswer = form -> new SourceForm(form.sourceId(), form.url(), "Iran returns, week 27",
                form.publisher(), form.author(), form.publishedOn(), form.accessedOn(), Stance.SUPPORTS, "new quote");
        viewModel.editSelected();
        viewModel.selectedProperty().set(viewModel.evidence().get(0));
        viewModel.removeSelected();
        assertTrue(viewModel.evidence().isEmpty());

        history.undo();
        assertEquals(List.of(added.link().id()), viewModel.evidence().stream().map(e -> e.link().id()).toList(),
                "the same link comes back");
        assertEquals("Iran returns, week 27", viewModel.evidence().get(0).source().title());
        history.undo();
        assertEquals("Iran returns", viewModel.evidence().get(0).source().title());
        assertEquals(Stance.CONTRADICTS, viewModel.evidence().get(0).link().stance());
        history.undo();
        assertTrue(viewModel.evidence().isEmpty());
        assertEquals(1, store.sources().size(), "undoing a citation keeps the source in the library");
        assertEquals("", tallies.tallyOf(claim).summary());

        history.redo();
        assertEquals(List.of(added.link().id()), viewModel.evidence().stream().map(e -> e.link().id()).toList());
        assertEquals(1, store.sources().size(), "redo does not make a second source");
        assertEquals("1\u2717", tallies.tallyOf(claim).summary());
    }

    @Test
    void deletingACitedSourceNamesTheClaimsAndKeepsItWhenTheAnswerIsNo() {
        addUnhcr();
        dialogs.confirmAnswer = false;

        viewModel.deleteSelectedSource();

        assertTrue(dialogs.shown.get(0).contains("\u201cMore than 75,000\u201d in Deportations"), dialogs.shown.get(0));
        assertEquals(1, store.sources().size());
        dialogs.confirmAnswer = true;
        viewModel.deleteSelectedSource();
        assertTrue(store.sources().isEmpty());
        assertTrue(viewModel.evidence().isEmpty());
    }

    @Test
    void attachesGoodFilesOnceAndListsTheRefusedOnes() throws Exception {
        Evidence evidence = addUnhcr();
        Path pdf = TestPdfs.write(desk.resolve("unhcr.pdf"), "Returns from Iran: 31,400", null);
        Path locked = TestPdfs.write(desk.resolve("locked.pdf"), "secret", "pw");

        files.attach(evidence, List.of(pdf, locked, desk.resolve("missing.html"), pdf));

        List<Attachment> stored = viewModel.evidence().get(0).attachments();
        assertEquals(1, stored.size());
        assertEquals("application/pdf", stored.get(0).mediaType());
        assertTrue(stored.get(0).text().contains("31,400"));
        String error = dialogs.shown.get(dialogs.shown.size() - 1);
        assertTrue(error.contains("locked.pdf is a password-protected PDF") && error.contains("missing.html"), error);
        assertTrue(Files.exists(store.fileOf(stored.get(0))));
        assertEquals("1 file attached to \u201cIran returns\u201d.", session.statusMessageProperty().get());
    }

    @Test
    void attachingIsUndoneAndRedoneLikeEveryOtherChange() throws Exception {
        Evidence evidence = addUnhcr();
        Path pdf = TestPdfs.write(desk.resolve("unhcr.pdf"), "Returns from Iran: 31,400", null);
        files.attach(evidence, List.of(pdf));
        Attachment stored = viewModel.evidence().get(0).attachments().get(0);
        Path copy = store.fileOf(stored);
        assertTrue(Files.exists(copy));
        assertEquals("Undo attach file unhcr.pdf", history.undoLabelProperty().get());

        history.undo();
        assertTrue(viewModel.evidence().get(0).attachments().isEmpty());
        assertFalse(Files.exists(copy), "the stored copy goes with the only source that used it");

        history.redo();
        assertEquals(List.of("unhcr.pdf"), viewModel.evidence().get(0).attachments().stream()
                .map(Attachment::originalName).toList());
        assertTrue(Files.exists(copy));
    }

    @Test
    void removingAFileFromASourceAsksAndDeletesTheStoredCopyWhenUnused() throws Exception {
        Evidence evidence = addUnhcr();
        files.attach(evidence, List.of(Files.writeString(desk.resolve("notes.txt"), "Seen at the border")));
        Attachment notes = viewModel.evidence().get(0).attachments().get(0);
        dialogs.confirmAnswer = false;
        files.detach(notes);
        assertEquals(1, viewModel.evidence().get(0).attachments().size());

        dialogs.confirmAnswer = true;
        files.detach(notes);

        assertTrue(viewModel.evidence().get(0).attachments().isEmpty());
        assertTrue(!Files.exists(store.fileOf(notes)));
        assertTrue(ledger.auditOf("source", evidence.source().id()).stream()
                .anyMatch(e -> e.field().equals("attachment") && e.newValue() == null));
    }

    @Test
    void textFilesOpenInTheAppAndOthersInTheSystemViewer() throws Exception {
        Evidence evidence = addUnhcr();
        Path text = Files.writeString(desk.resolve("notes.txt"), "Seen at the border on 3 July");
        Path pdf = TestPdfs.write(desk.resolve("unhcr.pdf"), "Returns from Iran", null);
        files.attach(evidence, List.of(text, pdf));
        List<Attachment> stored = viewModel.evidence().get(0).attachments();
        Attachment notes = stored.stream().filter(a -> a.originalName().equals("notes.txt")).findFirst().orElseThrow();
        Attachment report = stored.stream().filter(a -> a.originalName().equals("unhcr.pdf")).findFirst().orElseThrow();

        files.open(notes);
        files.open(report);
        files.readText(report);

        assertEquals("text notes.txt [0, 0): Seen at the border on 3 July", viewer.calls.get(0));
        assertEquals("file unhcr.pdf as unhcr.pdf", viewer.calls.get(1));
        assertTrue(viewer.calls.get(2).startsWith("text unhcr.pdf [0, 0): Returns from Iran"), viewer.calls.get(2));
    }

    @Test
    void aPassageOfAnotherArticleBacksAClaimAndOpensAtItsSpan() {
        PassageSourceViewModel passages = new PassageSourceViewModel(store, new ImmediateUiExecutor(), dialogs,
                sourceDialogs, session, viewModel);
        session.openArticleProperty().set(other);
        int start = OTHER.indexOf("Only 31,400");
        sourceDialogs.claimAnswer = (passage, claims) -> {
            assertEquals("Only 31,400 people crossed", passage);
            assertEquals(List.of(claim.id()), claims.stream().map(c -> c.claimId()).toList());
            return new SourceDialogs.ClaimChoice(claims.get(0), Stance.CONTRADICTS);
        };

        passages.useSelection(start, start + 26);

        Evidence cited = store.evidenceOf(claim.id()).get(0);
        assertEquals(new Passage(other.id(), start, start + 26), cited.link().passage());
        assertEquals("Returns", cited.source().title());
        assertTrue(viewModel.openPassage(cited));
        assertEquals("passage " + other.id() + " [" + start + ", " + (start + 26) + "): Only 31,400 people crossed",
                viewer.calls.get(0));
    }

    @Test
    void theLedgerFilterKeepsOnlyClaimsWithoutSources() {
        Claim unsourced = ledger.createClaim(article.id(), TextQuote.of(TEXT, 40, 44), List.of(), Verdict.UNRATED,
                ClaimStatus.DRAFT, "");
        addUnhcr();

        assertTrue(tallies.filterBinding().get().test(claim));
        tallies.onlyUnsourcedProperty().set(true);

        assertTrue(tallies.filterBinding().get().test(unsourced));
        assertTrue(!tallies.filterBinding().get().test(claim));
        assertNotNull(tallies.tallies().get(claim.id()));
    }
}
