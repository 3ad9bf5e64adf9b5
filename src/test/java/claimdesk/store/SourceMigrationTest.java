package claimdesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import claimdesk.model.Claim;
import claimdesk.model.Source;
import claimdesk.model.Stance;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A ledger written by the previous release (schema V2) opens, gains the V3 tables and keeps its claims. */
class SourceMigrationTest {

    @TempDir
    Path folder;

    @Test
    void aV2LedgerMigratesAndItsClaimsCanCiteSources() throws Exception {
        String url = "jdbc:h2:file:" + folder.resolve(LedgerStore.DATABASE_NAME).toAbsolutePath();
        Flyway.configure().dataSource(url, "claimdesk", "").locations("classpath:db/migration")
                .target(MigrationVersion.fromVersion("2")).load().migrate();
        try (Connection connection = DriverManager.getConnection(url, "claimdesk", "");
             Statement sql = connection.createStatement()) {
            sql.execute("""
                    INSERT INTO article (id, uuid, headline, body, text_hash, imported_at)
                    VALUES (1, '00000000-0000-0000-0000-000000000001', 'Old', 'Old text about 75,000', 'h',
                            CURRENT_TIMESTAMP)""");
            sql.execute("""
                    INSERT INTO claim (id, uuid, article_id, span_start, span_end, quote, prefix, suffix, verdict,
                                       status, note, created_at, updated_at)
                    VALUES (7, '00000000-0000-0000-0000-000000000007', 1, 15, 21, '75,000', 'Old text about ', '',
                            'UNRATED', 'DRAFT', '', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)""");
            sql.execute("SHUTDOWN");
        }

        try (LedgerStore ledger = LedgerStore.open(folder, "tester")) {
            SourceStore sources = new SourceStore(ledger);
            Claim old = ledger.claim(7).orElseThrow();
            assertTrue(sources.evidenceOf(old.id()).isEmpty());
            Source source = sources.createSource(Source.draft(null, "UNHCR", null, null, null, null));
            sources.link(old.id(), source.id(), Stance.SUPPORTS, "", null);
            assertEquals(1, sources.talliesOf(1).get(7L).supports());
        }
    }
}
