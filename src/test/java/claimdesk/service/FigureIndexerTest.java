package claimdesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import claimdesk.model.Article;
import claimdesk.model.ArticleMetadata;
import claimdesk.model.Figure;
import claimdesk.model.Progress;
import claimdesk.store.LedgerStore;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Figures are extracted at import, stored on a real H2 file, and read back exactly as extracted. */
class FigureIndexerTest {

    @TempDir
    Path temp;
    private LedgerStore store;

    @BeforeEach
    void open() {
        store = LedgerStore.open(temp.resolve("ledger"), "tester");
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void importedSeedHasItsFiguresStoredAndReadBackUnchanged() throws Exception {
        ImportOutcome outcome = new ArticleImporter(store).importFile(ArticleImporterTest.seedFiles().get(0));
        Article article = ((ImportOutcome.Imported) outcome).article();

        List<Figure> stored = store.figuresOf(article.id());

        assertEquals(FigureIndexer.extractor().extract(article.text(), null), stored);
        Figure total = stored.stream().filter(f -> f.text().equals("more than 75,000")).findFirst().orElseThrow();
        assertEquals(new BigDecimal("75000"), total.low());
        assertEquals("undocumented Afghan migrants", total.context().subject().text());
        assertEquals("Bijar", total.context().source().text());
        assertTrue(store.articlesNeedingFigures(FigureIndexer.EXTRACTOR_VERSION).isEmpty());
    }

    @Test
    void aPublicationDateResolvesRelativePeriodsOnReindex() {
        Article article = ((ImportOutcome.Imported) new ArticleImporter(store).importText("a",
                "Returns\n\nMore than 1.2 million Afghans have returned from Iran since the beginning of the year."))
                .article();
        assertEquals(null, store.figuresOf(article.id()).get(0).context().periodFrom());

        store.updateMetadata(article.id(), new ArticleMetadata("Returns", null, null, null, LocalDate.of(2025, 7, 6)));
        new FigureIndexer(store).index(store.article(article.id()).orElseThrow());

        Figure figure = store.figuresOf(article.id()).get(0);
        assertEquals(LocalDate.of(2025, 1, 1), figure.context().periodFrom());
        assertEquals(LocalDate.of(2025, 7, 6), figure.context().periodTo());
    }

    @Test
    void staleArticlesAreIndexedWithProgress() {
        Article article = store.addArticle(new ArticleReader().fromTextUnchecked("Old\n\nSome 3,000 people left."))
                .article();
        assertEquals(List.of(article.id()), store.articlesNeedingFigures(FigureIndexer.EXTRACTOR_VERSION));
        long[] last = new long[2];

        int indexed = new FigureIndexer(store).indexStale((done, total) -> { last[0] = done; last[1] = total; })
                .indexed();

        assertEquals(1, indexed);
        assertEquals(1, last[0]);
        assertEquals(1, store.figuresOf(article.id()).size());
        assertEquals(0, new FigureIndexer(store).indexStale(Progress.NONE).indexed());
    }
}
