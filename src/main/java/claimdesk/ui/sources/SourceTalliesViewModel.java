package claimdesk.ui.sources;

import claimdesk.model.Article;
import claimdesk.model.Claim;
import claimdesk.model.SourceTally;
import claimdesk.store.SourceStore;
import claimdesk.ui.Dialogs;
import claimdesk.ui.Session;
import claimdesk.ui.UiExecutor;
import java.util.function.Predicate;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableLongValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;

/**
 * How well each claim of the open article is sourced (for the ledger's "Sources" column) and the "no source yet"
 * filter. Reloads when the article changes, after ledger edits (a claim deleted or restored) and after source edits.
 */
public final class SourceTalliesViewModel {

    private final SourceStore store;
    private final UiExecutor executor;
    private final Dialogs dialogs;
    private final Session session;
    private final ObservableMap<Long, SourceTally> tallies = FXCollections.observableHashMap();
    private final BooleanProperty onlyUnsourced = new SimpleBooleanProperty(this, "onlyUnsourced", false);
    private final ObjectBinding<Predicate<Claim>> filter;

    public SourceTalliesViewModel(SourceStore store, UiExecutor executor, Dialogs dialogs, Session session,
                                  ObservableLongValue ledgerVersion, ObservableLongValue sourceChanges) {
        this.store = store;
        this.executor = executor;
        this.dialogs = dialogs;
        this.session = session;
        filter = Bindings.createObjectBinding(() -> onlyUnsourced.get()
                ? claim -> tallyOf(claim).total() == 0 : claim -> true, onlyUnsourced, tallies);
        session.openArticleProperty().addListener((obs, old, article) -> reload());
        ledgerVersion.addListener((obs, old, now) -> reload());
        sourceChanges.addListener((obs, old, now) -> reload());
    }

    public void reload() {
        Article article = session.openArticleProperty().get();
        if (article == null) {
            tallies.clear();
            return;
        }
        executor.submit(UiExecutor.Lane.READ, "Counting sources", progress -> store.talliesOf(article.id()), loaded -> {
            Article open = session.openArticleProperty().get();
            if (open != null && open.id() == article.id()) {
                tallies.keySet().retainAll(loaded.keySet());
                tallies.putAll(loaded);
            }
        }, error -> dialogs.showError("Cannot count the sources", error.getMessage()));
    }

    public SourceTally tallyOf(Claim claim) {
        return tallies.getOrDefault(claim.id(), SourceTally.NONE);
    }

    public ObservableMap<Long, SourceTally> tallies() {
        return tallies;
    }

    /** When true, the ledger shows only claims without any source. */
    public BooleanProperty onlyUnsourcedProperty() {
        return onlyUnsourced;
    }

    /** Which claims the ledger shows; changes with the toggle and the tallies. */
    public ObjectBinding<Predicate<Claim>> filterBinding() {
        return filter;
    }
}
