package claimdesk.ui.export;

import claimdesk.model.Article;
import claimdesk.model.ClaimStatus;
import claimdesk.model.Verdict;
import claimdesk.report.Report;
import claimdesk.report.ReportFilter;
import claimdesk.report.ReportFormat;
import claimdesk.service.ReportFileWriter;
import claimdesk.service.ReportService;
import claimdesk.ui.Dialogs;
import claimdesk.ui.Session;
import claimdesk.ui.UiExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;

/**
 * The state of the export dialog: the filter, the heading, the format and the destination as writable properties;
 * the preview, the number of matching claims, the warning about unverified claims and {@code canExport} as derived
 * ones. Every change to the filter or heading rebuilds the preview in the background, one build at a time; changes
 * made during a build are taken up by one more build when it ends. Lives on the FX thread.
 *
 * <p>{@code urlWarning} names the claims whose ClaimReview would lack its url, the address ClaimReview consumers
 * require, while a format that carries ClaimReview (HTML, ClaimReview) is chosen without a publication address.
 *
 * <p>Only Verified and Published are chosen at first: a claim that is not verified enters a report only when the
 * reviewer ticks its status, and the dialog then warns, as the report itself does at the top.
 */
public final class ExportViewModel {

    private final ReportService service;
    private final UiExecutor executor;
    private final Dialogs dialogs;
    private final Session session;
    private final Supplier<LocalDate> today;

    private final ObservableSet<ClaimStatus> statuses = FXCollections.observableSet(EnumSet.copyOf(ReportFilter.VERIFIED));
    private final ObservableSet<Verdict> verdicts = FXCollections.observableSet(EnumSet.noneOf(Verdict.class));
    private final BooleanProperty onlyOpenArticle = new SimpleBooleanProperty(this, "onlyOpenArticle", false);
    private final StringProperty tags = new SimpleStringProperty(this, "tags", "");
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>(this, "from");
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>(this, "to");
    private final ObjectProperty<ReportFilter.DateBasis> dateBasis =
            new SimpleObjectProperty<>(this, "dateBasis", ReportFilter.DateBasis.CLAIM_UPDATED);
    private final ObjectProperty<ReportFormat> format = new SimpleObjectProperty<>(this, "format", ReportFormat.HTML);
    private final StringProperty title = new SimpleStringProperty(this, "title", ExportChoices.VERIFIED_TITLE);
    private final StringProperty organisation = new SimpleStringProperty(this, "organisation", Report.DEFAULT_ORGANISATION);
    private final StringProperty url = new SimpleStringProperty(this, "url", "");
    private final StringProperty destination = new SimpleStringProperty(this, "destination", "");
    private final BooleanProperty includeHistory = new SimpleBooleanProperty(this, "includeHistory", false);

