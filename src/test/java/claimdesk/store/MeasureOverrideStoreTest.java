package claimdesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import claimdesk.model.ArticleMetadata;
import claimdesk.model.AuditEntry;
import claimdesk.model.MeasureSplit;
import claimdesk.model.NewArticle;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(TestLedger.Kind.class)
@ExtendWith(PostgresCluster.Extension.class)
class MeasureOverrideStoreTest {

    @Parameter
    TestLedger.Kind kind;
    @TempDir
    Path folder;
    private TestLedger testLedger;
    private LedgerStore store;
    private MeasureOverrideStore overrides;
    private long articleId;

    @BeforeEach
    void open(PostgresCluster cluster) {
        testLedger = kind.create(folder, cluster);
        store = testLedger.open();
        overrides = new MeasureOverrideStore(store);
        articleId = store.addArticle(new NewArticle(ArticleMetadata.headlineOnly("A"),
                "A\n\nIran deported 900,000 Afghans.", "h", "a.txt")).article().id();
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void mergesAndSplitsSurviveReopeningTheLedger() {
        overrides.merge("person|return|iran|count", "person|deport|iran|count");
        MeasureSplit split = new MeasureSplit(articleId, 17, 24, "900,000", "person|deport|iran#split-1|count");
        overrides.split(split);

        store.close();
        store = testLedger.open();
        overrides = new MeasureOverrideStore(store);

        assertEquals(Map.of("person|return|iran|count", "person|deport|iran|count"), overrides.aliases());
        assertEquals(List.of(split), overrides.splits());
    }

    @Test
    void aSecondRulingOnTheSameKeyOrFigureReplacesTheFirstAndReturnsIt() {
        assertNull(overrides.merge("a|b|c|count", "d|b|c|count"));
        assertEquals("d|b|c|count", overrides.merge("a|b|c|count", "e|b|c|count"));
        assertNull(overrides.split(new MeasureSplit(articleId, 17, 24, "900,000", "k1")));
        assertEquals("k1", overrides.split(new MeasureSplit(articleId, 17, 24, "900,000", "k2")));

        assertEquals(Map.of("a|b|c|count", "e|b|c|count"), overrides.aliases());
        assertEquals(List.of(new MeasureSplit(articleId, 17, 24, "900,000", "k2")), overrides.splits());
    }

    @Test
    void everyChangeIsAuditedWithTheReviewer() {
        overrides.merge("a|b|c|count", "d|b|c|count");
        overrides.split(new MeasureSplit(articleId, 17, 24, "900,000", "k1"));

        List<AuditEntry> merges = store.auditOf("measure_alias", 1);
        List<AuditEntry> splits = store.auditOf("measure_split", 1);
        assertEquals(1, merges.size());
        assertEquals("a|b|c|count -> d|b|c|count", merges.get(0).newValue());
        assertEquals("tester", merges.get(0).reviewer());
        assertEquals("\"900,000\" -> k1", splits.get(0).newValue());
    }

    @Test
    void aMeasureCannotBeMergedIntoItself() {
        assertThrows(IllegalArgumentException.class, () -> overrides.merge("a|b|c|count", "a|b|c|count"));
        assertEquals(Map.of(), overrides.aliases());
    }
}
