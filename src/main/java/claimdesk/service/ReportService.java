package claimdesk.service;

import claimdesk.model.Article;
import claimdesk.model.AuditEntry;
import claimdesk.model.Claim;
import claimdesk.report.Report;
import claimdesk.report.ReportEntry;
import claimdesk.report.ReportFilter;
import claimdesk.store.LedgerStore;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Loads the claims a report asks for from the ledger and builds the {@link Report} the writers turn into files.
 * Used by the command line (and later the app's export screen); call it off the UI thread.
 *
 * <p>Entries come grouped by article (in ledger order), each article's claims in text order. Reviewers are the
 * people who signed changes to the chosen claims in the audit trail, sorted, unless the caller names them. The
 * report is flagged as including unverified claims exactly when one of its entries is neither Verified nor
 * Published, which only a filter that asks for other statuses can bring about.
 */
public final class ReportService {

    private final LedgerStore store;

    public ReportService(LedgerStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /** The report's heading. {@code reviewers} null means "from the audit trail"; {@code url} may be null. */
    public record Heading(String title, LocalDate date, String organisation, List<String> reviewers, String url) {

        public Heading {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(date, "date");
        }
    }

    public Report build(ReportFilter filter, Heading heading) {
        Map<Long, Optional<Article>> articles = new HashMap<>();
        List<ReportEntry> entries = store.allClaims().stream()
                .sorted(Comparator.comparingLong(Claim::articleId)
                        .thenComparingInt(claim -> claim.quote().start())
                        .thenComparingLong(Claim::id))
                .map(claim -> articles.computeIfAbsent(claim.articleId(), store::article)
                        .map(article -> new ReportEntry(claim, article.id(), article.metadata())))
                .flatMap(Optional::stream)
                .filter(filter::matches)
                .toList();
        boolean unverified = entries.stream().anyMatch(entry -> !entry.isVerified());
        List<String> reviewers = heading.reviewers() != null ? heading.reviewers() : reviewersOf(entries);
        return new Report(heading.title(), heading.date(), heading.organisation(), reviewers, filter.describe(),
                unverified, heading.url(), entries);
    }

    private List<String> reviewersOf(List<ReportEntry> entries) {
        TreeSet<String> names = new TreeSet<>();
        for (ReportEntry entry : entries) {
            store.auditOf("claim", entry.claim().id()).stream()
                    .map(AuditEntry::reviewer)
                    .filter(name -> name != null && !name.isBlank())
                    .forEach(names::add);
        }
        return List.copyOf(names);
    }
}