    private final ReadOnlyStringWrapper warning = new ReadOnlyStringWrapper(this, "warning", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ExportPreview preview;
    private final StringBinding urlWarning;
    private final ReadOnlyBooleanWrapper exporting = new ReadOnlyBooleanWrapper(this, "exporting", false);
    private final ReadOnlyObjectWrapper<Path> writtenFile = new ReadOnlyObjectWrapper<>(this, "writtenFile");
    private final BooleanBinding canExport;
    private final ChangeListener<Article> openArticleChanged = (obs, old, now) -> refreshPreview();
    private Path replaceConfirmed;

    public ExportViewModel(ReportService service, UiExecutor executor, Dialogs dialogs, Session session,
                           Path folder, Supplier<LocalDate> today) {
        this.service = service;
        this.executor = executor;
        this.dialogs = dialogs;
        this.session = session;
        this.today = today;
        this.preview = new ExportPreview(service, executor, this::refreshPreview);
        urlWarning = Bindings.createStringBinding(() -> format.get() != null && format.get().carriesClaimReview()
                ? preview.missingUrlProperty().get() : "", format, preview.missingUrlProperty());
        destination.set(folder.resolve("claimdesk-report-" + today.get() + ReportFormat.HTML.suffix()).toString());
        format.addListener((obs, old, now) -> destination.set(ExportChoices.withSuffix(destination.get(), old, now)));
        canExport = Bindings.createBooleanBinding(() -> problem.get().isEmpty() && !exporting.get()
                && !destination.get().isBlank(), problem, exporting, destination);
        // Change listeners, not invalidation ones: a property the last refresh did not read must still wake us.
        for (ObservableValue<?> input : List.of(onlyOpenArticle, tags, from, to, dateBasis, title, organisation, url,
                includeHistory)) {
            input.addListener((obs, old, now) -> refreshPreview());
        }
        statuses.addListener((SetChangeListener<ClaimStatus>) change -> {
            title.set(ExportChoices.retitled(title.get(), !choices().warning().isEmpty()));
            refreshPreview();
        });
        verdicts.addListener((SetChangeListener<Verdict>) change -> refreshPreview());
        session.openArticleProperty().addListener(openArticleChanged);
        refreshPreview();
    }

    private ExportChoices choices() {
        return new ExportChoices(Set.copyOf(statuses), Set.copyOf(verdicts), onlyOpenArticle.get(),
                session.openArticleProperty().get(), tags.get(), from.get(), to.get(), dateBasis.get());
    }

    /** The filter the inputs describe, or null after setting {@link #problemProperty()} to say what is wrong. */
    private ReportFilter filterOrNull() {
        ExportChoices choices = choices();
        problem.set(choices.problem());
        return problem.get().isEmpty() ? choices.filter() : null;
    }

    /** Stops following the session; call when the dialog closes, so the session does not keep this alive. */
    public void close() {
        session.openArticleProperty().removeListener(openArticleChanged);
    }

    /** Checks the filter, then builds the report and its HTML off the FX thread. */
    public void refreshPreview() {
        warning.set(choices().warning());
        preview.show(filterOrNull(), heading(), includeHistory.get(), problem::set);
    }

    /** Writes the report to the destination in the background; asks before replacing a file. */
    public void export() {
        ReportFilter filter = filterOrNull();
        if (filter == null || !canExport.get()) {
            return;
        }
        Path target = Path.of(destination.get().strip()).toAbsolutePath();
        if (target.getParent() == null || !Files.isDirectory(target.getParent())) {
            dialogs.showError("Cannot export", "The folder " + target.getParent() + " does not exist.");
            return;
        }
        if (Files.exists(target) && !target.equals(replaceConfirmed)
                && !dialogs.confirm("Replace the file?", target + " exists. Replace it?")) {
            return;
        }
        ReportFormat chosen = format.get();
        ReportService.Heading heading = heading();
        boolean withHistory = includeHistory.get();
        exporting.set(true);
        writtenFile.set(null);
        executor.submit(UiExecutor.Lane.READ, "Exporting the report", progress -> {
            Report report = service.build(filter, heading, withHistory);
            return new Written(ReportFileWriter.write(report, chosen, target, progress), report.entries().size());
        }, written -> {
            exporting.set(false);
            writtenFile.set(written.path());
            session.statusMessageProperty().set("Exported " + written.claims()
                    + (written.claims() == 1 ? " claim to " : " claims to ") + written.path() + ".");
        }, error -> {
            exporting.set(false);
            dialogs.showError("The report was not written", target + ": " + error.getMessage());
        });
    }

    private record Written(Path path, int claims) { }

    /** A path picked in a save dialog, which has already asked whether to replace an existing file. */
    public void destinationChosen(Path chosen) {
        replaceConfirmed = chosen.toAbsolutePath();
        destination.set(chosen.toString());
    }

    private ReportService.Heading heading() {
        // A blank title gets the default for the claims chosen, which the report decides.
        return new ReportService.Heading(title.get(), today.get(), organisation.get(), null, url.get());
    }

    public ObservableSet<ClaimStatus> statuses() {
        return statuses;
    }

    public ObservableSet<Verdict> verdicts() {
        return verdicts;
    }

    public BooleanProperty onlyOpenArticleProperty() {
        return onlyOpenArticle;
    }

    /** Tags as typed: commas or spaces separate them; a claim with any of them matches. */
    public StringProperty tagsProperty() {
        return tags;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    /** Which date the range applies to: the claim's last change (default) or the article's publication. */
    public ObjectProperty<ReportFilter.DateBasis> dateBasisProperty() {
        return dateBasis;
    }

    /** Where the report will be published, or empty; ClaimReview names it as the review's address. */
    public StringProperty urlProperty() {
        return url;
    }

    /** Whether each claim lists its changes from the audit trail (every format but ClaimReview); off at first. */
    public BooleanProperty includeHistoryProperty() {
        return includeHistory;
    }

    public ObjectProperty<ReportFormat> formatProperty() {
        return format;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty organisationProperty() {
        return organisation;
    }

    /** The file to write, as typed or chosen; its suffix follows the format. */
    public StringProperty destinationProperty() {
        return destination;
    }

    /** The report as HTML, for the preview; empty while the filter has a problem. */
    public ReadOnlyStringProperty previewHtmlProperty() {
        return preview.htmlProperty();
    }

    public ReadOnlyIntegerProperty matchCountProperty() {
        return preview.matchCountProperty();
    }

    /** Non-empty when statuses other than Verified and Published are chosen. */
    public ReadOnlyStringProperty warningProperty() {
        return warning.getReadOnlyProperty();
    }

    /** Which claims' ClaimReview lacks the url, while the format carries ClaimReview; empty otherwise. */
    public StringBinding urlWarningProperty() {
        return urlWarning;
    }

    /** Why the filter cannot be used, or empty. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty exportingProperty() {
        return exporting.getReadOnlyProperty();
    }

    public BooleanBinding canExportProperty() {
        return canExport;
    }

    /** The file the last export wrote; null before the first export and while one runs. */
    public ReadOnlyObjectProperty<Path> writtenFileProperty() {
        return writtenFile.getReadOnlyProperty();
    }
}
