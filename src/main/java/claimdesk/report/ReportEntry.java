package claimdesk.report;

import claimdesk.model.ArticleMetadata;
import claimdesk.model.Claim;
import claimdesk.model.ClaimChange;
import java.util.List;
import java.util.Objects;

/**
 * One claim in a report with the article it was found in. {@code sources} and {@code findings} are never null and
 * are rendered only when not empty. {@code claimant} is who made the claim: the claim's own {@code claimant} when the
 * reviewer gave one, else what the caller found in the text (the source of the claim's figures), else null, when
 * writers fall back to the outlet. {@code history} is the claim's changes, newest first, when the report asks for
 * them, and empty otherwise (never null); writers show it only when not empty. Equal when all parts are.
 */
public record ReportEntry(Claim claim, long articleId, ArticleMetadata article, List<ReportSource> sources,
                          List<ReportFinding> findings, String claimant, List<ClaimChange> history) {

    public ReportEntry {
        Objects.requireNonNull(claim, "claim");
        Objects.requireNonNull(article, "article");
        sources = sources == null ? List.of() : List.copyOf(sources);
        findings = findings == null ? List.of() : List.copyOf(findings);
        claimant = claim.claimant() != null ? claim.claimant()
                : claimant == null || claimant.isBlank() ? null : claimant.strip();
        history = history == null ? List.of() : List.copyOf(history);
    }

    public ReportEntry(Claim claim, long articleId, ArticleMetadata article, List<ReportSource> sources,
                       List<ReportFinding> findings, String claimant) {
        this(claim, articleId, article, sources, findings, claimant, List.of());
    }

    public ReportEntry(Claim claim, long articleId, ArticleMetadata article, List<ReportSource> sources,
                       List<ReportFinding> findings) {
        this(claim, articleId, article, sources, findings, null);
    }

    public ReportEntry(Claim claim, long articleId, ArticleMetadata article) {
        this(claim, articleId, article, List.of(), List.of(), null);
    }

    /** This entry with {@code changes} as its history. */
    public ReportEntry withHistory(List<ClaimChange> changes) {
        return new ReportEntry(claim, articleId, article, sources, findings, claimant, changes);
    }

    /** True for Verified and Published claims, the ones a report carries by default. */
    public boolean isVerified() {
        return ReportFilter.VERIFIED.contains(claim.status());
    }

    /** How many of the sources take {@code stance} (a stance label such as "supports"). */
    public long sourcesWith(String stance) {
        return sources.stream().filter(source -> stance.equals(source.stance())).count();
    }
}
