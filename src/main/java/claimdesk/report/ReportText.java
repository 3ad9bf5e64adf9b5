package claimdesk.report;

import claimdesk.model.ArticleMetadata;
import claimdesk.model.ClaimChange;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The plain-text pieces every text format shows the same way, unescaped: each writer escapes them for its format.
 * Dates are ISO (2025-03-01): the reports go to readers in several countries and locales. Times of changes are the
 * desk's local time with its offset from UTC ("2025-03-01 14:05 +01:00"), so a reader elsewhere can place them.
 */
final class ReportText {

    static final String NO_CLAIMS = "No claims match this report's filter.";
    static final String HISTORY = "History";

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm xxx");

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

    /** When a change was made, in the local time of the machine writing the report. */
    static String when(Instant at) {
        return WHEN.format(at.atZone(ZoneId.systemDefault()));
    }

    /** Who signed a change; rows from before changes were signed say so. */
    static String who(ClaimChange change) {
        return change.reviewer() == null || change.reviewer().isBlank() ? "(unsigned)" : change.reviewer();
    }

    /** A value before or after a change: null is "(none)" (a creation or deletion), "" is "(empty)". */
    static String value(String value) {
        return value == null ? "(none)" : value.isEmpty() ? "(empty)" : value;
    }

    /**
     * The change on one line: "2025-03-01 14:05 +01:00 · ana · note: Checked -> Checked twice". Line breaks in the
     * values become spaces, so one change is one line.
     */
    static String changeLine(ClaimChange change) {
        return (when(change.at()) + " \u00b7 " + who(change) + " \u00b7 " + change.what() + ": "
                + value(change.oldValue()) + " -> " + value(change.newValue())).replaceAll("\\s*\\R\\s*", " ");
    }
}
