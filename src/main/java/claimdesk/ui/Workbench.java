package claimdesk.ui;

import atlantafx.base.theme.PrimerLight;
import claimdesk.model.Article;
import claimdesk.model.ArticleSummary;
import claimdesk.model.WindowLayout;
import claimdesk.service.ClaimHistory;
import claimdesk.service.ConsistencyService;
import claimdesk.service.EvidenceFiles;
import claimdesk.service.FigureIndexer;
import claimdesk.service.ImportOutcome;
import claimdesk.service.ReportService;
import claimdesk.service.SeedLibrary;
import claimdesk.store.EvidenceCopies;
import claimdesk.store.LedgerBackups;
import claimdesk.store.LedgerException;
import claimdesk.store.LedgerStore;
import claimdesk.store.PreferencesStore;
import claimdesk.store.ReviewStore;
import claimdesk.store.SourceStore;
import claimdesk.store.ClaimQueue;
import claimdesk.ui.consistency.ConsistencyView;
import claimdesk.ui.consistency.ConsistencyViewModel;
import claimdesk.ui.export.ExportDialog;
import claimdesk.ui.export.ExportViewModel;
import claimdesk.ui.figures.FiguresView;
import claimdesk.ui.figures.FiguresViewModel;
import claimdesk.ui.history.ClaimHistoryViewModel;
import claimdesk.ui.history.ClaimHistoryWindow;
import claimdesk.ui.ledger.LedgerView;
import claimdesk.ui.ledger.LedgerViewModel;
import claimdesk.ui.ledger.SecondReviewViewModel;
import claimdesk.ui.queue.QueueView;
import claimdesk.ui.queue.QueueViewModel;
import claimdesk.ui.library.LibraryView;
import claimdesk.ui.library.LibraryViewModel;
import claimdesk.ui.reader.ArticleDetailsDialog;
import claimdesk.ui.reader.ReaderView;
import claimdesk.ui.reader.ReaderViewModel;
import claimdesk.ui.safety.CaseActions;
import claimdesk.ui.safety.RestoreBackupDialog;
import claimdesk.ui.settings.SettingsDialog;
import claimdesk.ui.sources.AttachmentsViewModel;
import claimdesk.ui.sources.FxEvidenceViewer;
import claimdesk.ui.sources.FxSourceDialogs;
import claimdesk.ui.sources.PassageSourceViewModel;
import claimdesk.ui.sources.SearchViewModel;
import claimdesk.ui.sources.SearchWindow;
import claimdesk.ui.sources.SourceTalliesViewModel;
import claimdesk.ui.sources.SourcesScreen;
import claimdesk.ui.sources.SourcesViewModel;
import claimdesk.ui.sources.WorkbenchNavigator;
import claimdesk.ui.undo.UndoHistory;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

/**
 * The composition root of the app: wires the ledger, the executor, the view models and the views into one window.
 * The app and the UI tests both build the workbench through {@link #show}.
 */
