package claimdesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import claimdesk.model.ArticleMetadata;
import claimdesk.model.AuditEntry;
import claimdesk.model.FindingRef;
import claimdesk.model.FindingRuling;
import claimdesk.model.LedgerFinding;
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
class FindingStoreTest {

    @Parameter
    TestLedger.Kind kind;
    @TempDir
    Path folder;
    private TestLedger testLedger;
    private LedgerStore store;
    private FindingStore findings;
    private long articleId;

    @BeforeEach
    void open(PostgresCluster cluster) {
        testLedger = kind.create(folder, cluster);
        store = testLedger.open();
        findings = new FindingStore(store);
        articleId = store.addArticle(new NewArticle(ArticleMetadata.headlineOnly("A"),
                "A\n\n12574 and 13476 make 26320.", "h", "a.txt")).article().id();
    }

    @AfterEach
    void close() {
        store.close();
    }

    private LedgerFinding.Draft sum(String fingerprint) {
        return new LedgerFinding.Draft(fingerprint, "sum", "person|enter|afghanistan|count",
                "12574 + 13476 = 26050, not 26320", List.of(new FindingRef(articleId, 26, 31, "26320"),
                new FindingRef(articleId, 3, 8, "12574")));
    }

    @Test
    void newFindingsArriveOpenWithTheirFigures() {
        assertEquals(1, findings.sync(List.of(sum("f1"))));

        LedgerFinding finding = findings.all().get(0);
        assertTrue(finding.isOpen());
        assertEquals("12574 + 13476 = 26050, not 26320", finding.message());
        assertEquals(List.of(new FindingRef(articleId, 26, 31, "26320"), new FindingRef(articleId, 3, 8, "12574")),
                finding.refs());
        assertEquals(Map.of(articleId, 1), findings.openCountsByArticle());
    }

    @Test
    void aRulingSurvivesReCheckingAndIsAudited() {
        findings.sync(List.of(sum("f1")));
        long id = findings.all().get(0).id();

        assertEquals(FindingRuling.OPEN, findings.rule(id, FindingRuling.DISMISSED, "different days", null));
        assertEquals(0, findings.sync(List.of(sum("f1"))));

        LedgerFinding again = findings.all().get(0);
        assertEquals(FindingRuling.DISMISSED, again.ruling());
        assertEquals("different days", again.reason());
        assertFalse(again.isOpen());
        assertTrue(findings.openCountsByArticle().isEmpty());
        AuditEntry audit = store.auditOf("finding", id).get(0);
        assertEquals("DISMISSED: different days", audit.newValue());
    }

    @Test
    void aFindingNoLongerProducedIsMarkedResolvedNotDropped() {
        findings.sync(List.of(sum("f1"), sum("f2")));

        findings.sync(List.of(sum("f2")));

        List<LedgerFinding> all = findings.all();
        assertEquals(2, all.size());
        assertTrue(all.stream().filter(f -> f.fingerprint().equals("f1")).findFirst().orElseThrow().resolved());
        assertFalse(all.stream().filter(f -> f.fingerprint().equals("f2")).findFirst().orElseThrow().resolved());

        findings.sync(List.of(sum("f1"), sum("f2")));
        assertFalse(findings.all().stream().anyMatch(LedgerFinding::resolved));
    }
}
