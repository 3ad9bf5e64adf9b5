package claimdesk.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import claimdesk.model.Article;
import claimdesk.model.Claim;
import claimdesk.model.ClaimStatus;
import claimdesk.model.TextQuote;
import claimdesk.model.Progress;
import claimdesk.model.Verdict;
import claimdesk.report.Report;
import claimdesk.report.ReportFilter;
import claimdesk.report.ReportFormat;
import claimdesk.service.ArticleImporter;
import claimdesk.service.ImportOutcome;
import claimdesk.service.ReportService;
import claimdesk.store.LedgerStore;
import claimdesk.ui.ImmediateUiExecutor;
import claimdesk.ui.ScriptedDialogs;
import claimdesk.ui.Session;
import claimdesk.ui.UiExecutor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ExportViewModelTest {

    private static final String TEXT = "Deportations\n\nMore than 75,000 migrants left Iran in the past two weeks. "
            + "Officials said 26,320 were deported on Sunday alone.";
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 14);

    @TempDir
    Path folder;
    private LedgerStore store;
    private final Session session = new Session();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private ExportViewModel viewModel;
    private Article article;

    @BeforeEach
    void setUp() {
        store = LedgerStore.open(folder.resolve("ledger"), "tester");
        article = ((ImportOutcome.Imported) new ArticleImporter(store).importText("t", TEXT)).article();
        claim("More than 75,000", ClaimStatus.VERIFIED, "");
        claim("26,320", ClaimStatus.DRAFT, "UNHCR says <script>alert('x')</script> & more");
        viewModel = new ExportViewModel(new ReportService(store), new ImmediateUiExecutor(), dialogs, session,
                folder, () -> TODAY);
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    private void claim(String exact, ClaimStatus status, String note) {
        int start = TEXT.indexOf(exact);
        Claim created = store.createClaim(article.id(), TextQuote.of(article.text(), start, start + exact.length()),
                List.of("figure"), Verdict.MISLEADING, ClaimStatus.DRAFT, note);
        store.updateClaim(new Claim(created.id(), created.uuid(), created.articleId(), created.quote(),
                created.tags(), created.verdict(), status, created.note(), created.createdAt(), created.updatedAt(),
                null, null, created.version()));
    }

    @Test
    void byDefaultOnlyVerifiedAndPublishedClaimsAreCounted() {
        assertEquals(1, viewModel.matchCountProperty().get());
        assertEquals("", viewModel.warningProperty().get());
        assertTrue(viewModel.previewHtmlProperty().get().contains("More than 75,000"));
        assertFalse(viewModel.previewHtmlProperty().get().contains(Report.UNVERIFIED_WARNING));
        assertTrue(viewModel.canExportProperty().get());
    }

    @Test
    void choosingDraftWarnsAndTheReportSaysSoAtTheTop() {
        viewModel.statuses().add(ClaimStatus.DRAFT);

        assertEquals(2, viewModel.matchCountProperty().get());
        assertTrue(viewModel.warningProperty().get().startsWith(Report.UNVERIFIED_WARNING + " (Draft)"));
        String html = viewModel.previewHtmlProperty().get();
        int body = html.indexOf("<body");
        assertTrue(html.indexOf(Report.UNVERIFIED_WARNING, body) < html.indexOf("26,320", body),
                "the warning comes first");
        assertEquals(ExportChoices.MIXED_TITLE, viewModel.titleProperty().get(), "not called verified any more");

        viewModel.statuses().remove(ClaimStatus.DRAFT);
        assertEquals("", viewModel.warningProperty().get());
        assertEquals(1, viewModel.matchCountProperty().get());
        assertEquals(ExportChoices.VERIFIED_TITLE, viewModel.titleProperty().get());
    }

    @Test
    void aTitleTheReviewerTypedIsKept() {
        viewModel.titleProperty().set("Week 11");
        viewModel.statuses().add(ClaimStatus.IN_REVIEW);

        assertEquals("Week 11", viewModel.titleProperty().get());
        assertTrue(viewModel.previewHtmlProperty().get().contains("<h1 dir=\"auto\">Week 11</h1>"));
    }

    @Test
    void aHostileNoteIsEscapedInThePreview() {
        viewModel.statuses().add(ClaimStatus.DRAFT);

        String html = viewModel.previewHtmlProperty().get();
        assertTrue(html.contains("&lt;script&gt;alert("), html);
        assertFalse(html.contains("<script>"), "no script element reaches the preview");
    }

    @ParameterizedTest
    @EnumSource(ReportFormat.class)
    void exportWritesEachFormatToTheChosenPath(ReportFormat format) throws Exception {
        viewModel.formatProperty().set(format);
        Path target = folder.resolve("out" + format.suffix());
        viewModel.destinationProperty().set(target.toString());

        viewModel.export();

        assertEquals(target.toAbsolutePath(), viewModel.writtenFileProperty().get());
        assertTrue(Files.size(target) > 0);
        if (format != ReportFormat.PDF) {
            assertTrue(Files.readString(target, StandardCharsets.UTF_8).contains("75,000"), format + " has the claim");
        }
        try (var left = Files.list(folder)) {
            assertTrue(left.noneMatch(path -> path.getFileName().toString().startsWith(".claimdesk-report-")),
                    "no partial file is left behind");
        }
        assertTrue(session.statusMessageProperty().get().startsWith("Exported 1 claim to "));
    }

    @Test
    void theDestinationFollowsTheFormat() {
        assertEquals(folder.resolve("claimdesk-report-2026-03-14.html").toString(),
                viewModel.destinationProperty().get());
        viewModel.formatProperty().set(ReportFormat.CLAIMREVIEW);
        assertEquals(folder.resolve("claimdesk-report-2026-03-14.jsonld").toString(),
                viewModel.destinationProperty().get());
    }

    @Test
    void replacingAFileAsksFirst() throws Exception {
        Path target = folder.resolve("existing.html");
        Files.writeString(target, "keep me");
        viewModel.destinationProperty().set(target.toString());
        dialogs.confirmAnswer = false;

        viewModel.export();

        assertEquals("keep me", Files.readString(target));
        assertNull(viewModel.writtenFileProperty().get());
        assertEquals(1, dialogs.shown.size());
    }

    @Test
    void aFileChosenInTheSaveDialogIsReplacedWithoutAskingAgain() throws Exception {
        Path target = folder.resolve("existing.html");
        Files.writeString(target, "old");
        dialogs.confirmAnswer = false;

        viewModel.destinationChosen(target);
        viewModel.export();

        assertTrue(Files.readString(target).contains("75,000"));
        assertTrue(dialogs.shown.isEmpty(), "the save dialog asked already");
    }

    @Test
    void narrowingToTheOpenArticleTagsAndDatesChangesTheCount() {
        viewModel.statuses().add(ClaimStatus.DRAFT);
        viewModel.onlyOpenArticleProperty().set(true);
        assertEquals("No article is open.", viewModel.problemProperty().get());
        assertFalse(viewModel.canExportProperty().get());

        session.openArticleProperty().set(article);
        assertEquals(2, viewModel.matchCountProperty().get());
        viewModel.tagsProperty().set("quote, other");
        assertEquals(0, viewModel.matchCountProperty().get());
        viewModel.tagsProperty().set("Figure");
        viewModel.fromProperty().set(LocalDate.now().plusDays(1));
        assertEquals(0, viewModel.matchCountProperty().get());
        viewModel.toProperty().set(LocalDate.now());
        assertEquals("The date range starts after it ends.", viewModel.problemProperty().get());
        assertFalse(viewModel.canExportProperty().get());
    }

    @Test
    void changesDuringABuildAreTakenUpByOneMoreBuild() {
        QueuedUiExecutor queued = new QueuedUiExecutor();
        ExportViewModel slow = new ExportViewModel(new ReportService(store), queued, dialogs, session, folder,
                () -> TODAY);
        slow.titleProperty().set("Week 10");
        slow.titleProperty().set("Week 11");
        slow.urlProperty().set("https://desk.example/week-11");

        queued.runAll();

        assertEquals(2, queued.ran, "the first build, then one for all three changes");
        assertTrue(slow.previewHtmlProperty().get().contains("Week 11"));
    }

    @Test
    void theDateRangeCanApplyToTheArticlesPublicationDate() {
        viewModel.fromProperty().set(LocalDate.of(2000, 1, 1));
        assertEquals(1, viewModel.matchCountProperty().get(), "claims changed today are in the range");

        viewModel.dateBasisProperty().set(ReportFilter.DateBasis.ARTICLE_PUBLISHED);
        assertEquals(0, viewModel.matchCountProperty().get(), "the imported article has no date");
        assertTrue(viewModel.previewHtmlProperty().get().contains("article published from 2000-01-01 on"));
    }

    /** Holds work until the test runs it, as a busy pool would. */
    private static final class QueuedUiExecutor implements UiExecutor {
        private final Deque<Runnable> queue = new ArrayDeque<>();
        int ran;

        @Override
        public <T> void submit(Lane lane, String title, Work<T> work, Consumer<T> onSuccess,
                               Consumer<Throwable> onFailure) {
            queue.add(() -> {
                ran++;
                try {
                    onSuccess.accept(work.run(Progress.NONE));
                } catch (Exception e) {
                    onFailure.accept(e);
                }
            });
        }

        void runAll() {
            while (!queue.isEmpty()) {
                queue.poll().run();
            }
        }
    }

    @Test
    void noStatusChosenBlocksTheExport() {
        viewModel.statuses().clear();

        assertEquals("Choose at least one status.", viewModel.problemProperty().get());
        assertFalse(viewModel.canExportProperty().get());
        viewModel.export();
        assertNull(viewModel.writtenFileProperty().get());
    }

    @Test
    void withoutAPublicationAddressTheClaimReviewFormatsWarnAndNameTheClaims() {
        assertEquals(ReportFormat.HTML, viewModel.formatProperty().get());
        assertTrue(viewModel.urlWarningProperty().get().startsWith("ClaimReview needs the address"),
                viewModel.urlWarningProperty().get());
        assertTrue(viewModel.urlWarningProperty().get().contains("claim 1 (\u201cMore than 75,000\u201d)"),
                viewModel.urlWarningProperty().get());

        viewModel.formatProperty().set(ReportFormat.MD);
        assertEquals("", viewModel.urlWarningProperty().get(), "Markdown carries no ClaimReview");
        viewModel.formatProperty().set(ReportFormat.CLAIMREVIEW);
        assertTrue(viewModel.urlWarningProperty().get().startsWith("ClaimReview needs the address"));

        viewModel.urlProperty().set("https://factcheck.example.org/r");
        assertEquals("", viewModel.urlWarningProperty().get());
        assertTrue(viewModel.canExportProperty().get(), "a warning, not a block");
    }
}
