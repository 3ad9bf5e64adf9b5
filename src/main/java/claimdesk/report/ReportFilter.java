package claimdesk.report;

import claimdesk.model.ClaimStatus;
import claimdesk.model.Tags;
import claimdesk.model.Verdict;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Which claims go into a report. Each part narrows the choice; an empty set means "any" except for
 * {@code statuses}, where empty or null means Verified and Published, so that a claim that is not verified only
 * ever enters a report by an explicit choice. Within a part, one match is enough (any of the tags, any of the
 * verdicts).
 *
 * <p>The date range {@code from}..{@code to} is inclusive, either end may be null, and it applies to the date named
 * by {@code dateBasis}: by default the day the claim was last changed in {@code zone} (a desk reports on the work
 * of a period), or the article's publication date, in which case an article without a date never matches a range.
 */
public record ReportFilter(Set<ClaimStatus> statuses, Set<Verdict> verdicts, Set<Long> articleIds, Set<String> tags,
                           LocalDate from, LocalDate to, DateBasis dateBasis, ZoneId zone) {

    /** The statuses a report carries unless told otherwise. */
    public static final Set<ClaimStatus> VERIFIED =
            Collections.unmodifiableSet(EnumSet.of(ClaimStatus.VERIFIED, ClaimStatus.PUBLISHED));

    /** Which date the range applies to. */
    public enum DateBasis { CLAIM_UPDATED, ARTICLE_PUBLISHED }

    public ReportFilter {
        statuses = statuses == null || statuses.isEmpty() ? VERIFIED
                : Collections.unmodifiableSet(EnumSet.copyOf(statuses));
        verdicts = verdicts == null || verdicts.isEmpty() ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(verdicts));
        articleIds = articleIds == null ? Set.of() : Collections.unmodifiableSet(new TreeSet<>(articleIds));
        tags = Set.copyOf(Tags.normalise(tags));
        dateBasis = dateBasis == null ? DateBasis.CLAIM_UPDATED : dateBasis;
        zone = zone == null ? ZoneId.systemDefault() : zone;
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("the date range starts (" + from + ") after it ends (" + to + ")");
        }
    }

    /** Verified and Published claims of every article, any date. */
    public static ReportFilter verifiedOnly(ZoneId zone) {
        return new ReportFilter(null, null, null, null, null, null, null, zone);
    }

    /** True when the filter lets in claims that are neither Verified nor Published. */
    public boolean includesUnverified() {
        return !VERIFIED.containsAll(statuses);
    }

    public boolean matches(ReportEntry entry) {
        var claim = entry.claim();
        return statuses.contains(claim.status())
                && (verdicts.isEmpty() || verdicts.contains(claim.verdict()))
                && (articleIds.isEmpty() || articleIds.contains(entry.articleId()))
                && (tags.isEmpty() || Tags.anyMatches(claim.tags(), tags))
                && inRange(dateOf(entry));
    }

    private LocalDate dateOf(ReportEntry entry) {
        if (dateBasis == DateBasis.ARTICLE_PUBLISHED) {
            return entry.article().publishedOn();
        }
        return entry.claim().updatedAt() == null ? null : entry.claim().updatedAt().atZone(zone).toLocalDate();
    }

    private boolean inRange(LocalDate date) {
        if (from == null && to == null) {
            return true;
        }
        return date != null && (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
    }

    /** The filter in words, for the top of the report: "Status: Verified, Published; tags: health". */
    public String describe() {
        List<String> parts = new ArrayList<>();
        parts.add("Status: " + labels(statuses.stream().map(ClaimStatus::label)));
        if (!verdicts.isEmpty()) {
            parts.add("verdict: " + labels(verdicts.stream().map(Verdict::label)));
        }
        if (!articleIds.isEmpty()) {
            parts.add("articles: " + labels(articleIds.stream().map(String::valueOf)));
        }
        if (!tags.isEmpty()) {
            parts.add("tags: " + labels(tags.stream().sorted()));
        }
        if (from != null || to != null) {
            String what = dateBasis == DateBasis.ARTICLE_PUBLISHED ? "article published" : "claim updated";
            String range = from == null ? "until " + to : to == null ? "from " + from + " on" : "from " + from + " to " + to;
            parts.add(what + " " + range);
        }
        return String.join("; ", parts);
    }

    private static String labels(java.util.stream.Stream<String> values) {
        return values.collect(Collectors.joining(", "));
    }
}
