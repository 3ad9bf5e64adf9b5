package claimdesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import claimdesk.model.ArticleMetadata;
import claimdesk.model.Figure;
import claimdesk.model.FigureKind;
import claimdesk.model.NewArticle;
import claimdesk.model.Span;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Figure bounds of any size survive the DECIMAL(38, 6) column on H2 and PostgreSQL; a failed write keeps the mark. */
@ParameterizedClass
@EnumSource(TestLedger.Kind.class)
@ExtendWith(PostgresCluster.Extension.class)
class FigureValueStorageTest {

    private static final String TEXT = "Absurd\n\nThey owe 100000000000000000000000000000000000 dollars.";

    @Parameter
    TestLedger.Kind kind;
    @TempDir
    Path temp;
    private TestLedger testLedger;
    private LedgerStore store;
    private long article;

    @BeforeEach
    void open(PostgresCluster cluster) {
        testLedger = kind.create(temp, cluster);
        store = testLedger.open();
        article = store.addArticle(new NewArticle(ArticleMetadata.headlineOnly("Absurd"), TEXT, "hash", "a.txt"))
                .article().id();
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static Figure money(BigDecimal low, BigDecimal high, String currency) {
        int start = TEXT.indexOf("1000");
        return new Figure(Span.of(TEXT, start, TEXT.indexOf(" dollars") + 8), FigureKind.MONEY, low, high, true,
                true, false, null, null, currency, null, null);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"100000000000000000000000000000000000", "-123456789012345678901234567890123456.5",
            "99999999999999999999999999999999.999999", "33.33333333333333", "0.000000001", "1E+120",
            "75000", "0"})
    void anyBoundIsReadBackAsItWasFound(String value) {
        // As the extractor gives values: no trailing zeros, never a negative scale.
        BigDecimal exact = new BigDecimal(value).stripTrailingZeros();
        exact = exact.scale() < 0 ? exact.setScale(0) : exact;
        List<Figure> figures = List.of(money(exact, null, "USD"), money(BigDecimal.ONE, exact, "USD"));

        store.replaceFigures(article, figures, 1);

        assertEquals(figures, store.figuresOf(article));
        assertEquals(List.of(), store.articlesNeedingFigures(1));
    }

    @Test
    void aFailedFigureWriteLeavesTheArticleWithItsOldFiguresAndStillMarked() {
        Figure good = money(BigDecimal.TEN, BigDecimal.TEN, "USD");
        store.replaceFigures(article, List.of(good), 1);

        // "DOLLARS" does not fit currency VARCHAR(3): a real write failure in the middle of the transaction.
        assertThrows(RuntimeException.class, () -> store.replaceFigures(article,
                List.of(good, money(BigDecimal.ONE, BigDecimal.ONE, "DOLLARS")), 2));

        assertEquals(List.of(good), store.figuresOf(article));
        assertTrue(store.articlesNeedingFigures(2).contains(article), "queued for the next indexing");
    }
}
