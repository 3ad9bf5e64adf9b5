package claimdesk.store;

import claimdesk.model.Claim;
import claimdesk.model.ClaimStatus;
import claimdesk.model.QueueFilter;
import claimdesk.model.QueuedClaim;
import claimdesk.model.Verdict;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.TreeMap;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;

/**
 * The desk's claim queue: every claim of the ledger, across articles, with who is assigned to check it (V13). Shares
 * the ledger's connections; every method is one transaction, safe from any thread. An assignment is audited like a
 * claim edit (entity "claim", field "assignee"), so a desk's other windows hear of it. It does not count as a save of
 * the claim: neither its version nor its {@code updated_at} moves, so assigning a claim never makes a colleague's
 * open edit of it stale.
 */
public final class ClaimQueue {

    /** Claims whose tags are read in one statement; keeps the IN list well inside every driver's limit. */
    private static final int TAG_BATCH = 500;

    private final LedgerStore ledger;
    private final Jdbi jdbi;

    public ClaimQueue(LedgerStore ledger) {
        this.ledger = ledger;
        this.jdbi = ledger.jdbi();
    }

    /**
     * Assigns the claim to {@code assignee} (stripped; null or blank unassigns) and returns who had it, or null.
     * Assigning the same name again writes nothing.
     *
     * @throws NoSuchElementException if the ledger has no such claim
     */
    public String assign(long claimId, String assignee) {
        String after = assignee == null || assignee.isBlank() ? null : assignee.strip();
        return jdbi.inTransaction(handle -> {
            Claim claim = handle.attach(ClaimDao.class).find(claimId).orElseThrow(() ->
                    new NoSuchElementException("No claim with id " + claimId + " in the ledger"));
            String before = handle.createQuery("SELECT assignee FROM claim WHERE id = :id").bind("id", claimId)
                    .mapTo(String.class).one();
            if (Objects.equals(before, after)) {
                return before;
            }
            int rows = handle.createUpdate("UPDATE claim SET assignee = :assignee WHERE id = :id")
                    .bind("assignee", after).bind("id", claimId).execute();
            // On a desk, a reviewer's UPDATE of a Published claim is skipped by row-level security, not refused.
            DeskRefusals.requireWritten(rows, claim, "assign");
            ledger.auditIn(handle, "claim", claimId, "assignee", before, after);
            return before;
        });
    }

    /** The claims {@code filter} lets through, by status (Draft first), then most recently saved first. */
    public List<QueuedClaim> list(QueueFilter filter) {
        Map<String, Object> binds = new HashMap<>();
        String sql = """
                SELECT c.id, c.article_id, a.headline, c.quote, c.status, c.verdict, c.assignee, c.updated_at
                FROM claim c JOIN article a ON a.id = c.article_id
                WHERE 1 = 1""" + where(filter, binds) + "\nORDER BY " + statusOrder() + ", c.updated_at DESC, c.id DESC";
        return jdbi.withHandle(handle -> {
            Query query = handle.createQuery(sql);
            binds.forEach(query::bind);
            List<QueuedClaim> rows = query.map((rs, ctx) -> new QueuedClaim(rs.getLong("id"),
                    rs.getLong("article_id"), rs.getString("headline"), rs.getString("quote"),
                    ClaimStatus.valueOf(rs.getString("status")), Verdict.valueOf(rs.getString("verdict")),
                    rs.getString("assignee"), List.of(),
                    rs.getObject("updated_at", OffsetDateTime.class).toInstant())).list();
            return withTags(handle, rows);
        });
    }

    /**
     * The names to offer in "Assign to": everyone assigned a claim now, and every reviewer who signed a change.
     * One spelling per name whatever its case, sorted without regard to case.
     */
    public List<String> assignees() {
        List<String> names = jdbi.withHandle(handle -> handle.createQuery("""
                SELECT assignee AS name FROM claim WHERE assignee IS NOT NULL
                UNION
                SELECT reviewer AS name FROM audit_entry""").mapTo(String.class).list());
        TreeMap<String, String> byKey = new TreeMap<>();
        names.stream().map(String::strip).filter(name -> !name.isEmpty()).sorted()
                .forEach(name -> byKey.putIfAbsent(name.toLowerCase(java.util.Locale.ROOT), name));
        return byKey.values().stream().sorted(String.CASE_INSENSITIVE_ORDER).toList();
    }

    /** The WHERE conditions of {@code filter}, each value bound (never spliced into the text). */
    private static String where(QueueFilter filter, Map<String, Object> binds) {
        StringBuilder sql = new StringBuilder();
        if (!filter.statuses().isEmpty()) {
            sql.append("\nAND c.status IN (").append(placeholders("status",
                    filter.statuses().stream().map(Enum::name).sorted().toList(), binds)).append(')');
        }
        if (!filter.verdicts().isEmpty()) {
            sql.append("\nAND c.verdict IN (").append(placeholders("verdict",
                    filter.verdicts().stream().map(Enum::name).sorted().toList(), binds)).append(')');
        }
        if (filter.wantsUnassigned()) {
            sql.append("\nAND c.assignee IS NULL");
        } else if (filter.assignee() != null) {
            sql.append("\nAND LOWER(c.assignee) = LOWER(:assignee)");
            binds.put("assignee", filter.assignee());
        }
        if (filter.tag() != null) {
            // Tags match without regard to case, as everywhere else (Tags).
            sql.append("\nAND EXISTS (SELECT 1 FROM claim_tag t WHERE t.claim_id = c.id AND LOWER(t.tag) = "
                    + "LOWER(:tag))");
            binds.put("tag", filter.tag());
        }
        if (filter.articleId() != null) {
            sql.append("\nAND c.article_id = :articleId");
            binds.put("articleId", filter.articleId());
        }
        return sql.toString();
    }

    private static String placeholders(String prefix, List<String> values, Map<String, Object> binds) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            names.add(":" + prefix + i);
            binds.put(prefix + i, values.get(i));
        }
        return String.join(", ", names);
    }

    /** The workflow's order (Draft, In review, Verified, Published), not the names' alphabetical one. */
    private static String statusOrder() {
        StringBuilder order = new StringBuilder("CASE c.status");
        for (ClaimStatus status : ClaimStatus.values()) {
            order.append(" WHEN '").append(status.name()).append("' THEN ").append(status.ordinal());
        }
        return order.append(" END").toString();
    }

    private static List<QueuedClaim> withTags(Handle handle, List<QueuedClaim> rows) {
        Map<Long, List<String>> tags = new HashMap<>();
        ClaimDao dao = handle.attach(ClaimDao.class);
        List<Long> ids = rows.stream().map(QueuedClaim::claimId).toList();
        for (int from = 0; from < ids.size(); from += TAG_BATCH) {
            dao.tagsOf(ids.subList(from, Math.min(ids.size(), from + TAG_BATCH))).forEach(tag ->
                    tags.computeIfAbsent(tag.claimId(), id -> new ArrayList<>()).add(tag.tag()));
        }
        return rows.stream().map(row -> new QueuedClaim(row.claimId(), row.articleId(), row.headline(), row.quote(),
                row.status(), row.verdict(), row.assignee(), tags.getOrDefault(row.claimId(), List.of()),
                row.updatedAt())).toList();
    }
}
