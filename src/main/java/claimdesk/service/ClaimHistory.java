package claimdesk.service;

import claimdesk.model.AuditEntry;
import claimdesk.model.ClaimChange;
import claimdesk.model.Evidence;
import claimdesk.store.LedgerStore;
import claimdesk.store.SourceStore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A claim's history from the audit trail, newest first: the claim's own rows (its fields and its citations, which
 * the ledger audits under the claim) and the rows of each source it cites now (the source's title, address and
 * files, which the ledger audits under the source, so they are read per source). A source cited twice is read once.
 * Used by the history window and by reports that ask for history; any thread.
 */
public final class ClaimHistory {

    private final LedgerStore store;
    private final SourceStore sources;

    public ClaimHistory(LedgerStore store) {
        this.store = Objects.requireNonNull(store, "store");
        this.sources = new SourceStore(store);
    }

    /** Every audited change of claim {@code claimId} and its cited sources; empty for an unknown claim. */
    public List<ClaimChange> of(long claimId) {
        List<Row> rows = new ArrayList<>();
        store.auditOf("claim", claimId).forEach(entry -> rows.add(new Row(entry, null)));
        Map<Long, String> cited = new LinkedHashMap<>();
        for (Evidence evidence : sources.evidenceOf(claimId)) {
            cited.putIfAbsent(evidence.source().id(), evidence.source().title());
        }
        cited.forEach((sourceId, title) ->
                store.auditOf("source", sourceId).forEach(entry -> rows.add(new Row(entry, title))));
        // Rows written in the same millisecond keep the order they were written in: audit ids only grow.
        rows.sort(Comparator.comparing((Row row) -> row.entry().at()).thenComparingLong(row -> row.entry().id())
                .reversed());
        return rows.stream().map(row -> ClaimChange.of(row.entry(), row.source())).toList();
    }

    private record Row(AuditEntry entry, String source) {
    }
}
