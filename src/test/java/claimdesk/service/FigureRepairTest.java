package claimdesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import claimdesk.model.Article;
import claimdesk.model.Figure;
import claimdesk.model.FigureKind;
import claimdesk.model.Progress;
import claimdesk.model.Span;
import claimdesk.store.LedgerStore;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An article is never lost with its figures, nor its figures for good: imports on a real H2 file where figure
 * storing fails, is killed halfway (the article stored, its figures not), or meets a number of 36 digits.
 */
class FigureRepairTest {

    private static final String ABSURD = "Absurd\n\nThe fund held 100000000000000000000000000000000000 dollars.";

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

    /** The app's figures, except that a text holding "poison" gets one the store refuses (currency VARCHAR(3)). */
    private static List<Figure> poisoned(String text, LocalDate published) {
        if (!text.contains("poison")) {
            return FigureIndexer.extractor().extract(text, published);
        }
        return List.of(new Figure(Span.of(text, 0, 6), FigureKind.MONEY, BigDecimal.ONE, BigDecimal.ONE, true, true,
                false, null, null, "DOLLARS", null, null));
    }

    private ArticleImporter poisonedImporter() {
        return new ArticleImporter(store, new FigureIndexer(store, FigureRepairTest::poisoned));
    }

    @Test
    void aThirtySixDigitAmountIsImportedWithItsFigures() throws Exception {
        Path file = Files.writeString(temp.resolve("absurd.txt"), ABSURD);

        ImportOutcome outcome = new ArticleImporter(store).importFile(file);

        Article article = assertInstanceOf(ImportOutcome.Imported.class, outcome).article();
        List<Figure> figures = store.figuresOf(article.id());
        assertEquals(FigureIndexer.extractor().extract(article.text(), null), figures);
        assertEquals(new BigDecimal("100000000000000000000000000000000000"), figures.get(0).low());
        assertEquals("USD", figures.get(0).currency());
        assertEquals(List.of(), store.articlesNeedingFigures(FigureIndexer.EXTRACTOR_VERSION));
    }

    @Test
    void anArticleWhoseFiguresFailIsImportedAndTheOutcomeSaysSo() {
        ArticleImporter importer = poisonedImporter();

        ImportOutcome bad = importer.importText("bad.txt", "Bad\n\nA poison pill of 3,000 people.");
        ImportOutcome good = importer.importText("good.txt", "Good\n\nSome 40 people left.");

        ImportOutcome.Imported imported = assertInstanceOf(ImportOutcome.Imported.class, bad);
        assertTrue(imported.figureProblem().contains("Value too long"), imported.figureProblem());
        assertTrue(bad.describe().startsWith("bad.txt: imported \"Bad\", but its figures were not stored ("),
                bad.describe());
        assertEquals(List.of(imported.article().id()),
                store.articlesNeedingFigures(FigureIndexer.EXTRACTOR_VERSION), "marked for the next import");
        assertNull(((ImportOutcome.Imported) good).figureProblem());
        assertEquals(1, store.figuresOf(((ImportOutcome.Imported) good).article().id()).size());
        assertEquals(2, store.articles().size());
    }

    @Test
    void anArticleAKilledImportLeftWithoutFiguresIsIndexedByTheNextImport() {
        // What a kill between the two transactions leaves: the article committed, no figure rows, not marked.
        Article orphan = store.addArticle(new ArticleReader().fromTextUnchecked("Orphan\n\nMore than 75,000 left."))
                .article();
        assertEquals(List.of(), store.figuresOf(orphan.id()));

        new ArticleImporter(store).importText("next.txt", "Next\n\nSome 40 people left.");

        assertEquals(FigureIndexer.extractor().extract(orphan.text(), null), store.figuresOf(orphan.id()));
        assertEquals(List.of(), store.articlesNeedingFigures(FigureIndexer.EXTRACTOR_VERSION));
    }

    @Test
    void importingTheSameTextAgainRepairsItsFigures() {
        Article orphan = store.addArticle(new ArticleReader().fromTextUnchecked("Orphan\n\nMore than 75,000 left."))
                .article();

        ImportOutcome again = new ArticleImporter(store).importText("again.txt", "Orphan\n\nMore than 75,000 left.");

        assertInstanceOf(ImportOutcome.AlreadyThere.class, again);
        assertEquals(1, store.figuresOf(orphan.id()).size());
    }

    @Test
    void oneArticleThatFailsIndexingDoesNotStopTheOthers() {
        Article first = store.addArticle(new ArticleReader().fromTextUnchecked("First\n\nSome 40 people left."))
                .article();
        Article bad = store.addArticle(new ArticleReader().fromTextUnchecked("Bad\n\nA poison of 3,000.")).article();
        Article last = store.addArticle(new ArticleReader().fromTextUnchecked("Last\n\nSome 50 people left."))
                .article();

        FigureIndexer.Indexing indexing = new FigureIndexer(store, FigureRepairTest::poisoned)
                .indexStale(Progress.NONE);

        assertEquals(2, indexing.indexed());
        assertEquals(1, indexing.failures().size());
        assertTrue(indexing.failures().get(0).startsWith("\u201cBad\u201d: Value too long"),
                indexing.failures().get(0));
        assertEquals(1, store.figuresOf(first.id()).size());
        assertEquals(1, store.figuresOf(last.id()).size());
        assertEquals(List.of(bad.id()), store.articlesNeedingFigures(FigureIndexer.EXTRACTOR_VERSION));
    }
}
