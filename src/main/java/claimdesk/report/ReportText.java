package claimdesk.report;

import claimdesk.model.ArticleMetadata;
import java.util.ArrayList;
import java.util.List;

/**
 * The plain-text pieces every text format shows the same way, unescaped: each writer escapes them for its format.
 * Dates are ISO (2025-03-01): the reports go to readers in several countries and locales.
 */
final class ReportText {

    static final String NO_CLAIMS = "No claims match this report's filter.";

    private ReportText() {
    }

    /** "Outlet · by Author · 2025-03-01", leaving out what is unknown; empty when nothing is known. */
    static String articleDetails(ArticleMetadata article) {
        List<String> parts = new ArrayList<>();
        if (article.outlet() != null) {
            parts.add(article.outlet());
        }
        if (article.author() != null) {
            parts.add("by " + article.author());
        }
        if (article.publishedOn() != null) {
            parts.add(article.publishedOn().toString());
        }
        return String.join(" \u00b7 ", parts);
    }

    /** "2025-03-01 · Claimdesk desk · Reviewers: ana, ben" */
    static String heading(Report report) {
        String line = report.date() + " \u00b7 " + report.organisation();
        return report.reviewers().isEmpty() ? line : line + " \u00b7 Reviewers: " + String.join(", ", report.reviewers());
    }

    static String claimCount(int count) {
        return count == 1 ? "1 claim" : count + " claims";
    }
}
