package claimdesk.ui.consistency;

import claimdesk.model.Claim;
import claimdesk.model.FindingRef;
import claimdesk.model.FindingRuling;
import claimdesk.model.LedgerFinding;
import claimdesk.model.MeasureSplit;
import claimdesk.model.Verdict;
import claimdesk.service.ConsistencyService;
import claimdesk.service.FindingConfirmer;
import claimdesk.store.LedgerStore;
import claimdesk.ui.Dialogs;
import claimdesk.ui.Session;
import claimdesk.ui.UiExecutor;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.LongConsumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.BooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

/**
 * The Consistency screen: runs the check in the background, lists the ledger's findings grouped by measure and
 * surest first (ruled and resolved ones kept visible unless hidden), filtered by kind and by article, and records
 * the reviewer's rulings. Confirming a finding creates a claim on its first figure whose note a report can publish
 * and links it (see {@link FindingConfirmer}); dismissing asks for a reason. Where the machine grouped
 * figures wrongly, the reviewer merges two measures or splits a figure off into a measure of its own; both are
 * stored and the library is checked again.
 */
public final class ConsistencyViewModel {

    /** The tag given to claims made by confirming a finding. */
    public static final String TAG = FindingConfirmer.INCONSISTENT_TAG;

    private final LedgerStore store;
    private final ConsistencyService service;
    private final UiExecutor executor;
    private final Dialogs dialogs;
    private final Session session;
    private final ObservableList<LedgerFinding> findings = FXCollections.observableArrayList();
    private final ObservableMap<Long, Integer> openByArticle = FXCollections.observableHashMap();
    private final ObjectProperty<LedgerFinding> selected = new SimpleObjectProperty<>(this, "selected");
    private final BooleanProperty showSettled = new SimpleBooleanProperty(this, "showSettled", true);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "Not checked yet.");
    private final Runnable ledgerChanged;
    private final FindingFilters filters = new FindingFilters();
    private final Map<FindingRef, RefView> refViews = new HashMap<>();
    private final ObservableList<FindingGroup> groups = FXCollections.observableArrayList();
    private final ObservableList<LedgerFinding> shown = FXCollections.observableArrayList();
    private long openCount;
    private long settledCount;

    public ConsistencyViewModel(LedgerStore store, ConsistencyService service, UiExecutor executor, Dialogs dialogs,
                                Session session, Runnable ledgerChanged) {
        this.store = store;
        this.service = service;
        this.executor = executor;
        this.dialogs = dialogs;
        this.session = session;
        this.ledgerChanged = ledgerChanged;
        filters.onChange(this::regroup);
    }

    /** Every finding loaded (open ones only unless settled ones are shown), whatever the filters say. */
    public ObservableList<LedgerFinding> findings() {
        return findings;
    }

    /** The findings the filters let through, grouped by measure, in reading order (surest first). */
    public ObservableList<FindingGroup> groups() {
        return groups;
    }

    /** {@link #groups()} flattened: the findings listed, in the order listed. */
    public ObservableList<LedgerFinding> shown() {
        return shown;
    }

    /** The kind and article filters and what they offer. */
    public FindingFilters filters() {
        return filters;
    }

    /** Open findings per article id, for the library and the reader. */
    public ObservableMap<Long, Integer> openByArticle() {
        return openByArticle;
    }

    public ObjectProperty<LedgerFinding> selectedProperty() {
        return selected;
    }

    public BooleanProperty showSettledProperty() {
        return showSettled;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Re-checks the library in the background (skipped when nothing changed), then reloads the findings. */
    public void check() {
        executor.submit(UiExecutor.Lane.WRITE, "Checking figures for consistency", service::check, result -> {
            if (!result.skipped()) {
                session.statusMessageProperty().set("Consistency check: " + result.findings().size()
                        + " findings, " + result.newFindings() + " new.");
            }
            reload();
            if (!result.skipped() && !result.unreadable().isEmpty()) {
                dialogs.showError("Some figures could not be read", "These articles were checked without their "
                        + "figures:\n" + String.join("\n", result.unreadable()));
            }
        }, error -> dialogs.showError("The consistency check failed", error.getMessage()));
    }

    public void reload() {
        executor.submit(UiExecutor.Lane.READ, "Loading findings", progress -> LoadedFindings.read(service, store),
                this::show, error -> dialogs.showError("Cannot load findings", error.getMessage()));
    }

    /** The selected finding's figures, ready to show side by side. */
    public List<RefView> refViews(LedgerFinding finding) {
        return finding == null ? List.of()
                : finding.refs().stream().map(refViews::get).filter(Objects::nonNull).toList();
    }

    private void show(LoadedFindings loaded) {
        refViews.clear();
        refViews.putAll(loaded.refs());
        findings.setAll(loaded.findings().stream()
                .filter(f -> showSettled.get() || f.isOpen())
                .sorted(FindingGroup.ORDER)
                .toList());
        openByArticle.clear();
        openByArticle.putAll(loaded.open());
        long open = loaded.findings().stream().filter(LedgerFinding::isOpen).count();
        settledCount = loaded.findings().size() - open;
        openCount = open;
        filters.offerArticles(findings, loaded::headline);
        regroup();
    }

    /**
     * Lists the findings the filters let through, grouped by measure, and says how many that is. The selected
     * finding stays selected (as its reloaded record) while it is listed; a filter that hides it clears the detail.
     */
    private void regroup() {
        Long keep = selected.get() == null ? null : selected.get().id();
        List<LedgerFinding> passing = findings.stream().filter(filters::passes).toList();
        List<FindingGroup> grouped = FindingGroup.of(passing);
        groups.setAll(grouped);
        shown.setAll(grouped.stream().flatMap(group -> group.findings().stream()).toList());
        String counts = openCount + " open, " + settledCount + " ruled or resolved";
        summary.set(filters.active() ? counts + " \u00b7 " + passing.size() + " shown" : counts);
        selected.set(keep == null ? null : shown.stream().filter(f -> f.id() == keep).findFirst().orElse(null));
    }

    /**
     * Confirms the selected finding: a claim is made on its first figure, with a note naming the articles by
     * headline, quoting the sentences that hold the figures and saying why, and the ruling links to it. Figures
     * that do not fit get verdict Inconsistent; a repeated passage or an update stays unrated, tagged as such.
     */
    public void confirmSelected() {
        LedgerFinding finding = selected.get();
        if (finding == null) {
            return;
        }
        executor.submit(UiExecutor.Lane.WRITE, "Confirming finding", progress -> service.confirm(finding),
                claim -> {
                    session.statusMessageProperty().set(confirmedMessage(claim));
                    ledgerChanged.run();
                    reload();
                }, error -> dialogs.showError("The finding was not confirmed", error.getMessage()));
    }

    private static String confirmedMessage(Claim claim) {
        if (claim.verdict() == Verdict.INCONSISTENT) {
            return "Finding confirmed; claim recorded with verdict Inconsistent.";
        }
        return "Finding confirmed; claim recorded as " + String.join(", ", claim.tags()) + " (unrated).";
    }

    /** Dismisses the selected finding with the reason the reviewer gives. */
    public void dismissSelected() {
        LedgerFinding finding = selected.get();
        if (finding == null) {
            return;
        }
        dialogs.askForText("Dismiss finding", "Why is this not a problem? (e.g. different measures, a later revision)")
                .filter(reason -> !reason.isBlank())
                .ifPresent(reason -> executor.submit(UiExecutor.Lane.WRITE, "Dismissing finding", progress ->
                        service.findings().rule(finding.id(), FindingRuling.DISMISSED, reason, finding.claimId()),
                        before -> reload(),
                        error -> dialogs.showError("The finding was not dismissed", error.getMessage())));
    }

    /** Puts a ruled finding back to open. */
    public void reopenSelected() {
        LedgerFinding finding = selected.get();
        if (finding != null) {
            executor.submit(UiExecutor.Lane.WRITE, "Reopening finding", progress ->
                    service.findings().rule(finding.id(), FindingRuling.OPEN, null, finding.claimId()),
                    before -> reload(), error -> dialogs.showError("Cannot reopen", error.getMessage()));
        }
    }

    /** A finding's measure for people ("person · deport · iran · count"), or "" when it is not about a measure. */
    public static String measureLabel(LedgerFinding finding) {
        return MeasureChoices.label(finding);
    }

    /** Whether the selected finding is about a measure, so that merging and splitting apply to it. */
    public static boolean regroupable(LedgerFinding finding) {
        return !measureLabel(finding).isEmpty();
    }

    /**
     * Merges the selected finding's measure into one the reviewer picks among the other measures with findings:
     * their figures are then compared with each other.
     */
    public void mergeSelected() {
        LedgerFinding finding = selected.get();
        if (!regroupable(finding)) {
            return;
        }
        Map<String, String> others = MeasureChoices.otherMeasures(finding, findings);
        if (others.isEmpty()) {
            dialogs.showInformation("Merge measure", "No other measure has findings to merge this one with.");
            return;
        }
        dialogs.choose("Merge measure", "Which measure is the same as " + measureLabel(finding) + "?",
                        MeasureChoices.labels(others)).map(others::get)
                .ifPresent(to -> regroup("Merging measures",
                        () -> service.overrides().merge(finding.measureKey(), to)));
    }

    /** Moves one figure of the selected finding, which the reviewer picks, into a measure of its own. */
    public void splitSelected() {
        LedgerFinding finding = selected.get();
        if (!regroupable(finding)) {
            return;
        }
        Map<String, FindingRef> figures = MeasureChoices.figures(finding, ref -> refViews.containsKey(ref)
                ? refViews.get(ref).headline() : "article " + ref.articleId());
        dialogs.choose("Split figure", "Which figure does not belong to " + measureLabel(finding) + "?",
                        MeasureChoices.labels(figures)).map(figures::get)
                .ifPresent(ref -> regroup("Splitting a figure off", () -> {
                    // Read here, off the UI thread: every key in use, so the new measure is one of its own.
                    Set<String> used = new HashSet<>();
                    service.findings().all().forEach(f -> used.add(f.measureKey()));
                    service.overrides().splits().forEach(split -> used.add(split.measureKey()));
                    service.overrides().split(new MeasureSplit(ref.articleId(), ref.start(), ref.end(), ref.text(),
                            MeasureChoices.freeSplitKey(finding.measureKey(), used)));
                }));
    }

    /** Stores a merge or split and checks again in the same background job, so the list never shows a mix. */
    private void regroup(String title, Runnable change) {
        executor.submit(UiExecutor.Lane.WRITE, title, progress -> {
            change.run();
            return service.check(progress);
        }, result -> {
            session.statusMessageProperty().set("Measures regrouped: " + result.findings().size() + " findings, "
                    + result.newFindings() + " new.");
            reload();
        }, error -> dialogs.showError("The measures were not regrouped", error.getMessage()));
    }

    /** Opens the article of a reference; the reader then shows the figure. */
    public void open(FindingRef ref, LongConsumer openArticle) {
        openArticle.accept(ref.articleId());
    }
}
