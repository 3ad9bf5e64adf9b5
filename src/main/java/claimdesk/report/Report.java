package claimdesk.report;

import claimdesk.model.Verdict;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything a report writer needs, already loaded and filtered: the writers do no I/O but writing.
 *
 * <p>{@code date} is the report's date (shown, and ClaimReview's {@code datePublished}); {@code organisation} is the
 * desk that signs it; {@code url} is where the report will be published, or null; {@code filterDescription} says in
 * words which claims were chosen. {@code unverifiedIncluded} must be true when any entry is not Verified or
 * Published: the constructor refuses a report that would carry such a claim without saying so at the top.
 *
 * <p>The title follows the claims: a null or blank title becomes {@link #VERIFIED_TITLE}, or {@link #MIXED_TITLE}
 * when unverified claims are included, and such a report asked to be titled "Verified claims" gets the mixed title
 * too. Any other title is kept as written.
 */
public record Report(String title, LocalDate date, String organisation, List<String> reviewers,
                     String filterDescription, boolean unverifiedIncluded, String url, List<ReportEntry> entries) {

    public static final String DEFAULT_ORGANISATION = "Claimdesk desk";
    public static final String UNVERIFIED_WARNING = "Includes claims that are not verified";
    public static final String VERIFIED_TITLE = "Verified claims";
    public static final String MIXED_TITLE = "Claims, including unverified ones";

    public Report {
        Objects.requireNonNull(date, "date");
        title = titleFor(title, unverifiedIncluded);
        organisation = organisation == null || organisation.isBlank() ? DEFAULT_ORGANISATION : organisation.strip();
        reviewers = reviewers == null ? List.of() : List.copyOf(reviewers);
        filterDescription = filterDescription == null ? "" : filterDescription;
        url = url == null || url.isBlank() ? null : url.strip();
        entries = List.copyOf(entries);
        if (!unverifiedIncluded && entries.stream().anyMatch(entry -> !entry.isVerified())) {
            throw new IllegalArgumentException("a report with claims that are not verified must say so");
        }
    }

    /** The title a report gets when asked for {@code requested}; see the class comment. */
    public static String titleFor(String requested, boolean unverifiedIncluded) {
        if (requested == null || requested.isBlank() || unverifiedIncluded && VERIFIED_TITLE.equalsIgnoreCase(
                requested.strip())) {
            return unverifiedIncluded ? MIXED_TITLE : VERIFIED_TITLE;
        }
        return requested.strip();
    }

    /** How many claims have each verdict, in the scale's order; verdicts no claim has are left out. */
    public Map<Verdict, Integer> countsByVerdict() {
        Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
        entries.forEach(entry -> counts.merge(entry.claim().verdict(), 1, Integer::sum));
        return counts;
    }
}
