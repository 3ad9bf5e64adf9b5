package claimdesk.ui;

import atlantafx.base.theme.PrimerLight;
import claimdesk.model.WindowLayout;
import claimdesk.service.ClaimHistory;
import claimdesk.service.ConsistencyService;
import claimdesk.service.EvidenceFiles;
import claimdesk.service.ReportService;
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
import java.util.function.Consumer;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

/**
 * The composition root of the app: wires the ledger, the executor, the view models and the views into one window.
 * The app and the UI tests both build the workbench through {@link #show}. What the window does beyond wiring has
 * its own class: the menus ({@link MainMenu}), the work at start ({@link WorkbenchStart}), settings
 * ({@link SettingsActions}), backups and passphrase ({@link LedgerFileActions}) and the layout kept between starts
 * ({@link WindowMemory}).
 */
public final class Workbench implements AutoCloseable {

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
    private final SettingsActions settings;
    private final LedgerFileActions ledgerFiles;
    private boolean closed;
    private final SourcesViewModel sources;
    private final AttachmentsViewModel attachments;
    private final SourceTalliesViewModel tallies;
    private final PassageSourceViewModel passages;
    private final SearchWindow search;
    private final EvidenceCopies copies;
    private final WindowMemory memory;
    private final WorkbenchStart start;
    private final WorkbenchNavigator navigator;
    private SplitPane panes;
    private final DeskUpdates deskUpdates;
    private final QueueViewModel queue;

    private Workbench(LedgerStore store, Stage stage, PreferencesStore prefs) {
        this.store = store;
        this.stage = stage;
        this.memory = new WindowMemory(prefs, store.location());
        Dialogs dialogs = new FxDialogs(stage);
        settings = new SettingsActions(store, stage, prefs, session);
        ledgerFiles = new LedgerFileActions(store, stage);
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
        SourceStore sourceStore = new SourceStore(store);
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
        start = new WorkbenchStart(store, sourceStore, ledgerFiles, memory, executor, session, library, consistency,
                dialogs);
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
        workbench.start.run(seedFolder);
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
        WindowLayout layout = memory.layout();
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

    private static EvidenceCopies openCopies() {
        try {
            return EvidenceCopies.create();
        } catch (java.io.IOException e) {
            throw new LedgerException("Cannot make a private folder for opening evidence files: " + e.getMessage(), e);
        }
    }

    /**
     * On the first start, asks who is reviewing, so the audit trail and reports name a person and a desk rather than
     * the computer's user name.
     */
    public void askForReviewerIfUnknown() {
        settings.askForReviewerIfUnknown();
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
        ledgerFiles.onRestore(handler);
    }

    /** What File › Passphrase protection… does; the app closes, (de)crypts and reopens the ledger there. */
    public void onProtect(Runnable handler) {
        ledgerFiles.onProtect(handler);
    }

    /** Shows a one-line message in the status bar, e.g. after the app swapped the ledger's files. */
    public void announce(String message) {
        session.statusMessageProperty().set(message);
    }

    /** True for a desk ledger on a PostgreSQL server, which has no folder, backups or passphrase of ours. */
    boolean onServer() {
        return ledgerFiles.onServer();
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

    SettingsActions settings() {
        return settings;
    }

    LedgerFileActions ledgerFiles() {
        return ledgerFiles;
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
        memory.remember(stage, panes, session.openArticleProperty().get());
        executor.close();
        copies.close();
        ledgerFiles.backUpOnExit();
        store.close();
    }
}
