package claimdesk.ui;

import claimdesk.model.ArticleSummary;
import claimdesk.service.FigureIndexer;
import claimdesk.service.ImportOutcome;
import claimdesk.service.SeedLibrary;
import claimdesk.store.LedgerStore;
import claimdesk.store.SourceStore;
import claimdesk.ui.consistency.ConsistencyViewModel;
import claimdesk.ui.library.LibraryViewModel;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;

/**
 * What the workbench does once its window shows: on the writer lane, tidy up after a killed import, bring sample
 * articles into an empty ledger in a folder, take the daily backup and index stale figures; then, on the FX thread,
 * open the article that was open last (else the first) and check consistency.
 */
final class WorkbenchStart {

    private final LedgerStore store;
    private final SourceStore sources;
    private final LedgerFileActions ledgerFiles;
    private final WindowMemory memory;
    private final UiExecutor executor;
    private final Session session;
    private final LibraryViewModel library;
    private final ConsistencyViewModel consistency;
    private final Dialogs dialogs;

    WorkbenchStart(LedgerStore store, SourceStore sources, LedgerFileActions ledgerFiles, WindowMemory memory,
                   UiExecutor executor, Session session, LibraryViewModel library, ConsistencyViewModel consistency,
                   Dialogs dialogs) {
        this.store = store;
        this.sources = sources;
        this.ledgerFiles = ledgerFiles;
        this.memory = memory;
        this.executor = executor;
        this.session = session;
        this.library = library;
        this.consistency = consistency;
        this.dialogs = dialogs;
    }

    void run(Path seedFolder) {
        executor.submit(UiExecutor.Lane.WRITE, "Opening the sample articles", progress -> {
            // First on the writer lane, so no attach is under way: files a killed import or attach left behind.
            sources.removeStrayFiles();
            // A desk's shared ledger starts empty: sample articles there would land in every reviewer's library.
            List<ImportOutcome> seeded = ledgerFiles.onServer() ? List.of()
                    : SeedLibrary.importIfEmpty(store, seedFolder);
            ledgerFiles.backUpDaily();
            FigureIndexer.Indexing indexing = new FigureIndexer(store).indexStale(progress);
            List<ArticleSummary> articles = store.articles();
            OptionalLong last = memory.lastArticle();
            Long first = articles.stream().filter(a -> last.isPresent() && a.id() == last.getAsLong()).findFirst()
                    .or(() -> articles.stream().findFirst()).map(ArticleSummary::id).orElse(null);
            return new Opened(seeded.size(), first, indexing.failures());
        }, opened -> {
            if (opened.seeded() > 0) {
                session.statusMessageProperty().set("First start: opened " + opened.seeded()
                        + " sample articles from " + seedFolder + ".");
            }
            library.refresh(opened.firstArticle());
            consistency.check();
            if (!opened.unindexed().isEmpty()) {
                dialogs.showError("Some articles have no figures yet", "Their figures could not be "
                        + "stored and are tried again at the next start:\n" + String.join("\n", opened.unindexed()));
            }
        }, error -> {
            // Whatever failed while opening, the library still lists every article it has.
            library.refresh(null);
            dialogs.showError("Cannot open the sample articles", error.getMessage());
        });
    }

    private record Opened(int seeded, Long firstArticle, List<String> unindexed) {
    }
}
