package claimdesk.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** Damages a closed, unencrypted ledger with plain SQL, as a bug or a foreign tool could: for resilience tests. */
public final class CorruptLedger {

    private CorruptLedger() {
    }

    /** Gives every stored figure of the article a kind no Claimdesk knows, so reading them fails. */
    public static void breakFiguresOf(Path folder, long articleId) throws SQLException {
        String url = "jdbc:h2:file:" + folder.resolve(LedgerStore.DATABASE_NAME).toAbsolutePath();
        try (Connection connection = DriverManager.getConnection(url, "claimdesk", "");
             Statement sql = connection.createStatement()) {
            int changed = sql.executeUpdate("UPDATE figure SET kind = 'BOGUS' WHERE article_id = " + articleId);
            if (changed == 0) {
                throw new IllegalStateException("article " + articleId + " has no figures to break");
            }
            sql.execute("SHUTDOWN");
        }
    }
}
