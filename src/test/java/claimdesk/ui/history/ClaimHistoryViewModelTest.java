package claimdesk.ui.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import claimdesk.model.Article;
import claimdesk.model.Claim;
import claimdesk.model.ClaimStatus;
import claimdesk.model.Source;
import claimdesk.model.Stance;
import claimdesk.model.TextQuote;
import claimdesk.model.Verdict;
import claimdesk.service.ArticleImporter;
import claimdesk.service.ClaimHistory;
import claimdesk.service.ImportOutcome;
import claimdesk.store.LedgerStore;
import claimdesk.store.SourceStore;
import claimdesk.ui.ImmediateUiExecutor;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import javafx.beans.property.SimpleLongProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClaimHistoryViewModelTest {

    private static final String TEXT = "Deportations\n\nMore than 75,000 migrants left Iran in the past two weeks.";
    private static final String LONG_NOTE = "UNHCR border monitoring counts 71,400 returns for the fortnight, and IOM "
            + "reports a similar figure.\nThe provincial office gave no source.";

    @TempDir
    Path folder;
    private LedgerStore store;
    private Claim claim;
    private final SimpleLongProperty ledgerVersion = new SimpleLongProperty();
    private ClaimHistoryViewModel viewModel;

    @BeforeEach
    void setUp() {
        store = LedgerStore.open(folder.resolve("ledger"), "amina");
        Article article = ((ImportOutcome.Imported) new ArticleImporter(store).importText("t", TEXT)).article();
        int start = TEXT.indexOf("More than");
        claim = store.createClaim(article.id(), TextQuote.of(article.text(), start, start + 16), List.of(),
                Verdict.UNRATED, ClaimStatus.DRAFT, "");
        store.updateClaim(claim.withNote("first look"));
        store.setReviewer("ben");
        store.updateClaim(store.claim(claim.id()).orElseThrow().withNote(LONG_NOTE));
        viewModel = new ClaimHistoryViewModel(new ClaimHistory(store), new ImmediateUiExecutor(), ledgerVersion,
                ZoneOffset.ofHours(2));
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    @Test
    void listsTheChangesNewestFirstWithWhoAndLocalTime() {
        viewModel.show(claim);

        List<HistoryRow> rows = viewModel.rows();
        assertEquals(List.of("note", "note", "created"), rows.stream().map(HistoryRow::what).toList());
        assertEquals(List.of("ben", "amina", "amina"), rows.stream().map(HistoryRow::who).toList());
        assertEquals("first look", rows.get(0).before());
        assertEquals("(empty)", rows.get(1).before(), "the note was empty before its first edit");
        assertEquals("(none)", rows.get(2).before(), "nothing came before the claim's creation");
        String expected = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
                .format(rows.get(0).change().at().atZone(ZoneOffset.ofHours(2)));
        assertEquals(expected, rows.get(0).when(), "shown in the zone given, not UTC");
        assertEquals("3 changes, newest first", viewModel.messageProperty().get());
        assertTrue(viewModel.titleProperty().get().startsWith("History of \u201cMore than 75,000"));
        assertFalse(viewModel.busyProperty().get());
    }

    @Test
    void aLongNoteIsAbbreviatedInTheTableAndWholeInTheDetail() {
        viewModel.show(claim);
        HistoryRow latest = viewModel.rows().get(0);

        assertTrue(latest.after().endsWith("\u2026"), latest.after());
        assertTrue(latest.after().length() <= HistoryRow.SHORT, latest.after());
        assertFalse(latest.after().contains("\n"), "one line in the table");
        assertTrue(latest.afterCut());
        assertFalse(latest.beforeCut(), "a short value is shown whole");
        assertEquals("", viewModel.detailProperty().get(), "nothing chosen yet");

        viewModel.selectedProperty().set(latest);

        assertTrue(viewModel.detailProperty().get().endsWith("\nAfter: " + LONG_NOTE), viewModel.detailProperty().get());
        assertTrue(viewModel.detailProperty().get().startsWith("note \u2014 ben, "));
    }

    @Test
    void aChangeMadeWhileShownAppearsAndTheChosenRowStaysChosen() {
        viewModel.show(claim);
        viewModel.selectedProperty().set(viewModel.rows().get(1));
        HistoryRow chosen = viewModel.rows().get(1);
        SourceStore sources = new SourceStore(store);
        Source source = sources.createSource(Source.draft(null, "UNHCR update", "UNHCR", null, null, null));

        sources.link(claim.id(), source.id(), Stance.SUPPORTS, "", null);
        ledgerVersion.set(ledgerVersion.get() + 1);

        assertEquals(5, viewModel.rows().size(), "the citation and the cited source's creation: "
                + viewModel.rows());
        assertEquals(List.of("citation", "source \u201cUNHCR update\u201d created"),
                viewModel.rows().subList(0, 2).stream().map(HistoryRow::what).toList());
        assertEquals(chosen.change(), viewModel.selectedProperty().get().change());
    }

    @Test
    void closingClearsTheWindowAndStopsFollowingTheLedger() {
        viewModel.show(claim);

        viewModel.show(null);
        store.updateClaim(store.claim(claim.id()).orElseThrow().withNote("after closing"));
        ledgerVersion.set(ledgerVersion.get() + 1);

        assertTrue(viewModel.rows().isEmpty());
        assertEquals("", viewModel.titleProperty().get());
        assertNull(viewModel.selectedProperty().get());
    }

    @Test
    void aClaimWithoutAuditRowsSaysSo() {
        Claim unknown = new Claim(9999, claim.uuid(), claim.articleId(), claim.quote(), List.of(), Verdict.UNRATED,
                ClaimStatus.DRAFT, "", claim.createdAt(), claim.updatedAt(), null, null, claim.version());

        viewModel.show(unknown);

        assertTrue(viewModel.rows().isEmpty());
        assertEquals(ClaimHistoryViewModel.NO_CHANGES, viewModel.messageProperty().get());
    }

    @Test
    void aLongSourceTitleIsShortInTheTableAndWholeInTheDetail() {
        HistoryRow row = HistoryRow.of(new claimdesk.model.ClaimChange(claim.createdAt(), "ben",
                "UNHCR Iran-Afghanistan border monitoring, week 27", "accessedOn", null, "2025-07-06"),
                ZoneId.of("UTC"));

        assertEquals("source \u201cUNHCR Iran-Af\u2026\u201d accessed on", row.what());
        assertTrue(row.whatCut());
        assertTrue(row.detail().startsWith("source \u201cUNHCR Iran-Afghanistan border monitoring, week 27\u201d "
                + "accessed on \u2014 ben, "), row.detail());
    }

    @Test
    void aRowWithoutAReviewerIsMarkedUnsigned() {
        HistoryRow row = HistoryRow.of(new claimdesk.model.ClaimChange(claim.createdAt(), null, null, "span",
                "0..5", "1..5"), ZoneId.of("UTC"));

        assertEquals("(unsigned)", row.who());
    }
}
