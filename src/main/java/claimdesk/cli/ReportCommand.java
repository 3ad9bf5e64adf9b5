package claimdesk.cli;

import claimdesk.model.Progress;
import claimdesk.report.ClaimReviewWriter;
import claimdesk.report.Report;
import claimdesk.report.ReportFilter;
import claimdesk.report.ReportFormat;
import claimdesk.service.ReportFileWriter;
import claimdesk.service.ReportService;
import claimdesk.store.LedgerStore;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Writes a report of verified claims. Without {@code --status} only Verified and Published claims go in; naming
 * other statuses is the explicit choice that lets them in, and the report then says so at the top and in its
 * default title.
 *
 * <p>Exit codes: 0 report written (also when no claim matched: the report says so, and also when ClaimReview
 * reviews lack a url: a warning on stderr names them), 1 the file could not be written, 2 bad usage (unknown format,
 * status, verdict or date, a date range that ends before it starts; one line on stderr names the value and the
 * allowed ones), 3 ledger unavailable.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Write a report of verified claims as HTML, PDF, Markdown, CSV or ClaimReview JSON-LD.")
final class ReportCommand extends LedgerCommand {

    // Text options are read by ReportValues, which says in one line what is wrong with a bad value.
    @Option(names = "--format", required = true, paramLabel = "FORMAT",
            description = "html, pdf, md, csv or claimreview.")
    String format;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The file to write (replaced).")
    Path out;

    @Option(names = "--status", split = ",", paramLabel = "STATUS",
            description = "Statuses to include (default: verified,published); others: draft, in-review.")
    List<String> statuses;

    @Option(names = "--verdict", split = ",", paramLabel = "VERDICT",
            description = "Only these verdicts: true, mostly-true, misleading, mostly-false, false, unverifiable, "
                    + "inconsistent, unrated.")
    List<String> verdicts;

    @Option(names = "--article", split = ",", paramLabel = "ID", description = "Only claims in these articles "
            + "(ids as shown by `list`).")
    List<Long> articles;

    @Option(names = "--tag", split = ",", paramLabel = "TAG", description = "Only claims with any of these tags.")
    List<String> tags;

    @Option(names = "--from", paramLabel = "DATE", description = "First day (yyyy-mm-dd) of the date range.")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Last day (yyyy-mm-dd) of the date range.")
    String to;

    @Option(names = "--date-of", paramLabel = "WHAT", defaultValue = "updated",
            description = "What --from/--to apply to: updated (the claim's last change, default) or published "
                    + "(the article's date; articles without one are left out).")
    String dateBasis;

    @Option(names = "--title", description = "Report title (default: \"" + Report.VERIFIED_TITLE + "\", or \""
            + Report.MIXED_TITLE + "\" when claims that are not verified are included).")
    String title;

    @Option(names = "--organisation", defaultValue = Report.DEFAULT_ORGANISATION,
            description = "Who publishes the report (default: ${DEFAULT-VALUE}); the ClaimReview author.")
    String organisation;

    @Option(names = "--reviewer", split = ",", paramLabel = "NAME",
            description = "Reviewers to name (default: everyone who changed the chosen claims).")
    List<String> reviewers;

    @Option(names = "--url", paramLabel = "URL", description = "Where the report will be published (ClaimReview url; "
            + "html and claimreview warn without it).")
    String url;

    @Option(names = "--date", paramLabel = "DATE", description = "The report's date (default: today).")
    String date;

    @Option(names = "--history", description = "List each claim's changes from the audit trail, newest first: who "
            + "changed which field when, old and new value (a history column in csv; claimreview has no place "
            + "for it and leaves it out).")
    boolean history;

    @Override
    protected int run(LedgerStore store) {
        ReportFormat chosen;
        ReportFilter filter;
        LocalDate day;
        try {
            chosen = ReportValues.format(format);
            filter = new ReportFilter(ReportValues.statuses(statuses), ReportValues.verdicts(verdicts),
                    articles == null ? null : Set.copyOf(articles), tags == null ? null : Set.copyOf(tags),
                    ReportValues.date("--from", from), ReportValues.date("--to", to),
                    ReportValues.dateBasis(dateBasis), ZoneId.systemDefault());
            day = date == null ? LocalDate.now() : ReportValues.date("--date", date);
        } catch (ReportValues.BadValue | IllegalArgumentException e) {
            err().println("claimdesk report: " + e.getMessage());
            return ClaimdeskCli.EXIT_USAGE;
        }
        Report report = new ReportService(store).build(filter,
                new ReportService.Heading(title, day, organisation, reviewers, url), history);
        try {
            ReportFileWriter.write(report, chosen, out, Progress.NONE);
        } catch (IOException | RuntimeException e) {
            err().println("claimdesk report: cannot write " + out + ": " + e.getMessage());
            return ClaimdeskCli.EXIT_PROBLEM;
        }
        out().println("Wrote " + report.entries().size() + (report.entries().size() == 1 ? " claim" : " claims")
                + " to " + out + " (" + chosen.code() + ").");
        if (report.unverifiedIncluded()) {
            out().println("Note: the report " + Report.UNVERIFIED_WARNING.toLowerCase(Locale.ROOT)
                    + ", and says so at the top.");
        }
        String missingUrl = ClaimReviewWriter.missingUrlWarning(report);
        if (chosen.carriesClaimReview() && !missingUrl.isEmpty()) {
            err().println("claimdesk report: warning: " + TerminalText.safe(missingUrl) + " Give it with --url.");
        }
        return 0;
    }
}
