package claimdesk.store;

import claimdesk.model.TextQuote;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Trims the whitespace at the edges of every stored claim quote, as {@link LedgerStore#createClaim} now does for new
 * ones: the offsets move in and the whitespace joins the stored prefix and suffix ({@link TextQuote#trimmed}), so
 * the claim still anchors on the same words. Each changed claim gets an audit row for its span, signed by this
 * migration, and keeps its update time: trimming is not a reviewer's change. Standard SQL through JDBC, so it runs
 * on the planned PostgreSQL ledger too.
 */
final class V9__trim_claim_quotes extends BaseJavaMigration {

    static final String SIGNED = "Claimdesk (migration V9: quote trimmed)";

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        try (PreparedStatement select = connection.prepareStatement(
                     "SELECT id, span_start, span_end, quote, prefix, suffix FROM claim ORDER BY id");
             PreparedStatement update = connection.prepareStatement("UPDATE claim SET span_start = ?, span_end = ?, "
                     + "quote = ?, prefix = ?, suffix = ? WHERE id = ?");
             PreparedStatement audit = connection.prepareStatement("INSERT INTO audit_entry (entity, entity_id, "
                     + "field, old_value, new_value, changed_at, reviewer) VALUES ('claim', ?, 'quote', ?, ?, ?, ?)");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                TextQuote stored = new TextQuote(rows.getInt("span_start"), rows.getInt("span_end"),
                        rows.getString("quote"), rows.getString("prefix"), rows.getString("suffix"));
                TextQuote trimmed = stored.trimmed();
                if (trimmed.equals(stored)) {
                    continue;
                }
                long id = rows.getLong("id");
                update.setInt(1, trimmed.start());
                update.setInt(2, trimmed.end());
                update.setString(3, trimmed.exact());
                update.setString(4, trimmed.prefix());
                update.setString(5, trimmed.suffix());
                update.setLong(6, id);
                update.executeUpdate();
                audit.setLong(1, id);
                audit.setString(2, stored.start() + ".." + stored.end());
                audit.setString(3, trimmed.start() + ".." + trimmed.end());
                audit.setObject(4, now);
                audit.setString(5, SIGNED);
                audit.executeUpdate();
            }
        }
    }
}
