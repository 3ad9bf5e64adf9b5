package claimdesk.ui.ledger;

import claimdesk.model.Article;
import claimdesk.model.Claim;
import claimdesk.model.ClaimStatus;
import claimdesk.model.Span;
import claimdesk.model.Tags;
import claimdesk.model.TextQuote;
import claimdesk.model.Verdict;
import claimdesk.store.LedgerStore;
import claimdesk.store.StaleClaimException;
import claimdesk.ui.Dialogs;
import claimdesk.ui.Session;
import claimdesk.ui.UiExecutor;
import claimdesk.ui.undo.ClaimVersions;
import claimdesk.ui.undo.CreateClaimCommand;
import claimdesk.ui.undo.DeleteClaimCommand;
import claimdesk.ui.undo.UndoHistory;
import claimdesk.ui.undo.UpdateClaimCommand;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The claim ledger of the open article and the detail of the selected claim. Edits go through the undo history;
 * each edit updates the shown claim at once (so a second quick edit builds on the first) and the list is reloaded
 * from the ledger once the write is done.
 */
public final class LedgerViewModel {

    private final LedgerStore store;
    private final UiExecutor executor;
    private final UndoHistory history;
    private final Dialogs dialogs;
    private final Session session;
    private final ObservableList<Claim> claims = FXCollections.observableArrayList();
    private final ObservableList<String> knownTags = FXCollections.observableArrayList();
    private final BooleanProperty detailEdited = new SimpleBooleanProperty(this, "detailEdited", false);
    private final ClaimVersions versions = new ClaimVersions();
    private final ReadOnlyLongWrapper replaced = new ReadOnlyLongWrapper(0);
    private Consumer<Claim> historyOpener = claim -> { };

    public LedgerViewModel(LedgerStore store, UiExecutor executor, UndoHistory history, Dialogs dialogs,
                           Session session) {
        this.store = store;
        this.executor = executor;
        this.history = history;
        this.dialogs = dialogs;
        this.session = session;
        session.openArticleProperty().addListener((obs, old, article) -> {
            if (old == null || article == null || old.id() != article.id()) {
                session.selectedClaimProperty().set(null);
            }
            reload();
        });
        history.versionProperty().addListener((obs, old, now) -> reload());
    }

    /** What showing a claim's history does; the workbench opens the history window there. */
    public void onShowHistory(Consumer<Claim> opener) {
        historyOpener = opener;
    }

    /** Opens the selected claim's history (Ctrl+Shift+H); nothing when no claim is selected. */
    public void showHistory() {
        Claim selected = session.selectedClaimProperty().get();
        if (selected != null) {
            historyOpener.accept(selected);
        }
    }

    public ObservableList<Claim> claims() {
        return claims;
    }

    public ObservableList<String> knownTags() {
        return knownTags;
    }

    public ObjectProperty<Claim> selectedClaimProperty() {
        return session.selectedClaimProperty();
    }

    /**
     * True while the detail pane holds typing for the selected claim that is not saved yet; the detail view sets it.
     * A reload for another window's change then leaves that claim as shown ({@link #refreshFromDesk}).
     */
    public BooleanProperty detailEditedProperty() {
        return detailEdited;
    }

    /**
     * Grows by one when a save conflict replaced what the reviewer typed (theirs taken, or the notes merged): the
     * detail view then refills its fields even while one has the focus.
     */
    public ReadOnlyLongProperty replacedProperty() {
        return replaced.getReadOnlyProperty();
    }

    /**
     * Whether the ledger's list shows {@code claim}'s verdict: not while the claim is In review on a ledger that needs
     * a second reviewer, who must pick a verdict without seeing the first (its author reads it in the detail pane).
     */
    public boolean verdictShownInList(Claim claim) {
        return claim.status() != ClaimStatus.IN_REVIEW || !store.secondReviewRequired();
    }

