package claimdesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import claimdesk.model.Article;
import claimdesk.model.Claim;
import claimdesk.model.ClaimStatus;
import claimdesk.model.Verdict;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A ledger written by the first schema version, filled with plain SQL as that release would have, is upgraded by
 * {@link LedgerStore#open} through every later migration without losing an article, claim, tag or audit row.
 */
class SchemaUpgradeTest {

    private static final String TEXT = "Old headline\n\nMore than 75,000 migrants left Iran in the past two weeks.";

    @TempDir
    Path folder;

    @Test
    void upgradesAVersionOneLedgerWithoutLosingData() throws Exception {
        String url = "jdbc:h2:file:" + folder.resolve(LedgerStore.DATABASE_NAME).toAbsolutePath();
        Flyway.configure().dataSource(url, "claimdesk", "").locations("classpath:db/migration").target("1").load()
                .migrate();
        try (Connection connection = DriverManager.getConnection(url, "claimdesk", "");
             Statement sql = connection.createStatement()) {
            sql.execute("INSERT INTO article (id, uuid, headline, outlet, body, text_hash, source_name, imported_at) "
                    + "VALUES (1, '6f1c6d7e-0000-4000-8000-000000000001', 'Old headline', 'Old outlet', '"
                    + TEXT + "', 'old-hash', 'old.txt', TIMESTAMP WITH TIME ZONE '2025-01-02 03:04:05+00')");
            sql.execute("INSERT INTO claim (id, uuid, article_id, span_start, span_end, quote, prefix, suffix, verdict,"
                    + " status, note, created_at, updated_at) VALUES (7, '6f1c6d7e-0000-4000-8000-000000000007', 1,"
                    + " 14, 30, 'More than 75,000', 'e\n\n', ' migrants', 'MOSTLY_TRUE', 'VERIFIED', 'checked',"
                    + " TIMESTAMP WITH TIME ZONE '2025-01-02 03:04:05+00', TIMESTAMP WITH TIME ZONE '2025-01-02 03:04:05+00')");
            sql.execute("INSERT INTO claim_tag (claim_id, tag) VALUES (7, 'figure'), (7, 'migration')");
            sql.execute("INSERT INTO audit_entry (entity, entity_id, field, old_value, new_value, changed_at, reviewer)"
                    + " VALUES ('claim', 7, 'created', NULL, 'More than 75,000',"
                    + " TIMESTAMP WITH TIME ZONE '2025-01-02 03:04:05+00', 'old reviewer')");
            sql.execute("SHUTDOWN");
        }

        try (LedgerStore store = LedgerStore.open(folder, "tester")) {
            Article article = store.article(1).orElseThrow();
            assertEquals("Old headline", article.metadata().headline());
            assertEquals("Old outlet", article.metadata().outlet());
            assertEquals(TEXT, article.text());
            Claim claim = store.claim(7).orElseThrow();
            assertEquals("More than 75,000", claim.quote().exact());
            assertEquals(Verdict.MOSTLY_TRUE, claim.verdict());
            assertEquals(ClaimStatus.VERIFIED, claim.status());
            assertEquals(List.of("figure", "migration"), claim.tags());
            assertEquals("old reviewer", store.auditOf("claim", 7).get(0).reviewer());
            // Figures came with V2: the old article has none yet and is queued for extraction.
            assertTrue(store.articlesNeedingFigures(1).contains(1L));
        }

        MigrationInfo[] all = Flyway.configure().dataSource(url, "claimdesk", "")
                .locations("classpath:db/migration").load().info().all();
        assertTrue(all.length >= 2, "expected more than the first migration");
        for (MigrationInfo migration : all) {
            assertTrue(migration.getState().isApplied(), migration.getVersion() + " is " + migration.getState());
        }
    }
}
