package claimdesk.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import claimdesk.model.Article;
import claimdesk.model.Claim;
import claimdesk.model.ClaimStatus;
import claimdesk.model.TextQuote;
import claimdesk.model.Verdict;
import claimdesk.report.ReportFormat;
import claimdesk.service.ArticleImporter;
import claimdesk.service.ImportOutcome;
import claimdesk.service.ReportService;
import claimdesk.store.LedgerStore;
import claimdesk.ui.ImmediateUiExecutor;
import claimdesk.ui.ScriptedDialogs;
import claimdesk.ui.Session;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The export dialog's "history" choice reaches the preview and the written file, and is off at first. */
class ExportHistoryTest {

    private static final String TEXT = "Deportations\n\nMore than 75,000 migrants left Iran in the past two weeks.";

    @TempDir
    Path folder;
    private LedgerStore store;
    private ExportViewModel viewModel;

    @BeforeEach
    void setUp() {
        store = LedgerStore.open(folder.resolve("ledger"), "amina");
        Article article = ((ImportOutcome.Imported) new ArticleImporter(store).importText("t", TEXT)).article();
        int start = TEXT.indexOf("More than");
        Claim claim = store.createClaim(article.id(), TextQuote.of(article.text(), start, start + 16), List.of(),
                Verdict.FALSE, ClaimStatus.VERIFIED, "");
        store.updateClaim(claim.withNote("Checked <b>twice</b>"));
        viewModel = new ExportViewModel(new ReportService(store), new ImmediateUiExecutor(), new ScriptedDialogs(),
                new Session(), folder, () -> LocalDate.of(2026, 3, 14));
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    @Test
    void thePreviewShowsTheHistoryOnlyWhenTicked() {
        assertFalse(viewModel.includeHistoryProperty().get(), "off at first");
        assertFalse(viewModel.previewHtmlProperty().get().contains("<table class=\"history\">"));

        viewModel.includeHistoryProperty().set(true);

        String html = viewModel.previewHtmlProperty().get();
        assertTrue(html.contains("<table class=\"history\">"), html);
        assertTrue(html.contains("(empty)</span> \u2192 <span class=\"new\" dir=\"auto\">Checked &lt;b&gt;twice"), html);
    }

    @Test
    void theExportedFileCarriesTheHistory() throws Exception {
        viewModel.formatProperty().set(ReportFormat.MD);
        viewModel.includeHistoryProperty().set(true);
        Path target = folder.resolve("r.md");
        viewModel.destinationProperty().set(target.toString());

        viewModel.export();

        assertEquals(target.toAbsolutePath(), viewModel.writtenFileProperty().get());
        String md = Files.readString(target);
        assertTrue(md.contains("amina \u00b7 note: (empty) -\\> Checked \\<b\\>twice\\</b\\>"), md);
    }
}
