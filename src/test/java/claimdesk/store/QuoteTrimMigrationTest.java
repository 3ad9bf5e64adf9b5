package claimdesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import claimdesk.model.AuditEntry;
import claimdesk.model.Claim;
import claimdesk.model.ClaimStatus;
import claimdesk.model.TextQuote;
import claimdesk.model.Verdict;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A V8 ledger whose claims were tagged with the space after a word: V9 trims their quotes, moves their offsets so
 * they still cover the same words, audits the change and leaves the update time; new claims are trimmed when tagged.
 */
class QuoteTrimMigrationTest {

    private static final String TEXT = "Headline\n\nThe men left voluntarily. He said so twice.";

    @TempDir
    Path folder;

    @Test
    void storedQuotesAreTrimmedAndStillAnchorOnTheSameWords() throws Exception {
        String url = "jdbc:h2:file:" + folder.resolve(LedgerStore.DATABASE_NAME).toAbsolutePath();
        Flyway.configure().dataSource(url, "claimdesk", "").locations("classpath:db/migration")
                .target(MigrationVersion.fromVersion("8")).load().migrate();
        int start = TEXT.indexOf("left");
        int end = TEXT.indexOf("He said");
        try (Connection connection = DriverManager.getConnection(url, "claimdesk", "");
             Statement sql = connection.createStatement()) {
            sql.execute("INSERT INTO article (id, uuid, headline, body, text_hash, imported_at) VALUES (1, "
                    + "'00000000-0000-0000-0000-000000000001', 'Headline', '" + TEXT + "', 'h', CURRENT_TIMESTAMP)");
            sql.execute("INSERT INTO claim (id, uuid, article_id, span_start, span_end, quote, prefix, suffix, verdict,"
                    + " status, note, created_at, updated_at) VALUES (7, '00000000-0000-0000-0000-000000000007', 1, "
                    + start + ", " + end + ", '" + TEXT.substring(start, end) + "', '"
                    + TEXT.substring(Math.max(0, start - 32), start) + "', '" + TEXT.substring(end) + "', 'TRUE',"
                    + " 'VERIFIED', '', TIMESTAMP WITH TIME ZONE '2025-01-02 03:04:05+00',"
                    + " TIMESTAMP WITH TIME ZONE '2025-01-02 03:04:05+00')");
            sql.execute("INSERT INTO claim (id, uuid, article_id, span_start, span_end, quote, prefix, suffix, verdict,"
                    + " status, note, created_at, updated_at) VALUES (8, '00000000-0000-0000-0000-000000000008', 1, "
                    + "0, 8, 'Headline', '', '" + TEXT.substring(8, 40) + "', 'TRUE', 'VERIFIED', '',"
                    + " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
            sql.execute("SHUTDOWN");
        }

        try (LedgerStore store = LedgerStore.open(folder, "tester")) {
            Claim trimmed = store.claim(7).orElseThrow();
            assertEquals("left voluntarily.", trimmed.quote().exact());
            assertEquals(TextQuote.of(TEXT, start, end - 1), trimmed.quote(), "offsets and context follow");
            assertEquals(Instant.parse("2025-01-02T03:04:05Z"), trimmed.updatedAt(), "not a reviewer's change");
            List<AuditEntry> audit = store.auditOf("claim", 7);
            assertEquals(1, audit.size());
            assertEquals("quote", audit.get(0).field());
            assertEquals(start + ".." + end, audit.get(0).oldValue());
            assertEquals(start + ".." + (end - 1), audit.get(0).newValue());
            assertEquals(V9__trim_claim_quotes.SIGNED, audit.get(0).reviewer());
            assertEquals(List.of(), store.auditOf("claim", 8), "a clean quote is left alone");

            int he = TEXT.indexOf("He said");
            Claim tagged = store.createClaim(1, TextQuote.of(TEXT, he - 1, TEXT.length()), List.of(),
                    Verdict.UNRATED, ClaimStatus.DRAFT, "");
            assertEquals(TextQuote.of(TEXT, he, TEXT.length()), tagged.quote());
        }
    }
}
