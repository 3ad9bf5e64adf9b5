package claimdesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import claimdesk.model.ArticleMetadata;
import claimdesk.model.FindingExplanation;
import claimdesk.model.FindingRef;
import claimdesk.model.FindingRuling;
import claimdesk.model.LedgerFinding;
import claimdesk.model.NewArticle;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A finding's relation, confidence and why: stored, rewritten by a re-check, kept across reopening; old rows. */
class FindingExplanationStoreTest {

    private static final String TEXT = "A\n\n12574 and 13476 make 26320.";

    @TempDir
    Path folder;

    private static LedgerFinding.Draft sum(long articleId, FindingExplanation explanation) {
        return new LedgerFinding.Draft("f1", "sum", "person|enter|afghanistan|count",
                "12574 + 13476 = 26050, not 26320", List.of(new FindingRef(articleId, 26, 31, "26320")), explanation);
    }

    @Test
    void aReCheckRewritesTheExplanationKeepsTheRulingAndBothSurviveReopening() {
        long articleId;
        try (LedgerStore store = LedgerStore.open(folder, "tester")) {
            FindingStore findings = new FindingStore(store);
            articleId = store.addArticle(new NewArticle(ArticleMetadata.headlineOnly("A"), TEXT, "h", "a.txt"))
                    .article().id();
            findings.sync(List.of(sum(articleId, new FindingExplanation("part-of", "low", "First guess."))));
            assertEquals(new FindingExplanation("part-of", "low", "First guess."),
                    findings.all().get(0).explanation());
            findings.rule(findings.all().get(0).id(), FindingRuling.DISMISSED, "checked by phone", null);

            assertEquals(0, findings.sync(List.of(sum(articleId,
                    new FindingExplanation("part-of", "high", "The parts are named in the same sentence.")))));
        }

        try (LedgerStore store = LedgerStore.open(folder, "tester")) {
            LedgerFinding again = new FindingStore(store).all().get(0);
            assertEquals("high", again.confidence());
            assertEquals("part-of", again.relation());
            assertEquals("The parts are named in the same sentence.", again.why());
            assertEquals(FindingRuling.DISMISSED, again.ruling());
            assertEquals("checked by phone", again.reason());
        }
    }

    @Test
    void aFindingStoredBeforeExplanationsReadsAsMediumWithoutRelationOrWhy() throws Exception {
        String url = "jdbc:h2:file:" + folder.resolve(LedgerStore.DATABASE_NAME).toAbsolutePath();
        Flyway.configure().dataSource(url, "claimdesk", "").locations("classpath:db/migration").target("6").load()
                .migrate();
        try (Connection connection = DriverManager.getConnection(url, "claimdesk", "");
             Statement sql = connection.createStatement()) {
            sql.execute("INSERT INTO finding (id, fingerprint, kind, measure_key, message, ruling, resolved,"
                    + " first_seen, last_seen) VALUES (3, 'old-fp', 'conflict', 'person|leave|iran|count',"
                    + " '75,000 vs 70,000', 'OPEN', FALSE, TIMESTAMP WITH TIME ZONE '2025-01-02 03:04:05+00',"
                    + " TIMESTAMP WITH TIME ZONE '2025-01-02 03:04:05+00')");
            sql.execute("SHUTDOWN");
        }

        try (LedgerStore store = LedgerStore.open(folder, "tester")) {
            LedgerFinding old = new FindingStore(store).all().get(0);
            assertEquals("old-fp", old.fingerprint());
            assertEquals(FindingExplanation.NONE, old.explanation());
            assertEquals("medium", old.confidence());
            assertEquals("", old.relation());
            assertEquals("", old.why());
        }
    }

    @Test
    void unknownConfidenceCodesReadAsMediumAndTheRanksPutHighFirst() {
        assertEquals("medium", new FindingExplanation("copy", "certain", "").confidence());
        assertEquals("high", new FindingExplanation(null, " HIGH ", null).confidence());
        assertEquals(List.of(0, 1, 2), FindingExplanation.CONFIDENCES.stream()
                .map(code -> new FindingExplanation("", code, "").confidenceRank()).toList());
    }
}