    /** Loads the open article's claims and the tags in use; keeps the selection by claim id. */
    public void reload() {
        load(false);
    }

    /**
     * As {@link #reload}, after another window on the desk changed the ledger: the claim being edited in the detail
     * pane with unsaved typing keeps the version shown, so the reviewer's typing is not overwritten.
     */
    public void refreshFromDesk() {
        load(true);
    }

    private void load(boolean keepEdited) {
        Article article = session.openArticleProperty().get();
        if (article == null) {
            claims.clear();
            return;
        }
        executor.submit(UiExecutor.Lane.READ, "Loading claims",
                progress -> new Loaded(store.claimsOf(article.id()), store.tags()),
                loaded -> show(article, loaded, keepEdited), error -> dialogs.showError("Cannot load claims", error.getMessage()));
    }

    private record Loaded(List<Claim> claims, List<String> tags) {
    }

    private void show(Article article, Loaded loaded, boolean keepEdited) {
        Article open = session.openArticleProperty().get();
        if (open == null || open.id() != article.id()) {
            return;
        }
        // Read before the list changes: while it changes, the table may report its old row as selected, and a
        // claim tagged a moment ago would lose the selection to the one before it.
        Claim selected = selectedClaimProperty().get();
        List<Claim> fresh = keepEdited && selected != null && detailEdited.get()
                ? loaded.claims().stream().map(claim -> claim.id() == selected.id() ? selected : claim).toList()
                : loaded.claims();
        ClaimListSync.sync(claims, fresh);
        knownTags.setAll(loaded.tags());
        if (selected != null) {
            selectedClaimProperty().set(fresh.stream()
                    .filter(claim -> claim.id() == selected.id()).findFirst().orElse(null));
        }
    }

    /** Tags {@code [start, end)} of the open article as a new claim and selects it; false if nothing to tag. */
    public boolean tagClaim(int start, int end) {
        return tagClaim(start, end, List.of());
    }

    /** Tags {@code [start, end)} as a new claim with these tags and selects it; false if nothing to tag. */
    public boolean tagClaim(int start, int end, List<String> tags) {
        return tagClaim(start, end, tags, null);
    }

    /** As {@link #tagClaim(int, int, List)}, for a claim made from the figure at {@code figure}. */
    public boolean tagClaim(int start, int end, List<String> tags, Span figure) {
        Article article = session.openArticleProperty().get();
        if (article == null || start >= end) {
            session.statusMessageProperty().set("Select a passage of the article first, then tag it (Ctrl+T).");
            return false;
        }
        CreateClaimCommand command = new CreateClaimCommand(article.id(), TextQuote.of(article.text(), start, end),
                tags, figure);
        history.push(command, () -> {
            selectedClaimProperty().set(command.created());
            session.statusMessageProperty().set("Claim tagged: " + abbreviate(command.created().quote().exact()));
        });
        return true;
    }

    public void setVerdict(Verdict verdict) {
        edit("set verdict", claim -> claim.verdict() == verdict ? claim : with(claim, verdict, claim.status(),
                claim.note(), claim.tags()));
    }

    /**
     * Sets the selected claim's status. Publishing a claim that no source backs asks first, once, because readers
     * of the report could not check it; returns false when the reviewer says no and nothing changed.
     */
    public boolean setStatus(ClaimStatus status) {
        Claim selected = selectedClaimProperty().get();
        if (selected != null && status == ClaimStatus.PUBLISHED && selected.status() != ClaimStatus.PUBLISHED
                && store.sourceCountOf(selected.id()) == 0
                && !dialogs.confirm("Publish without a source?", "No source is attached to this claim, so readers"
                        + " of the report cannot check the verdict. Publish it anyway?")) {
            return false;
        }
        edit("set status", claim -> with(claim, claim.verdict(), status, claim.note(), claim.tags()));
        return true;
    }

