package claimdesk.report;

import static claimdesk.report.MarkdownText.inline;

import claimdesk.model.Verdict;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The report as CommonMark for wikis and chat: the same content as the HTML report, in the same order. User text is
 * escaped by {@link MarkdownText}; only http(s) addresses become links.
 */
public final class MarkdownReportWriter implements ReportWriter {

    @Override
    public void write(Report report, OutputStream out) throws IOException {
        out.write(render(report).getBytes(StandardCharsets.UTF_8));
    }

    String render(Report report) {
        StringBuilder md = new StringBuilder(4096);
        md.append("# ").append(inline(report.title())).append("\n\n")
                .append(inline(ReportText.heading(report))).append("\n\n");
        if (report.unverifiedIncluded()) {
            md.append("> **").append(Report.UNVERIFIED_WARNING).append(".**\n\n");
        }
        md.append("Claims chosen by: ").append(inline(report.filterDescription())).append("\n\n");
        md.append("| Verdict | Claims |\n| --- | ---: |\n");
        for (Map.Entry<Verdict, Integer> count : report.countsByVerdict().entrySet()) {
            md.append("| ").append(count.getKey().label()).append(" | ").append(count.getValue()).append(" |\n");
        }
        md.append("| **Total** | **").append(report.entries().size()).append("** |\n");
        if (report.entries().isEmpty()) {
            md.append('\n').append(ReportText.NO_CLAIMS).append('\n');
        }
        for (int i = 0; i < report.entries().size(); i++) {
            entry(md, i + 1, report.entries().get(i));
        }
        return md.toString();
    }

    private static void entry(StringBuilder md, int number, ReportEntry entry) {
        var claim = entry.claim();
        var article = entry.article();
        md.append("\n## Claim ").append(number).append(": ").append(claim.verdict().label()).append("\n\n");
        String before = QuoteContext.before(claim.quote());
        String after = QuoteContext.after(claim.quote());
        // Emphasis keeps the text's own spacing: "**quote**, said" must not become "**quote** , said".
        md.append("> ").append(before.isEmpty() ? "" : "\u2026" + inline(before) + (before.endsWith(" ") ? " " : ""))
                .append("**").append(inline(QuoteContext.quote(claim.quote()))).append("**")
                .append(after.isEmpty() ? "" : (after.startsWith(" ") ? " " : "") + inline(after) + "\u2026")
                .append("\n\n");
        md.append("In *").append(inline(article.headline())).append('*');
        String details = ReportText.articleDetails(article);
        if (!details.isEmpty()) {
            md.append(" \u2014 ").append(inline(details));
        }
        md.append('\n');
        if (article.url() != null) {
            md.append(link(article.url())).append('\n');
        }
        md.append("\n- Status: ").append(claim.status().label()).append('\n');
        if (!claim.tags().isEmpty()) {
            md.append("- Tags: ").append(inline(String.join(", ", claim.tags()))).append('\n');
        }
        if (!claim.note().isBlank()) {
            md.append("\n**Note:**\n").append(MarkdownText.block(claim.note())).append('\n');
        }
        if (!entry.sources().isEmpty()) {
            md.append("\n**Sources**\n\n");
            for (ReportSource source : entry.sources()) {
                md.append("- ").append(inline(source.title()));
                if (source.stance() != null) {
                    md.append(" (").append(inline(source.stance())).append(')');
                }
                if (source.quote() != null) {
                    md.append(": \u201c").append(inline(source.quote())).append('\u201d');
                }
                if (source.accessedOn() != null) {
                    md.append(" \u2014 accessed ").append(source.accessedOn());
                }
                if (source.url() != null) {
                    md.append(' ').append(link(source.url()));
                }
                md.append('\n');
            }
        }
        if (!entry.findings().isEmpty()) {
            md.append("\n**Inconsistent figures**\n\n");
            entry.findings().forEach(finding -> md.append("- **").append(inline(finding.kind())).append("**: ")
                    .append(inline(finding.description())).append('\n'));
        }
    }

    private static String link(String url) {
        return HtmlText.isWebAddress(url) ? "<" + url + ">" : inline(url);
    }
}
