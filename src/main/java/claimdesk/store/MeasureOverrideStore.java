package claimdesk.store;

import claimdesk.model.MeasureSplit;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jdbi.v3.core.Jdbi;

/**
 * The reviewer's merges and splits of measures for the consistency check (see {@code V5__measure_overrides.sql}).
 * Each change runs in one transaction with its audit entry, signed with the ledger's reviewer. Any thread; writes
 * belong on the store-writer lane like other ledger writes.
 */
public final class MeasureOverrideStore {

    private final LedgerStore ledger;
    private final Jdbi jdbi;

    public MeasureOverrideStore(LedgerStore ledger) {
        this.ledger = ledger;
        this.jdbi = ledger.jdbi();
    }

    /**
     * Records that {@code fromKey} is the same measure as {@code toKey}; returns the key it was merged into before
     * (null if none). A merge into itself is refused, as it would hide the group.
     */
    public String merge(String fromKey, String toKey) {
        Objects.requireNonNull(fromKey, "fromKey");
        Objects.requireNonNull(toKey, "toKey");
        if (fromKey.equals(toKey)) {
            throw new IllegalArgumentException("a measure cannot be merged into itself: " + fromKey);
        }
        return jdbi.inTransaction(handle -> {
            String before = handle.createQuery("SELECT to_key FROM measure_alias WHERE from_key = :from")
                    .bind("from", fromKey).mapTo(String.class).findOne().orElse(null);
            handle.createUpdate("DELETE FROM measure_alias WHERE from_key = :from").bind("from", fromKey).execute();
            long id = handle.createUpdate("""
                    INSERT INTO measure_alias (from_key, to_key, created_at, reviewer)
                    VALUES (:from, :to, :now, :reviewer)""")
                    .bind("from", fromKey).bind("to", toKey).bind("now", now()).bind("reviewer", ledger.reviewer())
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            ledger.auditIn(handle, "measure_alias", id, "merge", before == null ? null : fromKey + " -> " + before,
                    fromKey + " -> " + toKey);
            return before;
        });
    }

    /** Moves one figure into {@code split.measureKey()}; returns the key it was split into before (null if none). */
    public String split(MeasureSplit split) {
        return jdbi.inTransaction(handle -> {
            String before = handle.createQuery("""
                    SELECT measure_key FROM measure_split
                    WHERE article_id = :article AND span_start = :start AND span_end = :end""")
                    .bind("article", split.articleId()).bind("start", split.start()).bind("end", split.end())
                    .mapTo(String.class).findOne().orElse(null);
            handle.createUpdate("""
                    DELETE FROM measure_split
                    WHERE article_id = :article AND span_start = :start AND span_end = :end""")
                    .bind("article", split.articleId()).bind("start", split.start()).bind("end", split.end())
                    .execute();
            long id = handle.createUpdate("""
                    INSERT INTO measure_split (article_id, span_start, span_end, span_text, measure_key, created_at,
                                               reviewer)
                    VALUES (:article, :start, :end, :text, :key, :now, :reviewer)""")
                    .bind("article", split.articleId()).bind("start", split.start()).bind("end", split.end())
                    .bind("text", split.text()).bind("key", split.measureKey()).bind("now", now())
                    .bind("reviewer", ledger.reviewer())
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            ledger.auditIn(handle, "measure_split", id, "split", before,
                    "\"" + split.text() + "\" -> " + split.measureKey());
            return before;
        });
    }

    /** Every merge, from key to key, in key order. */
    public Map<String, String> aliases() {
        return jdbi.withHandle(handle -> {
            Map<String, String> aliases = new LinkedHashMap<>();
            handle.createQuery("SELECT from_key, to_key FROM measure_alias ORDER BY from_key")
                    .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2)))
                    .forEach(e -> aliases.put(e.getKey(), e.getValue()));
            return aliases;
        });
    }

    /** Every split, by article and position. */
    public List<MeasureSplit> splits() {
        return jdbi.withHandle(handle -> handle.createQuery("""
                SELECT article_id, span_start, span_end, span_text, measure_key FROM measure_split
                ORDER BY article_id, span_start, span_end""")
                .map((rs, ctx) -> new MeasureSplit(rs.getLong(1), rs.getInt(2), rs.getInt(3), rs.getString(4),
                        rs.getString(5))).list());
    }

    // H2 keeps microseconds, like the other stores.
    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
