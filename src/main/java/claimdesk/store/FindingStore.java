package claimdesk.store;

import claimdesk.model.FindingExplanation;
import claimdesk.model.FindingRef;
import claimdesk.model.FindingRuling;
import claimdesk.model.LedgerFinding;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Update;

/**
 * The ledger's consistency findings and the rulings on them. {@link #sync} takes what the checker produced now:
 * known fingerprints keep their ruling, new ones arrive open, and findings no longer produced are marked resolved
 * (never deleted, so the reviewer sees that an edit resolved them). Every finding seen again takes the checker's
 * new message and explanation. Every ruling is audited.
 */
public final class FindingStore {

    /** The width of {@code finding.relation} (V7). */
    private static final int RELATION_LENGTH = 30;

    private final LedgerStore ledger;
    private final Jdbi jdbi;

    public FindingStore(LedgerStore ledger) {
        this.ledger = ledger;
        this.jdbi = ledger.jdbi();
    }

    /** Stores the current findings in one transaction; returns how many are new. */
    public int sync(List<LedgerFinding.Draft> current) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        return jdbi.inTransaction(handle -> {
            Map<String, Long> known = new HashMap<>();
            handle.createQuery("SELECT id, fingerprint FROM finding").map((rs, ctx) -> Map.entry(
                    rs.getString("fingerprint"), rs.getLong("id"))).forEach(e -> known.put(e.getKey(), e.getValue()));
            Set<String> seen = new HashSet<>();
            int created = 0;
            for (LedgerFinding.Draft draft : current) {
                if (!seen.add(draft.fingerprint())) {
                    continue;
                }
                Long id = known.get(draft.fingerprint());
                if (id == null) {
                    id = insert(handle, draft, now);
                    created++;
                } else {
                    // The explanation is rewritten too: a better one for the same fingerprint keeps the ruling.
                    explained(handle.createUpdate("""
                            UPDATE finding SET kind = :kind, measure_key = :measureKey, message = :message,
                                               relation = :relation, confidence = :confidence, why = :why,
                                               resolved = FALSE, last_seen = :now WHERE id = :id"""), draft)
                            .bind("kind", draft.kind()).bind("measureKey", draft.measureKey())
                            .bind("message", draft.message()).bind("now", now).bind("id", id).execute();
                    handle.createUpdate("DELETE FROM finding_ref WHERE finding_id = :id").bind("id", id).execute();
                }
                insertRefs(handle, id, draft.refs());
            }
            for (Map.Entry<String, Long> old : known.entrySet()) {
                if (!seen.contains(old.getKey())) {
                    handle.createUpdate("UPDATE finding SET resolved = TRUE WHERE id = :id AND resolved = FALSE")
                            .bind("id", old.getValue()).execute();
                }
            }
            return created;
        });
    }

    private static long insert(Handle handle, LedgerFinding.Draft draft, Instant now) {
        return explained(handle.createUpdate("""
                INSERT INTO finding (fingerprint, kind, measure_key, message, relation, confidence, why,
                                     ruling, resolved, first_seen, last_seen)
                VALUES (:fingerprint, :kind, :measureKey, :message, :relation, :confidence, :why,
                        'OPEN', FALSE, :now, :now)"""), draft)
                .bind("fingerprint", draft.fingerprint()).bind("kind", draft.kind())
                .bind("measureKey", draft.measureKey()).bind("message", draft.message()).bind("now", now)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    private static Update explained(Update update, LedgerFinding.Draft draft) {
        FindingExplanation explanation = draft.explanation();
        // The column is short; a relation code longer than it is cut rather than failing the whole check.
        String relation = explanation.relation().length() > RELATION_LENGTH
                ? explanation.relation().substring(0, RELATION_LENGTH) : explanation.relation();
        return update.bind("relation", relation).bind("confidence", explanation.confidence())
                .bind("why", explanation.why());
    }

    private static void insertRefs(Handle handle, long findingId, List<FindingRef> refs) {
        for (int i = 0; i < refs.size(); i++) {
            FindingRef ref = refs.get(i);
            handle.createUpdate("""
                    INSERT INTO finding_ref (finding_id, position, article_id, span_start, span_end, span_text)
                    VALUES (:findingId, :position, :articleId, :start, :end, :text)""")
                    .bind("findingId", findingId).bind("position", i).bind("articleId", ref.articleId())
                    .bind("start", ref.start()).bind("end", ref.end()).bind("text", ref.text()).execute();
        }
    }

    /** Every finding, resolved ones included, grouped by measure key and ordered by first sighting. */
    public List<LedgerFinding> all() {
        return jdbi.withHandle(handle -> {
            Map<Long, List<FindingRef>> refs = new HashMap<>();
            handle.createQuery("SELECT * FROM finding_ref ORDER BY finding_id, position").map((rs, ctx) ->
                    Map.entry(rs.getLong("finding_id"), new FindingRef(rs.getLong("article_id"),
                            rs.getInt("span_start"), rs.getInt("span_end"), rs.getString("span_text"))))
                    .forEach(e -> refs.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
            return handle.createQuery("SELECT * FROM finding ORDER BY measure_key, first_seen, id")
                    .map((rs, ctx) -> map(rs, refs.getOrDefault(rs.getLong("id"), List.of()))).list();
        });
    }

    /** Records a ruling (with its reason, and the claim that records a confirmation) and returns the old ruling. */
    public FindingRuling rule(long findingId, FindingRuling ruling, String reason, Long claimId) {
        return jdbi.inTransaction(handle -> {
            FindingRuling before = handle.createQuery("SELECT ruling FROM finding WHERE id = :id")
                    .bind("id", findingId).mapTo(String.class).findOne().map(FindingRuling::valueOf)
                    .orElseThrow(() -> new java.util.NoSuchElementException("No finding with id " + findingId));
            handle.createUpdate(
                            "UPDATE finding SET ruling = :ruling, reason = :reason, claim_id = :claimId WHERE id = :id")
                    .bind("ruling", ruling.name()).bind("reason", reason).bind("claimId", claimId)
                    .bind("id", findingId).execute();
            ledger.auditIn(handle, "finding", findingId, "ruling", before.name(),
                    ruling.name() + (reason == null || reason.isBlank() ? "" : ": " + reason));
            return before;
        });
    }

    /** Open findings per article id, for the library's counts. */
    public Map<Long, Integer> openCountsByArticle() {
        return jdbi.withHandle(handle -> {
            Map<Long, Integer> counts = new LinkedHashMap<>();
            handle.createQuery("""
                    SELECT r.article_id, COUNT(DISTINCT f.id) AS open_findings
                    FROM finding f JOIN finding_ref r ON r.finding_id = f.id
                    WHERE f.ruling = 'OPEN' AND f.resolved = FALSE
                    GROUP BY r.article_id""")
                    .map((rs, ctx) -> Map.entry(rs.getLong(1), rs.getInt(2)))
                    .forEach(e -> counts.put(e.getKey(), e.getValue()));
            return counts;
        });
    }

    private static LedgerFinding map(ResultSet rs, List<FindingRef> refs) throws SQLException {
        long claimId = rs.getLong("claim_id");
        Long claim = rs.wasNull() ? null : claimId;
        return new LedgerFinding(rs.getLong("id"), rs.getString("fingerprint"), rs.getString("kind"),
                rs.getString("measure_key"), rs.getString("message"), refs,
                FindingRuling.valueOf(rs.getString("ruling")), rs.getString("reason"), claim,
                rs.getBoolean("resolved"), rs.getObject("first_seen", OffsetDateTime.class).toInstant(),
                rs.getObject("last_seen", OffsetDateTime.class).toInstant(),
                // Rows stored before V7 have NULLs here, which read as medium confidence without relation or why.
                new FindingExplanation(rs.getString("relation"), rs.getString("confidence"), rs.getString("why")));
    }
}
