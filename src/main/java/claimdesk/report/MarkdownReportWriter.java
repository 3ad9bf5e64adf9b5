package claimdesk.report;

import static claimdesk.report.MarkdownText.inline;

import claimdesk.model.Verdict;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
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
        if (entry.claimant() != null) {
            md.append("- Claimed by: ").append(inline(entry.claimant())).append('\n');
        }
        if (!claim.tags().isEmpty()) {
            md.append("- Tags: ").append(inline(String.join(", ", claim.tags()))).append('\n');
        }
        if (!claim.note().isBlank()) {
            md.append("\n**Note:**\n").append(MarkdownText.block(claim.note())).append('\n');
        }
        if (!entry.sources().isEmpty()) {
            md.append("\n**Sources**\n");
            entry.sources().forEach(source -> source(md, source));
        }
        if (!entry.findings().isEmpty()) {
            md.append("\n**Inconsistent figures**\n\n");
            entry.findings().forEach(finding -> md.append("- **").append(inline(finding.kind())).append("**: ")
                    .append(inline(finding.description())).append('\n'));
        }
        if (!entry.history().isEmpty()) {
            md.append("\n**").append(ReportText.HISTORY).append("**\n\n");
            entry.history().forEach(change -> md.append("- ").append(inline(ReportText.changeLine(change)))
                    .append('\n'));
        }
    }

    /** A list item; the quote, address and files go on lines of the same item, ended by hard breaks. */
    private static void source(StringBuilder md, ReportSource source) {
        List<String> lines = new ArrayList<>();
        lines.add("**" + inline(source.title()) + "**"
                + (source.publisher() == null ? "" : " \u2014 " + inline(source.publisher()))
                + (source.stance() == null ? "" : " (" + inline(source.stance()) + ")"));
        if (source.quote() != null) {
            lines.add("\u201c" + inline(source.quote()) + "\u201d");
        }
        List<String> where = new ArrayList<>();
        if (source.url() != null) {
            where.add(link(source.url()));
        }
        if (source.accessedOn() != null) {
            where.add("accessed " + source.accessedOn());
        }
        if (!where.isEmpty()) {
            lines.add(String.join(" \u00b7 ", where));
        }
        // A hex digest has no backtick, but the file name is user text and gets the usual escaping.
        source.files().forEach(file -> lines.add("File " + inline(file.name()) + ", SHA-256 `"
                + file.sha256().replace("`", "") + "`"));
        md.append("\n- ").append(String.join("\\\n  ", lines)).append('\n');
    }

    private static String link(String url) {
        return HtmlText.isWebAddress(url) ? "<" + url + ">" : inline(url);
    }
}
