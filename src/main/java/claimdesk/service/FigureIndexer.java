package claimdesk.service;

import claimdesk.analysis.figures.FigureContextFinder;
import claimdesk.analysis.figures.FigureExtractor;
import claimdesk.model.Article;
import claimdesk.model.Figure;
import claimdesk.model.Progress;
import claimdesk.store.LedgerStore;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps each article's stored figures in step with its text: extracts them when an article is imported, its text
 * replaced or its publication date changed, and catches up on articles stored by an older extractor, or whose
 * figures were never stored (an import killed between the article and its figures, or a figure write that
 * failed). Call it off the UI thread.
 */
public final class FigureIndexer {

    /** Raise this when the extractor's results change, so stored figures are recomputed on next start. */
    public static final int EXTRACTOR_VERSION = 3;

    private static final Logger LOG = Logger.getLogger(FigureIndexer.class.getName());
    private static final FigureExtractor EXTRACTOR = new FigureExtractor(new FigureContextFinder());
    private static final int MAX_REASON = 200;

    private final LedgerStore store;
    private final BiFunction<String, LocalDate, List<Figure>> extraction;

    public FigureIndexer(LedgerStore store) {
        this(store, EXTRACTOR::extract);
    }

    /** With another extraction than the app's: for tests that need figures the store refuses. */
    FigureIndexer(LedgerStore store, BiFunction<String, LocalDate, List<Figure>> extraction) {
        this.store = store;
        this.extraction = extraction;
    }

    /** The extractor the app uses everywhere (thread-safe). */
    public static FigureExtractor extractor() {
        return EXTRACTOR;
    }

    /** Extracts and stores the article's figures; throws when that fails, leaving the article marked as stale. */
    public List<Figure> index(Article article) {
        List<Figure> figures = extraction.apply(article.text(), article.metadata().publishedOn());
        store.replaceFigures(article.id(), figures, EXTRACTOR_VERSION);
        return figures;
    }

    /**
     * Like {@link #index}, but a failure comes back as a reason a reviewer can read instead of an exception. The
     * article stays marked as needing figures, so a later {@link #indexStale} tries again.
     */
    public Optional<String> tryIndex(Article article) {
        try {
            index(article);
            return Optional.empty();
        } catch (RuntimeException | OutOfMemoryError e) {
            // Out of memory too: the failed extraction's garbage is all that filled the heap, and it is free now.
            LOG.log(Level.WARNING, "figures of article " + article.id() + " not stored", e);
            return Optional.of(reason(e));
        }
    }

    /** What {@link #indexStale} did: how many articles it indexed and a line for each it could not. */
    public record Indexing(int indexed, List<String> failures) {
        public Indexing {
            failures = List.copyOf(failures);
        }
    }

    /**
     * Extracts figures for every article that lacks current ones. One article that fails is reported and stays
     * stale; the others are indexed all the same.
     */
    public Indexing indexStale(Progress progress) {
        List<Long> stale = store.articlesNeedingFigures(EXTRACTOR_VERSION);
        List<String> failures = new ArrayList<>();
        int indexed = 0;
        for (int i = 0; i < stale.size(); i++) {
            Optional<Article> article = store.article(stale.get(i));
            if (article.isPresent()) {
                Optional<String> failure = tryIndex(article.get());
                if (failure.isPresent()) {
                    failures.add("\u201c" + article.get().headline() + "\u201d: " + failure.get());
                } else {
                    indexed++;
                }
            }
            progress.update(i + 1, stale.size());
        }
        return new Indexing(indexed, failures);
    }

    /** The innermost message, on one line and short: Jdbi's own message repeats the whole SQL statement. */
    static String reason(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        String line = message.lines().findFirst().orElse("").strip();
        return line.length() <= MAX_REASON ? line : line.substring(0, MAX_REASON - 1) + "\u2026";
    }
}
