package claimdesk.ui.sources;

import claimdesk.model.Claim;
import claimdesk.model.Evidence;
import claimdesk.model.Source;
import claimdesk.store.SourceStore;
import claimdesk.ui.Dialogs;
import claimdesk.ui.Session;
import claimdesk.ui.UiExecutor;
import claimdesk.ui.undo.CiteSourceCommand;
import claimdesk.ui.undo.EditCitationCommand;
import claimdesk.ui.undo.LedgerCommand;
import claimdesk.ui.undo.RemoveCitationCommand;
import claimdesk.ui.undo.UndoHistory;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The sources of the selected claim: citing, editing, removing and deleting sources ({@link AttachmentsViewModel}
 * handles their files).
 * Citing, editing and removing go through the undo history; deleting a source is not undoable and asks first. Bad input is refused with a message and changes nothing. {@link #changesProperty()} grows after every saved change so other views (the ledger column) reload.
 */
public final class SourcesViewModel {

    private final SourceStore store;
    private final UiExecutor executor;
    private final Dialogs dialogs;
    private final SourceDialogs sourceDialogs;
    private final Session session;
    private final Navigator navigator;
    private final UndoHistory history;
    private final ObservableList<Evidence> evidence = FXCollections.observableArrayList();
    private final ObjectProperty<Evidence> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyLongWrapper changes = new ReadOnlyLongWrapper(this, "changes", 0);

    public SourcesViewModel(SourceStore store, UiExecutor executor, Dialogs dialogs, SourceDialogs sourceDialogs,
                            Session session, Navigator navigator, UndoHistory history) {
        this.store = store;
        this.executor = executor;
        this.dialogs = dialogs;
        this.sourceDialogs = sourceDialogs;
        this.session = session;
        this.navigator = navigator;
        this.history = history;
        session.selectedClaimProperty().addListener((obs, old, claim) -> {
            if (old == null || claim == null || old.id() != claim.id()) {
                reload();
            }
        });
        history.versionProperty().addListener((obs, old, now) -> reload());
    }

    public ObservableList<Evidence> evidence() {
        return evidence;
    }

    public ObjectProperty<Evidence> selectedProperty() {
        return selected;
    }

    public ReadOnlyLongProperty changesProperty() {
        return changes.getReadOnlyProperty();
    }

    /** True while a claim is selected, so its sources can be added. */
    public BooleanBinding claimSelectedProperty() {
        return session.selectedClaimProperty().isNotNull();
    }

    public Claim claim() {
        return session.selectedClaimProperty().get();
    }

    /** Loads the selected claim's sources; keeps the selected one by link id. */
    public void reload() {
        Claim claim = claim();
        if (claim == null) {
            evidence.clear();
            selected.set(null);
            return;
        }
        executor.submit(UiExecutor.Lane.READ, "Loading sources", progress -> store.evidenceOf(claim.id()), loaded -> {
            if (claim() == null || claim().id() != claim.id()) {
                return;
            }
            Evidence was = selected.get();
            evidence.setAll(loaded);
            selected.set(was == null ? null : loaded.stream().filter(e -> e.link().id() == was.link().id())
                    .findFirst().orElse(null));
        }, error -> dialogs.showError("Cannot load the sources", error.getMessage()));
    }

    /** Asks for a new source (or one from the library) and cites it for the selected claim. */
    public void addSource() {
        Claim claim = claim();
        if (claim == null) {
            session.statusMessageProperty().set("Select a claim first, then add its sources.");
            return;
        }
        withLibrary(library -> sourceDialogs.editSource("Add a source", SourceForm.blank(LocalDate.now()), library)
                .ifPresent(form -> save(claim, null, form, library)));
    }

    /** Edits the selected citation; changes to the source's own fields show wherever it is cited. */
    public void editSelected() {
        Claim claim = claim();
        Evidence before = selected.get();
        if (claim == null || before == null) {
            return;
        }
        withLibrary(library -> sourceDialogs.editSource("Edit source", SourceForm.of(before), library)
                .ifPresent(form -> save(claim, before, form, library)));
    }

    private void withLibrary(java.util.function.Consumer<List<Source>> then) {
        executor.submit(UiExecutor.Lane.READ, "Loading the source library", progress -> store.sources(), then,
                error -> dialogs.showError("Cannot load the source library", error.getMessage()));
    }

    /**
     * Saves a form as undoable commands: an edit of the cited source and link in one step, or, for a new citation
     * or another source picked, (an edit of that library source,) removing the old citation and citing the new one.
     */
    private void save(Claim claim, Evidence before, SourceForm form, List<Source> library) {
        Source typed;
        try {
            typed = Source.draft(form.url(), form.title(), form.publisher(), form.author(), form.publishedOn(),
                    form.accessedOn());
        } catch (IllegalArgumentException e) {
            dialogs.showError("The source was not saved", e.getMessage());
            return;
        }
        Source stored = form.sourceId() == 0 ? null
                : library.stream().filter(source -> source.id() == form.sourceId()).findFirst().orElse(null);
        Source changed = stored == null ? typed : new Source(stored.id(), stored.uuid(), typed.url(), typed.title(),
                typed.publisher(), typed.author(), typed.publishedOn(), typed.accessedOn(), stored.articleId());
        String saved = "Source saved: " + typed.title();
        if (before != null && stored != null && before.source().id() == stored.id()) {
            EditCitationCommand edit = new EditCitationCommand(store, stored, changed, before.link(),
                    before.link().with(form.stance(), form.quote()));
            if (!edit.changesNothing()) {
                push(edit, saved);
            }
            return;
        }
        if (stored != null && !stored.equals(changed)) {
            push(new EditCitationCommand(store, stored, changed, null, null), saved);
        }
        if (before != null) {
            push(new RemoveCitationCommand(store, before.link()), saved);
        }
        push(new CiteSourceCommand(store, claim.id(), changed, form.stance(), form.quote(), null), saved);
    }

    /** Runs an undoable change; the reload follows from the history's version. */
    void push(LedgerCommand command, String doneMessage) {
        push(command, () -> doneMessage);
    }

    /** As {@link #push(LedgerCommand, String)}, with a message that can say what the change did once it is done. */
    void push(LedgerCommand command, java.util.function.Supplier<String> doneMessage) {
        history.push(command, () -> {
            session.statusMessageProperty().set(doneMessage.get());
            changes.set(changes.get() + 1);
        });
    }

    /** Takes the selected source off this claim; the source stays in the library. */
    public void removeSelected() {
        Evidence chosen = selected.get();
        if (chosen == null || !dialogs.confirm("Remove source", "Remove \u201c" + chosen.source().title()
                + "\u201d from this claim? The source stays in the library; Ctrl+Z puts it back.")) {
            return;
        }
        push(new RemoveCitationCommand(store, chosen.link()), "Source removed from the claim.");
    }

    /** Deletes the selected source from the library, after naming every claim that cites it. */
    public void deleteSelectedSource() {
        Evidence chosen = selected.get();
        if (chosen == null) {
            return;
        }
        executor.submit(UiExecutor.Lane.READ, "Finding where the source is cited",
                progress -> store.claimsUsing(chosen.source().id()), users -> {
                    String named = users.stream().map(ref -> "\u2022 \u201c" + abbreviate(ref.quote()) + "\u201d in "
                            + ref.articleHeadline()).collect(Collectors.joining("\n"));
                    String message = "Delete \u201c" + chosen.source().title() + "\u201d from the library? "
                            + (users.isEmpty() ? "" : "These claims cite it and will lose it:\n" + named + "\n")
                            + "Its files are deleted too unless another source uses them.";
                    if (dialogs.confirm("Delete source", message)) {
                        write("Deleting the source", () -> store.deleteSource(chosen.source().id()),
                                "Source deleted: " + chosen.source().title());
                    }
                }, error -> dialogs.showError("Cannot delete the source", error.getMessage()));
    }

    /** For a passage of a library article: opens that article with the passage selected. */
    public boolean openPassage(Evidence chosen) {
        if (chosen == null || chosen.link().passage() == null) {
            return false;
        }
        navigator.openPassage(chosen.link().passage().articleId(), chosen.link().passage().start(),
                chosen.link().passage().end(), chosen.link().quote());
        return true;
    }

    /** Runs a write that is not undoable (deleting a source, files) and reloads; for this package's view models. */
    void write(String title, Runnable work, String doneMessage) {
        executor.submit(UiExecutor.Lane.WRITE, title, progress -> {
            work.run();
            return null;
        }, ignored -> changed(doneMessage), error -> dialogs.showError(title + " failed", error.getMessage()));
    }

    /** Tells the reviewer what changed, lets other views reload, and reloads the sources. */
    void changed(String message) {
        session.statusMessageProperty().set(message);
        changes.set(changes.get() + 1);
        reload();
    }

    static String abbreviate(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() <= 60 ? flat : flat.substring(0, 57) + "\u2026";
    }
}
