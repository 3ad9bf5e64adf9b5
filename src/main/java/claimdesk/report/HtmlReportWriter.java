package claimdesk.report;

import static claimdesk.report.HtmlText.escape;

import claimdesk.model.ClaimChange;
import claimdesk.model.Verdict;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The report as one self-contained HTML5 file: the style sheet is inlined and nothing is loaded from the network,
 * so the file can be mailed, archived or printed as it is. Every piece of user text is escaped, and elements that
 * hold it carry {@code dir="auto"} so right-to-left text (Dari, Arabic) lays out the right way round. Only http(s)
 * addresses become links. The output is also well-formed XML, which the PDF writer relies on.
 *
 * <p>The head carries the ClaimReview JSON-LD of the rated claims ({@link ClaimReviewWriter}), so a publisher uploads
 * one file and search engines find the reviews; the JSON writes {@code < > &} as escapes, so no text in it can end the
 * script element. Each source lists what a reader needs to find and check it, down to the SHA-256 of each file.
 */
public final class HtmlReportWriter implements ReportWriter {

    private static final String CSS = loadCss();

    @Override
    public void write(Report report, OutputStream out) throws IOException {
        out.write(render(report).getBytes(StandardCharsets.UTF_8));
    }

    /** The whole document as a string. */
    String render(Report report) {
        StringBuilder html = new StringBuilder(8192);
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\" />\n")
                .append("<title>").append(escape(report.title())).append("</title>\n")
                .append("<style>\n").append(CSS).append("</style>\n");
        String reviews = ClaimReviewWriter.scriptText(report);
        if (reviews != null) {
            html.append("<script type=\"application/ld+json\">\n").append(reviews).append("\n</script>\n");
        }
        html.append("</head>\n<body>\n<header>\n")
                .append("<h1 dir=\"auto\">").append(escape(report.title())).append("</h1>\n")
                .append("<p class=\"meta\" dir=\"auto\">").append(escape(ReportText.heading(report))).append("</p>\n");
        if (report.unverifiedIncluded()) {
            html.append("<p class=\"warning\">").append(Report.UNVERIFIED_WARNING).append(".</p>\n");
        }
        html.append("<p class=\"filter\" dir=\"auto\">Claims chosen by: ").append(escape(report.filterDescription()))
                .append("</p>\n");
        summary(html, report);
        html.append("</header>\n");
        if (report.entries().isEmpty()) {
            html.append("<p>").append(ReportText.NO_CLAIMS).append("</p>\n");
        }
        for (int i = 0; i < report.entries().size(); i++) {
            entry(html, i + 1, report.entries().get(i));
        }
        html.append("<footer>").append(escape(report.organisation())).append(" \u00b7 ")
                .append(report.date()).append(" \u00b7 made with Claimdesk</footer>\n</body>\n</html>\n");
        return html.toString();
    }

    private static void summary(StringBuilder html, Report report) {
        html.append("<table class=\"summary\">\n<tr><th>Verdict</th><th>Claims</th></tr>\n");
        for (Map.Entry<Verdict, Integer> count : report.countsByVerdict().entrySet()) {
            html.append("<tr><td>").append(count.getKey().label()).append("</td><td class=\"count\">")
                    .append(count.getValue()).append("</td></tr>\n");
        }
        html.append("<tr class=\"total\"><td>Total</td><td class=\"count\">").append(report.entries().size())
                .append("</td></tr>\n</table>\n");
    }

    private static void entry(StringBuilder html, int number, ReportEntry entry) {
        var claim = entry.claim();
        var article = entry.article();
        Verdict verdict = claim.verdict();
        html.append("<section class=\"claim\" id=\"claim-").append(claim.uuid()).append("\">\n")
                .append("<h2>Claim ").append(number).append(" <span class=\"verdict v-")
                .append(verdict.name().toLowerCase(Locale.ROOT)).append("\">").append(verdict.label())
                .append("</span></h2>\n");
        String before = QuoteContext.before(claim.quote());
        String after = QuoteContext.after(claim.quote());
        html.append("<blockquote dir=\"auto\">")
                .append(before.isEmpty() ? "" : "<span class=\"context\">\u2026" + escape(before) + "</span>")
                .append("<span class=\"quote\">").append(escape(QuoteContext.quote(claim.quote()))).append("</span>")
                .append(after.isEmpty() ? "" : "<span class=\"context\">" + escape(after) + "\u2026</span>")
                .append("</blockquote>\n");
        html.append("<p class=\"article\">In <span class=\"headline\" dir=\"auto\">")
                .append(escape(article.headline())).append("</span>");
        String details = ReportText.articleDetails(article);
        if (!details.isEmpty()) {
            html.append(" \u2014 <span dir=\"auto\">").append(escape(details)).append("</span>");
        }
        html.append("</p>\n");
        if (article.url() != null) {
            html.append("<p class=\"url\">").append(link(article.url())).append("</p>\n");
        }
        html.append("<table class=\"fields\">\n");
        field(html, "Status", escape(claim.status().label()));
        if (entry.claimant() != null) {
            field(html, "Claimed by", "<span dir=\"auto\">" + escape(entry.claimant()) + "</span>");
        }
        if (!claim.tags().isEmpty()) {
            field(html, "Tags", "<span dir=\"auto\">" + escape(String.join(", ", claim.tags())) + "</span>");
        }
        if (!claim.note().isBlank()) {
            field(html, "Note", "<div class=\"note\" dir=\"auto\">" + escape(claim.note().strip()) + "</div>");
        }
        html.append("</table>\n");
        sources(html, entry.sources());
        findings(html, entry.findings());
        history(html, entry.history());
        html.append("</section>\n");
    }

    private static void field(StringBuilder html, String name, String valueHtml) {
        html.append("<tr><th>").append(name).append("</th><td>").append(valueHtml).append("</td></tr>\n");
    }

    private static void sources(StringBuilder html, List<ReportSource> sources) {
        if (sources.isEmpty()) {
            return;
        }
        html.append("<h3>Sources</h3>\n<ul class=\"sources\">\n");
        for (ReportSource source : sources) {
            html.append("<li><span class=\"source-title\" dir=\"auto\">").append(escape(source.title()))
                    .append("</span>");
            if (source.publisher() != null) {
                html.append(" \u2014 <span class=\"publisher\" dir=\"auto\">").append(escape(source.publisher()))
                        .append("</span>");
            }
            if (source.stance() != null) {
                html.append(" <span class=\"stance\">(").append(escape(source.stance())).append(")</span>");
            }
            if (source.quote() != null) {
                html.append("\n<div class=\"source-quote\" dir=\"auto\">\u201c").append(escape(source.quote()))
                        .append("\u201d</div>");
            }
            List<String> where = new ArrayList<>();
            if (source.url() != null) {
                where.add("<span class=\"url\">" + link(source.url()) + "</span>");
            }
            if (source.accessedOn() != null) {
                where.add("accessed " + source.accessedOn());
            }
            if (!where.isEmpty()) {
                html.append("\n<div class=\"source-where\">").append(String.join(" \u00b7 ", where)).append("</div>");
            }
            for (ReportSource.File file : source.files()) {
                html.append("\n<div class=\"file\">File <span dir=\"auto\">").append(escape(file.name()))
                        .append("</span>, SHA-256 <code class=\"sha256\">").append(escape(file.sha256()))
                        .append("</code></div>");
            }
            html.append("</li>\n");
        }
        html.append("</ul>\n");
    }

    private static void findings(StringBuilder html, List<ReportFinding> findings) {
        if (findings.isEmpty()) {
            return;
        }
        html.append("<h3>Inconsistent figures</h3>\n<ul class=\"findings\">\n");
        for (ReportFinding finding : findings) {
            html.append("<li dir=\"auto\"><strong>").append(escape(finding.kind())).append("</strong>: ")
                    .append(escape(finding.description())).append("</li>\n");
        }
        html.append("</ul>\n");
    }

    /** The claim's changes, newest first, in a table; values are escaped like every other piece of user text. */
    private static void history(StringBuilder html, List<ClaimChange> history) {
        if (history.isEmpty()) {
            return;
        }
        html.append("<h3>").append(ReportText.HISTORY).append("</h3>\n<table class=\"history\">\n")
                .append("<tr><th>When</th><th>Who</th><th>What</th><th>Change</th></tr>\n");
        for (ClaimChange change : history) {
            html.append("<tr><td class=\"when\">").append(escape(ReportText.when(change.at())))
                    .append("</td><td class=\"who\" dir=\"auto\">").append(escape(ReportText.who(change)))
                    .append("</td><td class=\"what\" dir=\"auto\">").append(escape(change.what()))
                    .append("</td><td class=\"change\"><span class=\"old\" dir=\"auto\">")
                    .append(escape(ReportText.value(change.oldValue())))
                    .append("</span> \u2192 <span class=\"new\" dir=\"auto\">")
                    .append(escape(ReportText.value(change.newValue()))).append("</span></td></tr>\n");
        }
        html.append("</table>\n");
    }

    private static String link(String url) {
        String text = escape(url);
        return HtmlText.isWebAddress(url) ? "<a href=\"" + text + "\">" + text + "</a>" : text;
    }

    private static String loadCss() {
        try (InputStream in = HtmlReportWriter.class.getResourceAsStream("report.css")) {
            if (in == null) {
                throw new IllegalStateException("report.css is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
