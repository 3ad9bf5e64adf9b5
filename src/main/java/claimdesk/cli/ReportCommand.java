package claimdesk.cli;

import claimdesk.model.ClaimStatus;
import claimdesk.model.Progress;
import claimdesk.model.Verdict;
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
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;

/**
 * Writes a report of verified claims. Without {@code --status} only Verified and Published claims go in; naming
 * other statuses is the explicit choice that lets them in, and the report then says so at the top.
 *
 * <p>Exit codes: 0 report written (also when no claim matched: the report says so), 1 the file could not be
 * written, 2 bad usage (unknown format, status or verdict, a date range that ends before it starts), 3 ledger
 * unavailable.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Write a report of verified claims as HTML, PDF, Markdown, CSV or ClaimReview JSON-LD.")
final class ReportCommand extends LedgerCommand {

    @Option(names = "--format", required = true, paramLabel = "FORMAT", converter = FormatConverter.class,
            description = "html, pdf, md, csv or claimreview.")
    ReportFormat format;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The file to write (replaced).")
    Path out;

    @Option(names = "--status", split = ",", paramLabel = "STATUS", converter = StatusConverter.class,
            description = "Statuses to include (default: verified,published); others: draft, in-review.")
    List<ClaimStatus> statuses;

    @Option(names = "--verdict", split = ",", paramLabel = "VERDICT", converter = VerdictConverter.class,
            description = "Only these verdicts: true, mostly-true, misleading, mostly-false, false, unverifiable, "
                    + "inconsistent, unrated.")
    List<Verdict> verdicts;

    @Option(names = "--article", split = ",", paramLabel = "ID", description = "Only claims in these articles "
            + "(ids as shown by `list`).")
    List<Long> articles;

    @Option(names = "--tag", split = ",", paramLabel = "TAG", description = "Only claims with any of these tags.")
    List<String> tags;

    @Option(names = "--from", paramLabel = "DATE", description = "First day (yyyy-mm-dd) of the date range.")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "Last day (yyyy-mm-dd) of the date range.")
    LocalDate to;

    @Option(names = "--date-of", paramLabel = "WHAT", defaultValue = "updated", converter = DateBasisConverter.class,
            description = "What --from/--to apply to: updated (the claim's last change, default) or published "
                    + "(the article's date; articles without one are left out).")
    ReportFilter.DateBasis dateBasis;

    @Option(names = "--title", defaultValue = "Verified claims", description = "Report title (default: ${DEFAULT-VALUE}).")
    String title;

    @Option(names = "--organisation", defaultValue = Report.DEFAULT_ORGANISATION,
            description = "Who publishes the report (default: ${DEFAULT-VALUE}); the ClaimReview author.")
    String organisation;

    @Option(names = "--reviewer", split = ",", paramLabel = "NAME",
            description = "Reviewers to name (default: everyone who changed the chosen claims).")
    List<String> reviewers;

    @Option(names = "--url", paramLabel = "URL", description = "Where the report will be published (ClaimReview url).")
    String url;

    @Option(names = "--date", paramLabel = "DATE", description = "The report's date (default: today).")
    LocalDate date;

    @Override
    protected int run(LedgerStore store) {
        ReportFilter filter;
        try {
            filter = new ReportFilter(statuses == null ? null : Set.copyOf(statuses),
                    verdicts == null ? null : Set.copyOf(verdicts), articles == null ? null : Set.copyOf(articles),
                    tags == null ? null : Set.copyOf(tags), from, to, dateBasis, ZoneId.systemDefault());
        } catch (IllegalArgumentException e) {
            err().println("claimdesk report: " + e.getMessage());
            return ClaimdeskCli.EXIT_USAGE;
        }
        LocalDate day = date == null ? LocalDate.now() : date;
        Report report = new ReportService(store).build(filter,
                new ReportService.Heading(title, day, organisation, reviewers, url));
        try {
            ReportFileWriter.write(report, format, out, Progress.NONE);
        } catch (IOException | RuntimeException e) {
            err().println("claimdesk report: cannot write " + out + ": " + e.getMessage());
            return ClaimdeskCli.EXIT_PROBLEM;
        }
        out().println("Wrote " + report.entries().size() + (report.entries().size() == 1 ? " claim" : " claims")
                + " to " + out + " (" + format.code() + ").");
        if (report.unverifiedIncluded()) {
            out().println("Note: the report " + Report.UNVERIFIED_WARNING.toLowerCase(Locale.ROOT)
                    + ", and says so at the top.");
        }
        return 0;
    }

    /** Accepts "in-review", "IN_REVIEW" and "in review" alike. */
    private static String constant(String value) {
        return value.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    }

    static final class FormatConverter implements ITypeConverter<ReportFormat> {
        public ReportFormat convert(String value) {
            return ReportFormat.ofCode(value.strip());
        }
    }

    static final class StatusConverter implements ITypeConverter<ClaimStatus> {
        public ClaimStatus convert(String value) {
            return ClaimStatus.valueOf(constant(value));
        }
    }

    static final class VerdictConverter implements ITypeConverter<Verdict> {
        public Verdict convert(String value) {
            return Verdict.valueOf(constant(value));
        }
    }

    static final class DateBasisConverter implements ITypeConverter<ReportFilter.DateBasis> {
        public ReportFilter.DateBasis convert(String value) {
            return switch (value.strip().toLowerCase(Locale.ROOT)) {
                case "updated" -> ReportFilter.DateBasis.CLAIM_UPDATED;
                case "published" -> ReportFilter.DateBasis.ARTICLE_PUBLISHED;
                default -> throw new IllegalArgumentException("expected updated or published, not " + value);
            };
        }
    }
}
