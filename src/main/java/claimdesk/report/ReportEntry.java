package claimdesk.report;

import claimdesk.model.ArticleMetadata;
import claimdesk.model.Claim;
import java.util.List;
import java.util.Objects;

/**
 * One claim in a report with the article it was found in. {@code sources} and {@code findings} are never null and
 * are rendered only when not empty. Equal when all parts are.
 */
public record ReportEntry(Claim claim, long articleId, ArticleMetadata article, List<ReportSource> sources,
                          List<ReportFinding> findings) {

    public ReportEntry {
        Objects.requireNonNull(claim, "claim");
        Objects.requireNonNull(article, "article");
        sources = sources == null ? List.of() : List.copyOf(sources);
        findings = findings == null ? List.of() : List.copyOf(findings);
    }

    public ReportEntry(Claim claim, long articleId, ArticleMetadata article) {
        this(claim, articleId, article, List.of(), List.of());
    }

    /** True for Verified and Published claims, the ones a report carries by default. */
    public boolean isVerified() {
        return ReportFilter.VERIFIED.contains(claim.status());
    }
}