public final class Workbench implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(Workbench.class.getName());

    private final LedgerStore store;
    private final FxUiExecutor executor = new FxUiExecutor();
    private final Session session = new Session();
    private final Stage stage;
    private final UndoHistory history;
    private final LibraryViewModel library;
    private final LedgerViewModel ledger;
    private final SecondReviewViewModel secondReview;
    private final ReaderViewModel reader;
    private final FiguresViewModel figures;
    private final ConsistencyViewModel consistency;
    private final ReaderView readerView;
    private final LibraryView libraryView;
    private final CaseActions cases;
    private Consumer<LedgerBackups.Backup> onRestore = backup -> { };
    private Runnable onProtect = () -> { };
    private boolean closed;
    private final SourcesViewModel sources;
    private final AttachmentsViewModel attachments;
    private final SourceTalliesViewModel tallies;
    private final PassageSourceViewModel passages;
    private final SearchWindow search;
    private final SourceStore sourceStore;
    private final EvidenceCopies copies;
    private final PreferencesStore prefs;
    private final WorkbenchNavigator navigator;
    private SplitPane panes;
    private final DeskUpdates deskUpdates;
    private final QueueViewModel queue;

    private Workbench(LedgerStore store, Stage stage, PreferencesStore prefs) {
        this.store = store;
        this.stage = stage;
        this.prefs = prefs;
        Dialogs dialogs = new FxDialogs(stage);
        history = new UndoHistory(store, executor, error -> dialogs.showError("The change was not saved",
                String.valueOf(error.getMessage())));
        history.onAnnounce(session.statusMessageProperty()::set);
        library = new LibraryViewModel(store, executor, dialogs, session, history.versionProperty());
        ledger = new LedgerViewModel(store, executor, history, dialogs, session);
        // A desk always asks for second reviews; a ledger in a folder when the person chose it (VerifyGate).
        store.requireSecondReview(prefs.secondReviewRequired());
        secondReview = new SecondReviewViewModel(new ReviewStore(store), executor, dialogs, session, ledger::reload);
        reader = new ReaderViewModel(session, history);
        figures = new FiguresViewModel(store, executor, dialogs, session, ledger, history.versionProperty());
        consistency = new ConsistencyViewModel(store, new ConsistencyService(store), executor, dialogs, session,
                () -> {
                    ledger.reload();
                    library.refresh(null);
                });
        // The library mirrors the open-finding counts, one change at a time.
        consistency.openByArticle().addListener((javafx.collections.MapChangeListener<Long, Integer>) change -> {
            if (change.wasAdded()) {
                library.openFindings().put(change.getKey(), change.getValueAdded());
            } else {
                library.openFindings().remove(change.getKey());
            }
        });
        library.onArticlesAdded(consistency::check);
        // Every change to the ledger may change the findings: re-check (skipped when the figures are unchanged).
        history.versionProperty().addListener((obs, old, now) -> consistency.check());
        libraryView = new LibraryView(library);
        cases = new CaseActions(store, executor, dialogs, stage, () -> library.refresh(null));
        readerView = new ReaderView(reader, ledger, figures, consistency.findings(), this::editDetails);
        ledger.onShowHistory(new ClaimHistoryWindow(new ClaimHistoryViewModel(new ClaimHistory(store), executor,
                history.versionProperty(), java.time.ZoneId.systemDefault()), stage)::show);
        sourceStore = new SourceStore(store);
        copies = openCopies();
        FxSourceDialogs sourceDialogs = new FxSourceDialogs(stage);
        FxEvidenceViewer viewer = new FxEvidenceViewer(stage);
        navigator = new WorkbenchNavigator(store, executor, dialogs, session, readerView.textArea(),
                stage);
        sources = new SourcesViewModel(sourceStore, executor, dialogs, sourceDialogs, session, navigator, history);
        attachments = new AttachmentsViewModel(sourceStore, new EvidenceFiles(), executor, dialogs, sourceDialogs,
                session, viewer, sources, copies);
        tallies = new SourceTalliesViewModel(sourceStore, executor, dialogs, session, history.versionProperty(),
                sources.changesProperty());
        passages = new PassageSourceViewModel(sourceStore, executor, dialogs, sourceDialogs, session, sources);
        queue = new QueueViewModel(new ClaimQueue(store), store, executor, dialogs, session, navigator,
                history.versionProperty());
        SearchViewModel finder = new SearchViewModel(sourceStore, executor, dialogs, navigator, viewer);
        search = new SearchWindow(finder, stage);
        readerView.showMatches(finder.hits());
        SourcesScreen.extendReader(readerView.textArea(), passages);
        // The queue lists every article's claims, so any article or claim change (what refreshes the library) counts.
        deskUpdates = new DeskUpdates(session, executor::runOnFxThread, () -> {
                    library.refresh(null);
                    queue.reload();
                },
                library::reloadOpen, () -> {
                    ledger.refreshFromDesk();
                    tallies.reload();
                }, sources::reload).listenTo(store);
        session.openArticleProperty().addListener((obs, old, article) -> {
            if (article != null) {
                libraryView.select(article.id());
                stage.setTitle(article.headline() + " \u2014 Claimdesk");
            }
        });
    }

    /** Builds the window on {@code stage}, shows it, and imports the seeds in the background if the ledger is empty. */
    public static Workbench show(LedgerStore store, Stage stage, Path seedFolder) {
        return show(store, stage, seedFolder, PreferencesStore.forUser());
    }

    /** As {@link #show(LedgerStore, Stage, Path)}, with the window's size, dividers and last article from prefs. */
    public static Workbench show(LedgerStore store, Stage stage, Path seedFolder, PreferencesStore prefs) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Workbench workbench = new Workbench(store, stage, prefs);
        workbench.layOut();
        stage.show();
        workbench.loadLibrary(seedFolder);
        return workbench;
    }

    private void layOut() {
        LedgerView ledgerView = new LedgerView(ledger);
        ledgerView.addSecondReview(secondReview);
        SourcesScreen.extend(ledgerView, sources, attachments, tallies);
        Tab ledgerTab = new Tab("Ledger", ledgerView);
        Tab figuresTab = new Tab("Figures", new FiguresView(figures));
        figuresTab.setId("figuresTab");
        Tab consistencyTab = new Tab("Consistency", new ConsistencyView(consistency, navigator::openArticleAt));
        consistencyTab.setId("consistencyTab");
        Tab queueTab = new Tab("Queue", new QueueView(queue));
        queueTab.setId("queueTab");
        queueTab.setOnSelectionChanged(event -> {
            if (queueTab.isSelected()) {
                queue.reload();
            }
        });
        TabPane tabs = new TabPane(ledgerTab, figuresTab, consistencyTab, queueTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        WindowLayout layout = prefs.windowLayout();
        panes = new SplitPane(libraryView, readerView, tabs);
        panes.setDividerPositions(layout.dividers().get(0), layout.dividers().get(1));
        SplitPane.setResizableWithParent(libraryView, false);
        BorderPane root = new BorderPane(panes);
        root.setTop(new MainMenu(this).build());
        root.setBottom(new StatusBar(executor, session));
        Scene scene = new Scene(root, layout.width(), layout.height());
        scene.getStylesheets().add(Workbench.class.getResource("claimdesk.css").toExternalForm());
        stage.setScene(scene);
        stage.setTitle(onServer() ? "Claimdesk \u2014 desk " + store.location() : "Claimdesk");
        stage.setMaximized(layout.maximized());
        stage.setOnCloseRequest(event -> close());
    }

    private void loadLibrary(Path seedFolder) {
        executor.submit(UiExecutor.Lane.WRITE, "Opening the sample articles", progress -> {
            // First on the writer lane, so no attach is under way: files a killed import or attach left behind.
            sourceStore.removeStrayFiles();
            // A desk's shared ledger starts empty: sample articles there would land in every reviewer's library.
            List<ImportOutcome> seeded = onServer() ? List.of() : SeedLibrary.importIfEmpty(store, seedFolder);
            backUpDaily();
            FigureIndexer.Indexing indexing = new FigureIndexer(store).indexStale(progress);
            List<ArticleSummary> articles = store.articles();
            OptionalLong last = prefs.lastArticle(store.location());
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
                new FxDialogs(stage).showError("Some articles have no figures yet", "Their figures could not be "
                        + "stored and are tried again at the next start:\n" + String.join("\n", opened.unindexed()));
            }
        }, error -> {
            // Whatever failed while opening, the library still lists every article it has.
            library.refresh(null);
            new FxDialogs(stage).showError("Cannot open the sample articles", error.getMessage());
        });
    }

    /** Keeps the window's size, its dividers and the open article for the next start; never stops a close. */
    private void rememberLayout() {
        try {
            Scene scene = stage.getScene();
            if (scene != null && panes != null) {
                double[] dividers = panes.getDividerPositions();
                // A maximised window keeps the size it had before, so un-maximising next time restores it.
                WindowLayout saved = prefs.windowLayout();
                double width = stage.isMaximized() ? saved.width() : scene.getWidth();
                double height = stage.isMaximized() ? saved.height() : scene.getHeight();
                prefs.saveWindowLayout(new WindowLayout(width, height, stage.isMaximized(),
                        java.util.Arrays.stream(dividers).boxed().toList()));
            }
            Article open = session.openArticleProperty().get();
            if (open != null) {
                prefs.saveLastArticle(store.location(), open.id());
            }
        } catch (java.io.IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "The window layout was not saved", e);
        }
    }

    private static EvidenceCopies openCopies() {
        try {
            return EvidenceCopies.create();
        } catch (java.io.IOException e) {
            throw new LedgerException("Cannot make a private folder for opening evidence files: " + e.getMessage(), e);
        }
    }

    private void backUpDaily() {
        try {
            new LedgerBackups(store.folder()).backUpIfDue(store);
        } catch (LedgerException e) {
            // A missed daily backup is retried on the next start; the reviewer can work meanwhile.
            LOG.log(Level.WARNING, "No daily backup", e);
        }
    }

    private record Opened(int seeded, Long firstArticle, List<String> unindexed) {
    }

    /** Edit > Settings: saves the reviewer's name and organisation; later changes are signed with the new name. */
    void editSettings() {
        editSettings("Reviewer", false);
    }

    /** Turns the second-reviewer rule on or off for this person's ledgers in folders, now and on later starts. */
    void requireSecondReview(boolean required) {
        store.requireSecondReview(required);
        try {
            prefs.saveSecondReviewRequired(required);
        } catch (java.io.IOException e) {
            new FxDialogs(stage).showError("Settings were not saved", e.getMessage());
        }
        session.statusMessageProperty().set(required ? "A claim is now Verified only after a second review agrees."
                : "Claims may be set to Verified without a second review.");
    }

    /**
     * On the first start, asks who is reviewing, so the audit trail and reports name a person and a desk rather than
     * the computer's user name ("Reviewers: root"). Cancelling keeps the stand-in and asks again next start.
     */
    public void askForReviewerIfUnknown() {
        if (!prefs.reviewerChosen()) {
            editSettings("Who is reviewing? Your name signs your changes; change it later in Edit \u203a Settings"
                    + " (Ctrl+,).", true);
        }
    }

    private void editSettings(String header, boolean firstStart) {
        SettingsDialog.edit(stage, prefs.reviewer(), header, firstStart).ifPresent(changed -> {
            try {
                prefs.saveReviewer(changed);
                store.setReviewer(changed.name());
                session.statusMessageProperty().set("Settings saved: changes are signed \u201c" + changed.name()
                        + "\u201d.");
            } catch (java.io.IOException e) {
                new FxDialogs(stage).showError("Settings were not saved", e.getMessage());
            }
        });
    }

    void editDetails() {
        if (reader.article() != null) {
            ArticleDetailsDialog.edit(stage, reader.article().metadata()).ifPresent(reader::updateMetadata);
        }
    }

    /** File › Export report…: a fresh dialog each time, so it starts from the safe filter (verified claims only). */
    void exportReport() {
        ExportViewModel export = new ExportViewModel(new ReportService(store), executor, new FxDialogs(stage), session,
                Path.of(System.getProperty("user.home")), java.time.LocalDate::now);
        ExportDialog.show(stage, export, session.openArticleProperty());
    }

    /** What File › Restore backup… does once a backup is chosen and confirmed; the app swaps the ledger there. */
    public void onRestore(Consumer<LedgerBackups.Backup> handler) {
        onRestore = handler;
    }

    /** What File › Passphrase protection… does; the app closes, (de)crypts and reopens the ledger there. */
    public void onProtect(Runnable handler) {
        onProtect = handler;
    }

    /** Shows a one-line message in the status bar, e.g. after the app swapped the ledger's files. */
    public void announce(String message) {
        session.statusMessageProperty().set(message);
    }

    void protectLedger() {
        if (onServer()) {
            new FxDialogs(stage).showInformation("Passphrase protection", "The desk ledger on "
                    + store.location() + " is protected on its server (disk encryption, TLS and its logins), "
                    + "not with a Claimdesk passphrase.");
            return;
        }
        onProtect.run();
    }

    void restoreBackup() {
        if (onServer()) {
            new FxDialogs(stage).showInformation("Restore backup", "The desk ledger on " + store.location()
                    + " is backed up and restored on its server by its administrator (pg_dump, base backups); "
                    + "Claimdesk keeps backups only of a ledger in a folder.");
            return;
        }
        RestoreBackupDialog.ask(stage, new LedgerBackups(store.folder())).ifPresent(onRestore);
    }

    /** True for a desk ledger on a PostgreSQL server, which has no folder, backups or passphrase of ours. */
    boolean onServer() {
        return store.server().isPresent();
    }

    /** Export and import of {@code .claimdesk} case files; the app also uses it for a file given at start. */
    public CaseActions cases() {
        return cases;
    }

    void find() {
        search.show();
    }

    void findNext() {
        search.next();
    }

    void findPrevious() {
        search.previous();
    }

    AttachmentsViewModel attachments() {
        return attachments;
    }

    LibraryViewModel library() {
        return library;
    }

    LedgerViewModel ledger() {
        return ledger;
    }

    ConsistencyViewModel consistency() {
        return consistency;
    }

    QueueViewModel queue() {
        return queue;
    }

    FiguresViewModel figures() {
        return figures;
    }

    LedgerStore store() {
        return store;
    }

    UndoHistory history() {
        return history;
    }

    ReaderView readerView() {
        return readerView;
    }

    Stage stage() {
        return stage;
    }

    /** Saves what is still being typed, waits for queued writes, backs the ledger up, and closes it. Idempotent. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        deskUpdates.close();
        if (stage.getScene() != null && stage.getScene().getRoot() != null) {
            stage.getScene().getRoot().requestFocus();
        }
        rememberLayout();
        executor.close();
        copies.close();
        try {
            if (!onServer()) {
                new LedgerBackups(store.folder()).backUp(store, "exit");
            }
        } catch (LedgerException e) {
            // A missed backup must not keep the ledger open or the app from quitting.
            LOG.log(Level.WARNING, "No backup on exit", e);
        }
        store.close();
    }
}
