package claimdesk.ui;

import claimdesk.model.ArticleSummary;
import claimdesk.service.FigureIndexer;
import claimdesk.service.ImportOutcome;
import claimdesk.ui.figures.FiguresView;
import claimdesk.ui.figures.FiguresViewModel;
import claimdesk.service.SeedLibrary;
import claimdesk.store.LedgerStore;
import claimdesk.ui.ledger.LedgerView;
import claimdesk.ui.ledger.LedgerViewModel;
import claimdesk.ui.library.LibraryView;
import claimdesk.ui.library.LibraryViewModel;
import claimdesk.ui.reader.ArticleDetailsDialog;
import claimdesk.ui.reader.ReaderView;
import claimdesk.ui.reader.ReaderViewModel;
import claimdesk.ui.undo.UndoHistory;
import claimdesk.service.EvidenceFiles;
import claimdesk.store.SourceStore;
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
import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import javafx.application.Application;
import java.util.List;
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

    private final LedgerStore store;
    private final FxUiExecutor executor = new FxUiExecutor();
    private final Session session = new Session();
    private final Stage stage;
    private final UndoHistory history;
    private final LibraryViewModel library;
    private final LedgerViewModel ledger;
    private final ReaderViewModel reader;
    private final FiguresViewModel figures;
    private final ReaderView readerView;
    private final LibraryView libraryView;
    private final SourcesViewModel sources;
    private final AttachmentsViewModel attachments;
    private final SourceTalliesViewModel tallies;
    private final PassageSourceViewModel passages;
    private final SearchWindow search;

    private Workbench(LedgerStore store, Stage stage) {
        this.store = store;
        this.stage = stage;
        Dialogs dialogs = new FxDialogs(stage);
        history = new UndoHistory(store, executor, error -> dialogs.showError("The change was not saved",
                String.valueOf(error.getMessage())));
        library = new LibraryViewModel(store, executor, dialogs, session, history.versionProperty());
        ledger = new LedgerViewModel(store, executor, history, dialogs, session);
        reader = new ReaderViewModel(session, history);
        figures = new FiguresViewModel(store, executor, dialogs, session, ledger, history.versionProperty());
        libraryView = new LibraryView(library);
        readerView = new ReaderView(reader, ledger, figures, this::editDetails);
        SourceStore sourceStore = new SourceStore(store);
        FxSourceDialogs sourceDialogs = new FxSourceDialogs(stage);
        FxEvidenceViewer viewer = new FxEvidenceViewer(stage);
        WorkbenchNavigator navigator = new WorkbenchNavigator(store, executor, dialogs, session, readerView.textArea(),
                stage);
        sources = new SourcesViewModel(sourceStore, executor, dialogs, sourceDialogs, session, navigator, history);
        attachments = new AttachmentsViewModel(sourceStore, new EvidenceFiles(), executor, dialogs, sourceDialogs,
                session, viewer, sources);
        tallies = new SourceTalliesViewModel(sourceStore, executor, dialogs, session, history.versionProperty(),
                sources.changesProperty());
        passages = new PassageSourceViewModel(sourceStore, executor, dialogs, sourceDialogs, session, sources);
        search = new SearchWindow(new SearchViewModel(sourceStore, executor, dialogs, navigator, viewer), stage);
        SourcesScreen.extendReader(readerView.textArea(), passages);
        session.openArticleProperty().addListener((obs, old, article) -> {
            if (article != null) {
                libraryView.select(article.id());
                stage.setTitle(article.headline() + " \u2014 Claimdesk");
            }
        });
    }

    /** Builds the window on {@code stage}, shows it, and imports the seeds in the background if the ledger is empty. */
    public static Workbench show(LedgerStore store, Stage stage, Path seedFolder) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Workbench workbench = new Workbench(store, stage);
        workbench.layOut();
        stage.show();
        workbench.loadLibrary(seedFolder);
        return workbench;
    }

    private void layOut() {
        LedgerView ledgerView = new LedgerView(ledger);
        SourcesScreen.extend(ledgerView, sources, attachments, tallies);
        Tab ledgerTab = new Tab("Ledger", ledgerView);
        Tab figuresTab = new Tab("Figures", new FiguresView(figures));
        figuresTab.setId("figuresTab");
        TabPane tabs = new TabPane(ledgerTab, figuresTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        SplitPane panes = new SplitPane(libraryView, readerView, tabs);
        panes.setDividerPositions(0.2, 0.58);
        SplitPane.setResizableWithParent(libraryView, false);
        BorderPane root = new BorderPane(panes);
        root.setTop(new MainMenu(this).build());
        root.setBottom(new StatusBar(executor, session));
        Scene scene = new Scene(root, 1280, 800);
        scene.getStylesheets().add(Workbench.class.getResource("claimdesk.css").toExternalForm());
        stage.setScene(scene);
        stage.setTitle("Claimdesk");
        stage.setOnCloseRequest(event -> close());
    }

    private void loadLibrary(Path seedFolder) {
        executor.submit(UiExecutor.Lane.WRITE, "Opening the sample articles", progress -> {
            List<ImportOutcome> seeded = SeedLibrary.importIfEmpty(store, seedFolder);
            new FigureIndexer(store).indexStale(progress);
            Long first = store.articles().stream().findFirst().map(ArticleSummary::id).orElse(null);
            return new Opened(seeded.size(), first);
        }, opened -> {
            if (opened.seeded() > 0) {
                session.statusMessageProperty().set("First start: opened " + opened.seeded()
                        + " sample articles from " + seedFolder + ".");
            }
            library.refresh(opened.firstArticle());
        }, error -> new FxDialogs(stage).showError("Cannot open the sample articles", error.getMessage()));
    }

    private record Opened(int seeded, Long firstArticle) {
    }

    void editDetails() {
        if (reader.article() != null) {
            ArticleDetailsDialog.edit(stage, reader.article().metadata()).ifPresent(reader::updateMetadata);
        }
    }

    void find() {
        search.show();
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

    FiguresViewModel figures() {
        return figures;
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

    /** Saves what is still being typed, waits for queued writes, and closes the ledger. */
    @Override
    public void close() {
        if (stage.getScene() != null && stage.getScene().getRoot() != null) {
            stage.getScene().getRoot().requestFocus();
        }
        executor.close();
        store.close();
    }
}
