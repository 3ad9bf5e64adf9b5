package claimdesk.ui.sources;

import claimdesk.model.SearchHit;
import claimdesk.store.SourceStore;
import claimdesk.ui.Dialogs;
import claimdesk.ui.UiExecutor;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** Find in the ledger (Ctrl+F): articles, claims, notes, sources, quotes and file texts; a result opens where it matched. */
public final class SearchViewModel {

    static final int LIMIT = 200;

    private final SourceStore store;
    private final UiExecutor executor;
    private final Dialogs dialogs;
    private final Navigator navigator;
    private final EvidenceViewer viewer;
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ObservableList<SearchHit> hits = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyIntegerWrapper current = new ReadOnlyIntegerWrapper(this, "current", -1);

    public SearchViewModel(SourceStore store, UiExecutor executor, Dialogs dialogs, Navigator navigator,
                           EvidenceViewer viewer) {
        this.store = store;
        this.executor = executor;
        this.dialogs = dialogs;
        this.navigator = navigator;
        this.viewer = viewer;
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObservableList<SearchHit> hits() {
        return hits;
    }

    /** "3 results", or why there are none. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public void search() {
        String typed = query.get() == null ? "" : query.get().strip();
        if (typed.isEmpty()) {
            hits.clear();
            summary.set("Type a word or figure to find.");
            return;
        }
        executor.submit(UiExecutor.Lane.READ, "Searching", progress -> store.search(typed, LIMIT), found -> {
            if (!typed.equals(query.get().strip())) {
                return;
            }
            hits.setAll(found);
            current.set(-1);
            summary.set(found.isEmpty() ? "Nothing found for \u201c" + typed + "\u201d."
                    : found.size() + (found.size() == LIMIT ? "+" : "") + " result" + (found.size() == 1 ? "" : "s"));
        }, error -> dialogs.showError("Search failed", error.getMessage()));
    }

    /** The index of the result last opened, -1 before any; the results list shows it selected. */
    public ReadOnlyIntegerProperty currentProperty() {
        return current.getReadOnlyProperty();
    }

    /** Opens the result after the last one opened (F3), going round to the first after the last. */
    public void next() {
        step(1);
    }

    /** Opens the result before the last one opened (Shift+F3), going round to the last before the first. */
    public void previous() {
        step(-1);
    }

    private void step(int by) {
        if (hits.isEmpty()) {
            summary.set(query.get() == null || query.get().isBlank() ? "Type a word or figure to find."
                    : summary.get());
            return;
        }
        int size = hits.size();
        int from = current.get() < 0 && by < 0 ? 0 : current.get();
        int index = Math.floorMod(from + by, size);
        openAt(index);
    }

    /** Opens result {@code index} and remembers it as the current one. */
    public void openAt(int index) {
        current.set(index);
        summary.set("Result " + (index + 1) + " of " + hits.size());
        open(hits.get(index));
    }

    /** Goes to where {@code hit} matched. */
    public void open(SearchHit hit) {
        switch (hit.kind()) {
            case ARTICLE -> navigator.openArticleAt(hit.articleId(), hit.start(), hit.end());
            case CLAIM, NOTE, QUOTE -> navigator.openClaim(hit.articleId(), hit.claimId());
            case SOURCE -> openSource(hit);
            case ATTACHMENT -> executor.submit(UiExecutor.Lane.READ, "Opening the file text",
                    progress -> store.attachment(hit.attachmentId()).orElseThrow(), attachment ->
                            viewer.showText(attachment.originalName(), attachment.text(), hit.start(), hit.end()),
                    error -> dialogs.showError("Cannot open the file", error.getMessage()));
            default -> throw new IllegalStateException("unknown hit " + hit.kind());
        }
    }

    private void openSource(SearchHit hit) {
        executor.submit(UiExecutor.Lane.READ, "Finding the source's claims", progress -> store.claimsUsing(hit.sourceId()),
                users -> {
                    if (users.isEmpty()) {
                        dialogs.showInformation("Source not cited", "\u201c" + hit.title()
                                + "\u201d is in the source library, but no claim cites it.");
                    } else {
                        navigator.openClaim(users.get(0).articleId(), users.get(0).claimId());
                    }
                }, error -> dialogs.showError("Cannot open the source", error.getMessage()));
    }

    /** How a hit reads in the result list: where it matched, then the matching text. */
    public static String describe(SearchHit hit) {
        String where = switch (hit.kind()) {
            case ARTICLE -> "Article";
            case CLAIM -> "Claim";
            case NOTE -> "Note";
            case SOURCE -> "Source";
            case QUOTE -> "Source quote";
            case ATTACHMENT -> "File";
        };
        return where + " \u00b7 " + hit.title() + "\n" + hit.snippet();
    }
}
