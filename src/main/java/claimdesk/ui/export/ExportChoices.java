package claimdesk.ui.export;

import claimdesk.model.Article;
import claimdesk.model.ClaimStatus;
import claimdesk.model.Tags;
import claimdesk.model.Verdict;
import claimdesk.report.Report;
import claimdesk.report.ReportFilter;
import claimdesk.report.ReportFormat;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A snapshot of the dialog's filter inputs and what follows from them: the problem that blocks the export, the
 * warning about unverified claims, and the {@link ReportFilter}. Unlike {@code ReportFilter}, an empty status set is
 * a problem here rather than "Verified and Published": in a dialog, unticking everything is a mistake to point out.
 */
record ExportChoices(Set<ClaimStatus> statuses, Set<Verdict> verdicts, boolean onlyOpenArticle, Article openArticle,
                     String tags, LocalDate from, LocalDate to, ReportFilter.DateBasis dateBasis) {

    static final String VERIFIED_TITLE = Report.VERIFIED_TITLE;
    static final String MIXED_TITLE = Report.MIXED_TITLE;

    /** Why these choices cannot make a report, or empty. */
    String problem() {
        if (statuses.isEmpty()) {
            return "Choose at least one status.";
        }
        if (onlyOpenArticle && openArticle == null) {
            return "No article is open.";
        }
        if (from != null && to != null && from.isAfter(to)) {
            return "The date range starts after it ends.";
        }
        return "";
    }

    /** The filter; call only when {@link #problem()} is empty. */
    ReportFilter filter() {
        Set<Long> articles = onlyOpenArticle ? Set.of(openArticle.id()) : null;
        return new ReportFilter(statuses, verdicts, articles, Set.copyOf(Tags.parse(tags)), from, to, dateBasis,
                ZoneId.systemDefault());
    }

    /** Names the chosen statuses that are not verified, or empty when there are none. */
    String warning() {
        Set<ClaimStatus> others = EnumSet.allOf(ClaimStatus.class);
        others.removeAll(ReportFilter.VERIFIED);
        others.retainAll(statuses);
        if (others.isEmpty()) {
            return "";
        }
        return Report.UNVERIFIED_WARNING + " (" + others.stream().map(ClaimStatus::label)
                .collect(Collectors.joining(", ")) + "); the report says so at the top.";
    }

    /**
     * Swaps a default title for the other default when unverified statuses come or go: drafts must not go out as
     * "Verified claims". A title the reviewer typed is kept.
     */
    static String retitled(String title, boolean mixed) {
        if (mixed && VERIFIED_TITLE.equals(title)) {
            return MIXED_TITLE;
        }
        return !mixed && MIXED_TITLE.equals(title) ? VERIFIED_TITLE : title;
    }

    /** Swaps the old format's suffix for the new one, so the file name keeps matching the format. */
    static String withSuffix(String path, ReportFormat old, ReportFormat now) {
        if (path == null || now == null) {
            return path;
        }
        String base = old != null && path.endsWith(old.suffix())
                ? path.substring(0, path.length() - old.suffix().length()) : path;
        return base.endsWith(now.suffix()) ? base : base + now.suffix();
    }
}
