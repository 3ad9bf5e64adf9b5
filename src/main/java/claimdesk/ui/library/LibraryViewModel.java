package claimdesk.ui.library;

import claimdesk.model.ArticleSummary;
import claimdesk.model.Plural;
import claimdesk.service.ArticleImporter;
import claimdesk.service.ImportOutcome;
import claimdesk.service.TextReplacer;
import claimdesk.store.LedgerStore;
import claimdesk.ui.Dialogs;
import claimdesk.ui.Session;
import claimdesk.ui.UiExecutor;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import javafx.collections.transformation.FilteredList;

/** The article library: the list, its filter, opening an article, and importing files or pasted text. */
public final class LibraryViewModel {

    private final LedgerStore store;
    private final ArticleImporter importer;
    private final UiExecutor executor;
    private final Dialogs dialogs;
    private final Session session;
    private final ObservableList<ArticleSummary> articles = FXCollections.observableArrayList();
    private final FilteredList<ArticleSummary> shown = new FilteredList<>(articles);
    private final ObservableMap<Long, Integer> openFindings = FXCollections.observableHashMap();
    private final StringProperty filterText = new SimpleStringProperty(this, "filterText", "");

    public LibraryViewModel(LedgerStore store, UiExecutor executor, Dialogs dialogs, Session session,
                            javafx.beans.value.ObservableValue<?> ledgerVersion) {
        this.store = store;
        this.importer = new ArticleImporter(store);
        this.executor = executor;
        this.dialogs = dialogs;
        this.session = session;
        filterText.addListener((obs, old, text) -> shown.setPredicate(summary -> matches(summary, text)));
        ledgerVersion.addListener((obs, old, now) -> refresh(null));
    }

    public ObservableList<ArticleSummary> shownArticles() {
        return shown;
    }

    /** Open consistency findings per article id, shown beside each article. */
    public ObservableMap<Long, Integer> openFindings() {
        return openFindings;
    }

    public StringProperty filterTextProperty() {
        return filterText;
    }

    private static boolean matches(ArticleSummary summary, String filter) {
        if (filter == null || filter.isBlank()) {
            return true;
        }
        String needle = filter.strip().toLowerCase(Locale.ROOT);
        return summary.headline().toLowerCase(Locale.ROOT).contains(needle)
                || (summary.outlet() != null && summary.outlet().toLowerCase(Locale.ROOT).contains(needle));
    }

    /** Reloads the list; then opens {@code openId} if given, else keeps the open article. */
    public void refresh(Long openId) {
        executor.submit(UiExecutor.Lane.READ, "Loading library", progress -> store.articles(), loaded -> {
            articles.setAll(loaded);
            if (openId != null) {
                open(openId);
            }
        }, error -> dialogs.showError("Cannot load the library", error.getMessage()));
    }

    /** Opens an article in the reader and the ledger, unless it is already open. */
    public void open(long articleId) {
        if (session.openArticleProperty().get() != null && session.openArticleProperty().get().id() == articleId) {
            return;
        }
        executor.submit(UiExecutor.Lane.READ, "Opening article", progress -> store.article(articleId), article ->
                article.ifPresent(session.openArticleProperty()::set),
                error -> dialogs.showError("Cannot open the article", error.getMessage()));
    }

    /**
     * Reads the open article again and shows it if it changed: another window on the desk edited its details or
     * replaced its text, and the claims shown are anchored in the new text.
     */
    public void reloadOpen() {
        var open = session.openArticleProperty().get();
        if (open == null) {
            return;
        }
        executor.submit(UiExecutor.Lane.READ, "Reloading article", progress -> store.article(open.id()), article -> {
            var now = session.openArticleProperty().get();
            if (now != null && now.id() == open.id()) {
                article.filter(fresh -> !fresh.equals(now)).ifPresent(session.openArticleProperty()::set);
            }
        }, error -> dialogs.showError("Cannot reload the article", error.getMessage()));
    }

    public void chooseAndImport() {
        List<Path> files = dialogs.chooseFilesToImport();
        if (!files.isEmpty()) {
            importFiles(files);
        }
    }

    /** Imports files in the background, then reports what was refused and opens the first new article. */
    public void importFiles(List<Path> files) {
        executor.submit(UiExecutor.Lane.WRITE, "Importing " + Plural.of(files.size(), "file"),
                progress -> importer.importFiles(files, progress), this::imported,
                error -> dialogs.showError("Import failed", error.getMessage()));
    }

    /**
     * Replaces the open article's text with a corrected version from a file; claims follow their quotes, and those
     * whose words are gone are tagged, never deleted.
     */
    public void updateOpenArticleText() {
        var article = session.openArticleProperty().get();
        if (article == null) {
            return;
        }
        List<Path> files = dialogs.chooseFilesToImport();
        if (files.size() != 1) {
            return;
        }
        if (!dialogs.confirm("Update article text", "Replace the text of \u201c" + article.headline() + "\u201d with "
                + files.get(0).getFileName() + "? Claims move with their quotes; this cannot be undone.")) {
            return;
        }
        executor.submit(UiExecutor.Lane.WRITE, "Updating article text",
                progress -> new TextReplacer(store).replaceFromFile(article.id(), files.get(0)), replaced -> {
                    session.openArticleProperty().set(replaced.article());
                    session.statusMessageProperty().set("Text updated: " + Plural.of(replaced.anchored(), "claim")
                            + " found again, "
                            + replaced.lost().size() + " tagged " + TextReplacer.LOST_TAG + ".");
                    refresh(null);
                }, error -> dialogs.showError("The text was not updated", error.getMessage()));
    }

    public void pasteArticle() {
        dialogs.askForPastedText().ifPresent(text -> executor.submit(UiExecutor.Lane.WRITE, "Importing pasted text",
                progress -> List.of(importer.importText("pasted text", text)), this::imported,
                error -> dialogs.showError("Import failed", error.getMessage())));
    }

    private void imported(List<ImportOutcome> outcomes) {
        List<String> refused = outcomes.stream().filter(o -> o instanceof ImportOutcome.Refused)
                .map(ImportOutcome::describe).toList();
        long added = outcomes.stream().filter(o -> o instanceof ImportOutcome.Imported).count();
        long known = outcomes.stream().filter(o -> o instanceof ImportOutcome.AlreadyThere).count();
        session.statusMessageProperty().set("Imported " + added + ", already in the library " + known
                + ", refused " + refused.size() + ".");
        if (!refused.isEmpty()) {
            dialogs.showError("Some files were not imported", String.join("\n", refused));
        }
        List<String> withoutFigures = outcomes.stream()
                .filter(o -> o instanceof ImportOutcome.Imported i && i.figureProblem() != null)
                .map(ImportOutcome::describe).toList();
        if (!withoutFigures.isEmpty()) {
            dialogs.showError("Some figures were not stored", String.join("\n", withoutFigures));
        }
        Long first = outcomes.stream()
                .filter(o -> !(o instanceof ImportOutcome.Refused))
                .map(o -> o instanceof ImportOutcome.Imported i ? i.article().id()
                        : ((ImportOutcome.AlreadyThere) o).article().id())
                .findFirst().orElse(null);
        refresh(first);
        if (added > 0) {
            articlesAdded.run();
        }
    }

    private Runnable articlesAdded = () -> { };

    /** Runs after an import added articles (the workbench re-checks consistency then). */
    public void onArticlesAdded(Runnable action) {
        articlesAdded = action;
    }
}
