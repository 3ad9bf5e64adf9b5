package claimdesk.report;

import java.util.Locale;
import java.util.function.Supplier;

/** The formats a report can be written in, with the code used on the command line and the usual file suffix. */
public enum ReportFormat {
    HTML("html", ".html", HtmlReportWriter::new),
    PDF("pdf", ".pdf", PdfReportWriter::new),
    MD("md", ".md", MarkdownReportWriter::new),
    CSV("csv", ".csv", CsvReportWriter::new),
    CLAIMREVIEW("claimreview", ".jsonld", ClaimReviewWriter::new);

    private final String code;
    private final String suffix;
    private final Supplier<ReportWriter> writer;

    ReportFormat(String code, String suffix, Supplier<ReportWriter> writer) {
        this.code = code;
        this.suffix = suffix;
        this.writer = writer;
    }

    public String code() {
        return code;
    }

    public String suffix() {
        return suffix;
    }

    /** A new writer for this format, with its default settings (the PDF writer looks for DejaVu Sans). */
    public ReportWriter writer() {
        return writer.get();
    }

    /** True for the formats that carry ClaimReview JSON-LD (the HTML report embeds it), which needs a url. */
    public boolean carriesClaimReview() {
        return this == CLAIMREVIEW || this == HTML;
    }

    @Override
    public String toString() {
        return code;
    }

    public static ReportFormat ofCode(String code) {
        for (ReportFormat format : values()) {
            if (format.code.equals(code.toLowerCase(Locale.ROOT))) {
                return format;
            }
        }
        throw new IllegalArgumentException("unknown report format " + code);
    }
}
