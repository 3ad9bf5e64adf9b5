package claimdesk.service;

import claimdesk.analysis.consistency.ArticleFigures;
import claimdesk.analysis.consistency.ConsistencyChecker;
import claimdesk.analysis.consistency.Finding;
import claimdesk.analysis.consistency.TextRef;
import claimdesk.model.Article;
import claimdesk.model.ArticleSummary;
import claimdesk.model.Claim;
import claimdesk.model.Figure;
import claimdesk.model.FindingExplanation;
import claimdesk.model.FindingRef;
import claimdesk.model.LedgerFinding;
import claimdesk.model.MeasureOverrides;
import claimdesk.model.MeasureSplit;
import claimdesk.model.Progress;
import claimdesk.store.FindingStore;
import claimdesk.store.LedgerStore;
import claimdesk.store.MeasureOverrideStore;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Checks the whole library for inconsistent figures and keeps the findings in the ledger. Articles are read with
 * their stored figures (extraction is not repeated); a check whose input is unchanged since the last one in this
 * session is skipped, and otherwise the one checker this service keeps redoes the per-article work only for
 * articles that changed (see {@link ConsistencyChecker}). {@link #check} is synchronized, so the checker sees one
 * call at a time. Used by the app and the {@code check} command; call it off the UI thread.
 */
public final class ConsistencyService {

    private static final Logger LOG = Logger.getLogger(ConsistencyService.class.getName());

    private final LedgerStore store;
    private final FindingStore findings;
    private final MeasureOverrideStore overrides;
    private final FindingConfirmer confirmer;
    // Kept for the service's lifetime: it caches each article's own work between checks.
    private final ConsistencyChecker checker = new ConsistencyChecker();
    private int lastInput;
    private List<Finding> lastFindings;

    public ConsistencyService(LedgerStore store) {
        this.store = store;
        this.findings = new FindingStore(store);
        this.overrides = new MeasureOverrideStore(store);
        this.confirmer = new FindingConfirmer(store, findings);
    }

    /**
     * What a check found, in the checker's terms, plus how many findings the ledger had not seen before, and a
     * line for each article whose stored figures could not be read (it was checked without them).
     */
    public record Result(List<Finding> findings, int newFindings, boolean skipped, List<String> unreadable) {
        public Result {
            unreadable = List.copyOf(unreadable);
        }
    }

    public synchronized Result check(Progress progress) {
        // An article whose figures fail here is checked with those it has stored (none, after a failed import).
        new FigureIndexer(store).indexStale(Progress.NONE);
        List<ArticleFigures> input = new ArrayList<>();
        List<Article> articles = new ArrayList<>();
        Map<Long, String> keys = new HashMap<>();
        List<String> unreadable = new ArrayList<>();
        List<ArticleSummary> summaries = store.articles();
        for (int i = 0; i < summaries.size(); i++) {
            Article article = store.article(summaries.get(i).id()).orElseThrow();
            articles.add(article);
            keys.put(article.id(), key(article));
            input.add(new ArticleFigures(key(article), article.text(),
                    article.metadata().publishedOn(), figuresOf(article, unreadable)));
            progress.update(i + 1, summaries.size() * 2L);
        }
        MeasureOverrides corrections = corrections(keys);
        // The reviewer's merges and splits are input too: after one, the same articles must be checked again.
        int signature = 31 * signature(input) + corrections.hashCode();
        if (lastFindings != null && signature == lastInput) {
            progress.update(1, 1);
            return new Result(lastFindings, 0, true, unreadable);
        }
        List<Finding> found = checker.check(input, corrections, (done, total) ->
                progress.update(summaries.size() + done * summaries.size() / Math.max(1, total),
                        summaries.size() * 2L));
        ArticleNames names = new ArticleNames(articles);
        int created = findings.sync(found.stream().map(finding -> draft(finding, names)).toList());
        lastInput = signature;
        lastFindings = found;
        return new Result(found, created, false, unreadable);
    }

    /** The article's stored figures; none, and a line in {@code unreadable}, when they cannot be read. */
    private List<Figure> figuresOf(Article article, List<String> unreadable) {
        try {
            return store.figuresOf(article.id());
        } catch (RuntimeException e) {
            // One article's bad rows must not cost the library its check (nor the reviewer every other finding).
            LOG.log(Level.WARNING, "figures of article " + article.id() + " unreadable", e);
            unreadable.add("\u201c" + article.headline() + "\u201d: " + FigureIndexer.reason(e));
            return List.of();
        }
    }

    public FindingStore findings() {
        return findings;
    }

    /**
     * Every finding, as {@link FindingStore#all()} returns them, with articles named by headline. A check names
     * them so when it stores them; this also covers findings stored before that and since resolved, which no
     * check rewrites.
     */
    public List<LedgerFinding> findingsByHeadline() {
        List<LedgerFinding> all = findings.all();
        Map<Long, Article> named = new HashMap<>();
        for (LedgerFinding finding : all) {
            if (finding.message().contains("#") || finding.why().contains("#")) {
                finding.refs().forEach(ref -> named.computeIfAbsent(ref.articleId(),
                        id -> store.article(id).orElse(null)));
            }
        }
        if (named.isEmpty()) {
            return all;
        }
        ArticleNames names = new ArticleNames(named.values());
        return all.stream().map(f -> new LedgerFinding(f.id(), f.fingerprint(), f.kind(), f.measureKey(),
                names.named(f.message()), f.refs(), f.ruling(), f.reason(), f.claimId(), f.resolved(), f.firstSeen(),
                f.lastSeen(), new FindingExplanation(f.relation(), f.confidence(), names.named(f.why())))).toList();
    }

    /**
     * Confirms a finding: the claim that records it (made now, or the one it already links to) with a note a
     * report can publish and the verdict its kind calls for; see {@link FindingConfirmer}. Writes to the ledger.
     */
    public Claim confirm(LedgerFinding finding) {
        return confirmer.confirm(finding);
    }

    /** The reviewer's merges and splits of measures, which the next {@link #check} applies. */
    public MeasureOverrideStore overrides() {
        return overrides;
    }

    /** The stored merges and splits in the checker's terms; splits of articles no longer in the ledger drop out. */
    private MeasureOverrides corrections(Map<Long, String> articleKeys) {
        Map<MeasureOverrides.FigureAt, String> splits = new HashMap<>();
        for (MeasureSplit split : overrides.splits()) {
            String key = articleKeys.get(split.articleId());
            if (key != null) {
                splits.put(new MeasureOverrides.FigureAt(key, split.start(), split.end()), split.measureKey());
            }
        }
        return new MeasureOverrides(overrides.aliases(), splits);
    }

    /**
     * The key an article has in a check: its source name (which messages quote, so a reviewer knows the article)
     * and, after the last '#', its ledger id.
     */
    static String key(Article article) {
        String name = article.sourceName() == null || article.sourceName().isBlank() ? "article" : article.sourceName();
        return name + "#" + article.id();
    }

    /** The article id a finding reference points at. */
    public static long articleId(TextRef ref) {
        String key = ref.articleKey();
        return Long.parseLong(key.substring(key.lastIndexOf('#') + 1));
    }

    /**
     * The finding as the ledger keeps it: its sentences name articles by headline (the checker names them by key,
     * which {@code check} prints as it is), and it carries the checker's explanation.
     */
    private static LedgerFinding.Draft draft(Finding finding, ArticleNames names) {
        List<FindingRef> refs = finding.refs().stream()
                .map(ref -> new FindingRef(articleId(ref), ref.start(), ref.end(), ref.text())).toList();
        FindingExplanation explanation = new FindingExplanation(finding.relation(), finding.confidence().code(),
                names.named(finding.why()));
        return new LedgerFinding.Draft(finding.fingerprint(), finding.kind().code(), finding.measureKey(),
                names.named(finding.message()), refs, explanation);
    }

    private static int signature(List<ArticleFigures> input) {
        int hash = 1;
        for (ArticleFigures article : input) {
            hash = 31 * hash + Objects.hash(article.articleKey(), article.text().hashCode(), article.publishedOn(),
                    article.figures());
        }
        return hash;
    }
}
