package claimdesk.ui.queue;

import claimdesk.model.ClaimStatus;
import claimdesk.model.QueueFilter;
import claimdesk.model.QueuedClaim;
import claimdesk.model.Verdict;
import claimdesk.store.ClaimQueue;
import claimdesk.store.LedgerStore;
import claimdesk.ui.Dialogs;
import claimdesk.ui.Session;
import claimdesk.ui.UiExecutor;
import claimdesk.ui.sources.Navigator;
import java.util.List;
import java.util.Set;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Queue screen: the claims of every article, narrowed by status, assignee, verdict, tag and article, with who is
 * checking each. A filter that is null (or a blank text) does not narrow. Every filter change and every change to
 * the ledger reloads the list off the FX thread; the selected claim stays selected if it is still listed.
 */
public final class QueueViewModel {

    private final ClaimQueue queue;
    private final LedgerStore store;
    private final UiExecutor executor;
    private final Dialogs dialogs;
    private final Session session;
    private final Navigator navigator;
    private final ObservableList<QueuedClaim> rows = FXCollections.observableArrayList();
    private final ObservableList<String> assignees = FXCollections.observableArrayList();
    private final ObservableList<ArticleChoice> articles = FXCollections.observableArrayList();
    private final ObjectProperty<QueuedClaim> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObjectProperty<ClaimStatus> status = new SimpleObjectProperty<>(this, "status");
    private final ObjectProperty<Verdict> verdict = new SimpleObjectProperty<>(this, "verdict");
    private final StringProperty assignee = new SimpleStringProperty(this, "assignee", "");
    private final StringProperty tag = new SimpleStringProperty(this, "tag", "");
    private final ObjectProperty<ArticleChoice> article = new SimpleObjectProperty<>(this, "article");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");

    public QueueViewModel(ClaimQueue queue, LedgerStore store, UiExecutor executor, Dialogs dialogs, Session session,
                          Navigator navigator, ObservableValue<?> ledgerVersion) {
        this.queue = queue;
        this.store = store;
        this.executor = executor;
        this.dialogs = dialogs;
        this.session = session;
        this.navigator = navigator;
        for (Observable filter : List.of(status, verdict, assignee, tag, article)) {
            filter.addListener(changed -> reload());
        }
        ledgerVersion.addListener((obs, old, now) -> reload());
    }

    public ObservableList<QueuedClaim> rows() {
        return rows;
    }

    /** The names "Assign to" offers and the assignee filter suggests. */
    public ObservableList<String> assignees() {
        return assignees;
    }

    /** The library's articles, for the article filter. */
    public ObservableList<ArticleChoice> articles() {
        return articles;
    }

    public ObjectProperty<QueuedClaim> selectedProperty() {
        return selected;
    }

    public ObjectProperty<ClaimStatus> statusProperty() {
        return status;
    }

    public ObjectProperty<Verdict> verdictProperty() {
        return verdict;
    }

    /** A name, or {@link QueueFilter#UNASSIGNED}; blank for anyone. */
    public StringProperty assigneeProperty() {
        return assignee;
    }

    public StringProperty tagProperty() {
        return tag;
    }

    public ObjectProperty<ArticleChoice> articleProperty() {
        return article;
    }

    /** "3 of 12 claims" style count for the tab's bar. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** The filter the controls describe now. */
    public QueueFilter filter() {
        ArticleChoice chosen = article.get();
        return new QueueFilter(status.get() == null ? Set.of() : Set.of(status.get()), assignee.get(),
                verdict.get() == null ? Set.of() : Set.of(verdict.get()), tag.get(),
                chosen == null ? null : chosen.id());
    }

    /** Reads the queue, the names and the articles in the background and shows them. */
    public void reload() {
        QueueFilter filter = filter();
        executor.submit(UiExecutor.Lane.READ, "Loading the claim queue", progress -> new Loaded(queue.list(filter),
                queue.list(QueueFilter.all()).size(), queue.assignees(),
                store.articles().stream().map(ArticleChoice::of).toList()), this::show,
                error -> dialogs.showError("Cannot load the claim queue", error.getMessage()));
    }

    /** Opens the selected claim's article in the reader and selects the claim in the Ledger tab. */
    public void openSelected() {
        QueuedClaim row = selected.get();
        if (row != null) {
            navigator.openClaim(row.articleId(), row.claimId());
        }
    }

    /** Assigns the selected claim to {@code name} (blank or null unassigns), then reloads the queue. */
    public void assignSelected(String name) {
        QueuedClaim row = selected.get();
        if (row == null) {
            session.statusMessageProperty().set("Select a claim in the queue first.");
            return;
        }
        String to = name == null || name.isBlank() ? null : name.strip();
        executor.submit(UiExecutor.Lane.WRITE, "Assigning the claim", progress -> queue.assign(row.claimId(), to),
                before -> {
                    session.statusMessageProperty().set(to == null ? "The claim is unassigned."
                            : "The claim is assigned to " + to + ".");
                    reload();
                }, error -> dialogs.showError("The claim was not assigned", error.getMessage()));
    }

    private void show(Loaded loaded) {
        Long keep = selected.get() == null ? null : selected.get().claimId();
        rows.setAll(loaded.rows());
        assignees.setAll(loaded.assignees());
        // Only a real change replaces the choices: replacing them resets the article box, which would reload again.
        if (!articles.equals(loaded.articles())) {
            articles.setAll(loaded.articles());
        }
        selected.set(keep == null ? null
                : rows.stream().filter(r -> r.claimId() == keep).findFirst().orElse(null));
        summary.set(loaded.rows().size() == loaded.total() ? loaded.total() + " claims"
                : loaded.rows().size() + " of " + loaded.total() + " claims");
    }

    private record Loaded(List<QueuedClaim> rows, int total, List<String> assignees, List<ArticleChoice> articles) {
    }
}
