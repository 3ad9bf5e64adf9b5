package claimdesk.ui.export;

import claimdesk.report.ClaimReviewWriter;
import claimdesk.report.Report;
import claimdesk.report.ReportFilter;
import claimdesk.report.ReportFormat;
import claimdesk.service.ReportService;
import claimdesk.ui.UiExecutor;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The export dialog's preview: the report as HTML, how many claims match, and which claims' ClaimReview would lack
 * its url. Built off the FX thread one build at a time; a request made during a build sets the preview stale, and
 * when the build ends {@code again} runs (the view model re-reads its inputs and asks once more) instead of showing
 * outdated results. Lives on the FX thread.
 */
final class ExportPreview {

    private final ReportService service;
    private final UiExecutor executor;
    private final Runnable again;
    private final ReadOnlyStringWrapper html = new ReadOnlyStringWrapper(this, "html", "");
    private final ReadOnlyIntegerWrapper matchCount = new ReadOnlyIntegerWrapper(this, "matchCount", 0);
    private final ReadOnlyStringWrapper missingUrl = new ReadOnlyStringWrapper(this, "missingUrl", "");
    private boolean running;
    private boolean stale;

    ExportPreview(ReportService service, UiExecutor executor, Runnable again) {
        this.service = service;
        this.executor = executor;
        this.again = again;
    }

    /** Builds the preview of {@code filter}; null (the filter has a problem) empties it. */
    void show(ReportFilter filter, ReportService.Heading heading, boolean withHistory, Consumer<String> failed) {
        if (running) {
            // One build at a time: typing a title must not queue a build per keystroke; the last change wins.
            stale = true;
            return;
        }
        if (filter == null) {
            html.set("");
            matchCount.set(0);
            missingUrl.set("");
            return;
        }
        running = true;
        executor.submit(UiExecutor.Lane.READ, "Updating the report preview", progress -> {
            Report report = service.build(filter, heading, withHistory);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ReportFormat.HTML.writer().write(report, out);
            return new Built(report.entries().size(), out.toString(StandardCharsets.UTF_8),
                    ClaimReviewWriter.missingUrlWarning(report));
        }, built -> done(() -> {
            matchCount.set(built.claims());
            html.set(built.html());
            missingUrl.set(built.missingUrl());
        }), error -> done(() -> failed.accept("The preview failed: " + error.getMessage())));
    }

    /** Shows a finished build, unless the inputs changed meanwhile: then asks again instead. */
    private void done(Runnable showIt) {
        running = false;
        if (stale) {
            stale = false;
            again.run();
        } else {
            showIt.run();
        }
    }

    private record Built(int claims, String html, String missingUrl) { }

    ReadOnlyStringProperty htmlProperty() {
        return html.getReadOnlyProperty();
    }

    ReadOnlyIntegerProperty matchCountProperty() {
        return matchCount.getReadOnlyProperty();
    }

    /** {@link ClaimReviewWriter#missingUrlWarning} of the last build, whatever the format. */
    ReadOnlyStringProperty missingUrlProperty() {
        return missingUrl.getReadOnlyProperty();
    }
}
