package claimdesk.service;

import claimdesk.analysis.figures.FigureContextFinder;
import claimdesk.analysis.figures.FigureExtractor;
import claimdesk.model.Article;
import claimdesk.model.Figure;
import claimdesk.model.Progress;
import claimdesk.store.LedgerStore;
import java.util.List;

/**
 * Keeps each article's stored figures in step with its text: extracts them when an article is imported, its text
 * replaced or its publication date changed, and catches up on articles stored by an older extractor. Call it off
 * the UI thread.
 */
public final class FigureIndexer {

    /** Raise this when the extractor's results change, so stored figures are recomputed on next start. */
    public static final int EXTRACTOR_VERSION = 1;

    private static final FigureExtractor EXTRACTOR = new FigureExtractor(new FigureContextFinder());

    private final LedgerStore store;

    public FigureIndexer(LedgerStore store) {
        this.store = store;
    }

    /** The extractor the app uses everywhere (thread-safe). */
    public static FigureExtractor extractor() {
        return EXTRACTOR;
    }

    public List<Figure> index(Article article) {
        List<Figure> figures = EXTRACTOR.extract(article.text(), article.metadata().publishedOn());
        store.replaceFigures(article.id(), figures, EXTRACTOR_VERSION);
        return figures;
    }

    /** Extracts figures for every article that lacks current ones; returns how many articles were indexed. */
    public int indexStale(Progress progress) {
        List<Long> stale = store.articlesNeedingFigures(EXTRACTOR_VERSION);
        for (int i = 0; i < stale.size(); i++) {
            store.article(stale.get(i)).ifPresent(this::index);
            progress.update(i + 1, stale.size());
        }
        return stale.size();
    }
}