    /**
     * Saves a note typed for claim {@code claimId}. It names the claim because a note is saved after a pause in
     * typing, by which time the reviewer may have selected another claim.
     */
    public void setNote(long claimId, String note) {
        Claim shown = claims.stream().filter(claim -> claim.id() == claimId).findFirst().orElse(null);
        if (shown != null) {
            update("edit note", shown, with(shown, shown.verdict(), shown.status(), note, shown.tags()));
        }
    }

    /** Takes tags as typed: "figure, quote". */
    public void setTags(String typed) {
        edit("edit tags", claim -> with(claim, claim.verdict(), claim.status(), claim.note(), Tags.parse(typed)));
    }

    /** Who made the claim, as typed; blank clears it (reports then use the source the text names, or the outlet). */
    public void setClaimant(String typed) {
        edit("edit claimant", claim -> claim.withClaimant(typed));
    }

    private void edit(String label, UnaryOperator<Claim> change) {
        Claim before = selectedClaimProperty().get();
        if (before == null) {
            return;
        }
        update(label, before, change.apply(before));
    }

    private void update(String label, Claim before, Claim after) {
        if (after.equals(before)) {
            return;
        }
        showAtOnce(after);
        history.push(new UpdateClaimCommand(label, before, after, versions), () -> { }, this::resolveConflict);
    }

    private void showAtOnce(Claim claim) {
        for (int i = 0; i < claims.size(); i++) {
            if (claims.get(i).id() == claim.id()) {
                claims.set(i, claim);
            }
        }
        Claim selected = selectedClaimProperty().get();
        if (selected != null && selected.id() == claim.id()) {
            selectedClaimProperty().set(claim);
        }
    }

    /** A save that someone else's came before: the reviewer sees both and picks; false for any other failure. */
    private boolean resolveConflict(Throwable error) {
        StaleClaimException stale = StaleClaimException.in(error);
        if (stale == null) {
            // Refused for another reason (a desk's rule, the second-reviewer rule): show the claim as stored again,
            // not as it was shown at once; the history reports the refusal.
            reload();
            return false;
        }
        Claim theirs = stale.theirs();
        switch (SaveConflictPrompt.ask(dialogs, stale)) {
            case KEEP_MINE -> update("keep my version", theirs, SaveConflictPrompt.mineOverTheirs(stale));
            case TAKE_THEIRS -> {
                showAtOnce(theirs);
                replaced.set(replaced.get() + 1);
                reload();
            }
            case MERGE_NOTES -> {
                update("merge notes", theirs, SaveConflictPrompt.merged(stale));
                replaced.set(replaced.get() + 1);
            }
        }
        return true;
    }

    /** Deletes the selected claim after asking; undo brings it back. */
    public void deleteSelected() {
        Claim claim = selectedClaimProperty().get();
        if (claim == null) {
            return;
        }
        if (dialogs.confirm("Delete claim", "Delete the claim \u201c" + abbreviate(claim.quote().exact())
                + "\u201d? You can undo this with Ctrl+Z.")) {
            selectedClaimProperty().set(null);
            history.push(new DeleteClaimCommand(claim), () -> session.statusMessageProperty().set("Claim deleted."));
        }
    }

    /** The claim whose span covers {@code offset} (the shortest, when claims nest), if any. */
    public Claim claimAt(int offset) {
        Claim best = null;
        for (Claim claim : claims) {
            TextQuote quote = claim.quote();
            if (quote.start() <= offset && offset < quote.end() && (best == null || quote.length() < best.quote().length())) {
                best = claim;
            }
        }
        return best;
    }

    private static Claim with(Claim claim, Verdict verdict, ClaimStatus status, String note, List<String> tags) {
        return new Claim(claim.id(), claim.uuid(), claim.articleId(), claim.quote(), tags, verdict, status, note,
                claim.createdAt(), claim.updatedAt(), claim.claimant(), claim.figure(), claim.version());
    }

    static String abbreviate(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() <= 60 ? flat : flat.substring(0, 57) + "...";
    }
}
