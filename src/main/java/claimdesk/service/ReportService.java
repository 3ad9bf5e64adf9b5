package claimdesk.service;

import claimdesk.model.Article;
import claimdesk.model.AuditEntry;
import claimdesk.model.Claim;
import claimdesk.model.Evidence;
import claimdesk.model.Figure;
import claimdesk.model.Span;
import claimdesk.model.TextQuote;
import claimdesk.report.Report;
import claimdesk.report.ReportEntry;
import claimdesk.report.ReportFilter;
import claimdesk.report.ReportSource;
import claimdesk.store.LedgerStore;
import claimdesk.store.SourceStore;
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
 * Used by the command line and the app's export screen; call it off the UI thread.
 *
 * <p>Entries come grouped by article (in ledger order), each article's claims in text order, each with its sources
 * in the order they were cited and the files attached to them. Reviewers are the people who signed changes to the
 * chosen claims in the audit trail, sorted, unless the caller names them. The report is flagged as including
 * unverified claims exactly when one of its entries is neither Verified nor Published, which only a filter that asks
 * for other statuses can bring about.
 *
 * <p>A claim without a claimant of its own gets the source the figure extractor found for a figure inside the quote
 * ("Bijar" in "According to Bijar, 75,000 ..."), the first such figure by position.
 */
public final class ReportService {

    private final LedgerStore store;
    private final SourceStore sources;
    private final ClaimHistory history;

    public ReportService(LedgerStore store) {
        this.store = Objects.requireNonNull(store, "store");
        this.sources = new SourceStore(store);
        this.history = new ClaimHistory(store);
    }

    /**
     * The report's heading. {@code title} null means "the default for the claims chosen" ({@link Report#titleFor});
     * {@code reviewers} null means "from the audit trail"; {@code url} may be null.
     */
    public record Heading(String title, LocalDate date, String organisation, List<String> reviewers, String url) {

        public Heading {
            Objects.requireNonNull(date, "date");
        }
    }

    /** The report without the claims' history. */
    public Report build(ReportFilter filter, Heading heading) {
        return build(filter, heading, false);
    }

    /** The report; {@code withHistory} gives each entry its claim's changes ({@link ClaimHistory}), newest first. */
    public Report build(ReportFilter filter, Heading heading, boolean withHistory) {
        Map<Long, Optional<Article>> articles = new HashMap<>();
        List<ReportEntry> chosen = store.allClaims().stream()
                .sorted(Comparator.comparingLong(Claim::articleId)
                        .thenComparingInt(claim -> claim.quote().start())
                        .thenComparingLong(Claim::id))
                .map(claim -> articles.computeIfAbsent(claim.articleId(), store::article)
                        .map(article -> new ReportEntry(claim, article.id(), article.metadata())))
                .flatMap(Optional::stream)
                .filter(filter::matches)
                .toList();
        Map<Long, List<Figure>> figures = new HashMap<>();
        List<ReportEntry> entries = chosen.stream().map(entry -> new ReportEntry(entry.claim(), entry.articleId(),
                entry.article(), sourcesOf(entry.claim()), entry.findings(),
                claimantInText(entry.claim(), figures.computeIfAbsent(entry.articleId(), store::figuresOf)),
                withHistory ? history.of(entry.claim().id()) : List.of()))
                .toList();
        boolean unverified = entries.stream().anyMatch(entry -> !entry.isVerified());
        List<String> reviewers = heading.reviewers() != null ? heading.reviewers() : reviewersOf(entries);
        return new Report(heading.title(), heading.date(), heading.organisation(), reviewers, filter.describe(),
                unverified, heading.url(), entries);
    }

    private List<ReportSource> sourcesOf(Claim claim) {
        return sources.evidenceOf(claim.id()).stream().map(ReportService::reportSource).toList();
    }

    private static ReportSource reportSource(Evidence evidence) {
        var source = evidence.source();
        List<ReportSource.File> files = evidence.attachments().stream()
                .map(file -> new ReportSource.File(file.originalName(), file.sha256())).toList();
        return new ReportSource(source.title(), source.publisher(), source.url(), evidence.link().quote(),
                evidence.link().stance().label(), source.accessedOn(), files);
    }

    /** The source named for the first figure inside the quote, or null. */
    static String claimantInText(Claim claim, List<Figure> figures) {
        TextQuote quote = claim.quote();
        return figures.stream()
                .filter(figure -> figure.start() >= quote.start() && figure.end() <= quote.end())
                .map(figure -> figure.context().source())
                .filter(Objects::nonNull)
                .map(Span::text)
                .filter(text -> !text.isBlank())
                .findFirst().orElse(null);
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
