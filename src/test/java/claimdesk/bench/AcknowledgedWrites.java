package claimdesk.bench;

import claimdesk.model.ArticleSummary;
import claimdesk.model.Claim;
import claimdesk.model.Source;
import claimdesk.model.SourceTally;
import claimdesk.store.LedgerStore;
import claimdesk.store.SourceStore;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * Every write the desk acknowledged during the load, and the check afterwards that each one is stored. Versions make
 * the check exact even though reviewers also save each other's claims: a claim's version n + 1 is written by exactly
 * one acknowledged save, so the claim as stored must be at the highest version acknowledged, with that save's note,
 * verdict and status. A save that failed with an error (not a stale refusal) may or may not have committed; its
 * claim is marked uncertain and may then be stored at a newer version than any acknowledged. Thread-safe.
 */
final class AcknowledgedWrites {

    private static final int SHOWN_PROBLEMS = 10;

    private final Map<UUID, Claim> latest = new ConcurrentHashMap<>();
    private final Set<Long> sources = ConcurrentHashMap.newKeySet();
    private final Map<Long, AtomicInteger> linksPerClaim = new ConcurrentHashMap<>();
    private final Set<Long> uncertain = ConcurrentHashMap.newKeySet();

    /** A created claim, or a claim saved at {@code saved.version()} with its fields as given. */
    void saved(Claim saved) {
        latest.merge(saved.uuid(), saved, (known, now) -> now.version() > known.version() ? now : known);
    }

    void linked(long claimId, long sourceId) {
        sources.add(sourceId);
        linksPerClaim.computeIfAbsent(claimId, id -> new AtomicInteger()).incrementAndGet();
    }

    void failedOn(long claimId) {
        uncertain.add(claimId);
    }

    int claimCount() {
        return latest.size();
    }

    /** What the check found: counts of what was checked, and the first problems in words. */
    record Verification(int claims, int updatedClaims, int sources, int links, int problemCount,
                        List<String> problems) {
        boolean complete() {
            return problemCount == 0;
        }
    }

    /** Reads the whole ledger through {@code store} after the load and compares it with what was acknowledged. */
    Verification verify(LedgerStore store, SourceStore sourceStore) {
        List<String> problems = new ArrayList<>();
        Map<UUID, Claim> stored = store.allClaims().stream().collect(Collectors.toMap(Claim::uuid, c -> c));
        int updated = 0;
        for (Claim expected : latest.values()) {
            updated += expected.version() > 0 ? 1 : 0;
            Claim actual = stored.get(expected.uuid());
            if (actual == null) {
                problems.add("claim " + expected.id() + " (" + expected.uuid() + ") was acknowledged but is missing");
            } else if (actual.version() < expected.version()
                    || actual.version() > expected.version() && !uncertain.contains(expected.id())) {
                problems.add("claim " + expected.id() + " is at version " + actual.version() + ", acknowledged "
                        + expected.version());
            } else if (actual.version() == expected.version() && !sameFields(actual, expected)) {
                problems.add("claim " + expected.id() + " at version " + actual.version() + " holds \""
                        + actual.note() + "\", acknowledged \"" + expected.note() + "\"");
            }
        }
        Set<Long> storedSources = sourceStore.sources().stream().map(Source::id).collect(Collectors.toSet());
        sources.stream().filter(id -> !storedSources.contains(id))
                .forEach(id -> problems.add("source " + id + " was acknowledged but is missing"));
        Map<Long, SourceTally> tallies = new HashMap<>();
        for (ArticleSummary article : store.articles()) {
            tallies.putAll(sourceStore.talliesOf(article.id()));
        }
        int links = 0;
        for (Map.Entry<Long, AtomicInteger> entry : linksPerClaim.entrySet()) {
            int acknowledged = entry.getValue().get();
            int found = tallies.getOrDefault(entry.getKey(), SourceTally.NONE).total();
            links += acknowledged;
            if (found < acknowledged || found > acknowledged && !uncertain.contains(entry.getKey())) {
                problems.add("claim " + entry.getKey() + " cites " + found + " sources, acknowledged " + acknowledged);
            }
        }
        return new Verification(latest.size(), updated, sources.size(), links, problems.size(),
                List.copyOf(problems.subList(0, Math.min(SHOWN_PROBLEMS, problems.size()))));
    }

    private static boolean sameFields(Claim actual, Claim expected) {
        return actual.note().equals(expected.note()) && actual.verdict() == expected.verdict()
                && actual.status() == expected.status();
    }
}
