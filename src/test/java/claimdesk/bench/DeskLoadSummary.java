package claimdesk.bench;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/** The desk load's numbers as Markdown: one table of throughput and latency per operation, then the check. */
final class DeskLoadSummary {

    private final int reviewers;
    private final int seconds;
    private final String where;
    private final int articles;
    private final List<DeskReviewer.Tally> tallies;
    private final double elapsed;

    DeskLoadSummary(int reviewers, int seconds, String where, int articles, List<DeskReviewer.Tally> tallies,
                    double elapsed) {
        this.reviewers = reviewers;
        this.seconds = seconds;
        this.where = where;
        this.articles = articles;
        this.tallies = tallies;
        this.elapsed = elapsed;
    }

    String markdown(AcknowledgedWrites.Verification verification, double verifySeconds) {
        LatencySamples creates = merged(t -> t.creates);
        LatencySamples updates = merged(t -> t.updates);
        LatencySamples sources = merged(t -> t.sources);
        LatencySamples refused = merged(t -> t.refused);
        LatencySamples saves = LatencySamples.merge(List.of(creates, updates, sources));
        long stale = tallies.stream().mapToLong(t -> t.staleRefusals).sum();
        long gaveUp = tallies.stream().mapToLong(t -> t.gaveUp).sum();
        Map<String, Integer> errors = new TreeMap<>();
        tallies.forEach(t -> t.errors.forEach((kind, n) -> errors.merge(kind, n, Integer::sum)));
        long errorCount = errors.values().stream().mapToLong(Integer::longValue).sum();

        StringBuilder md = new StringBuilder();
        md.append(String.format("%d reviewers, %d s asked (%.1f s measured), %d seed articles, on %s; Java %s.%n%n",
                reviewers, seconds, elapsed, articles, where, Runtime.version()));
        md.append("| operation | acknowledged | ops/s | p50 ms | p95 ms | p99 ms | max ms |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|\n");
        row(md, "create claim", creates);
        row(md, "update claim", updates);
        row(md, "add source (create + cite)", sources);
        row(md, "**all acknowledged saves**", saves);
        row(md, "update refused as stale", refused);
        md.append(String.format("%nStale refusals: %d (%.2f%% of %d update attempts); updates given up after %d "
                        + "refusals in a row: %d. Errors: %d%s.%n", stale,
                100.0 * stale / Math.max(1, stale + updates.count()), stale + updates.count(),
                DeskReviewer.MAX_ATTEMPTS, gaveUp, errorCount, errors.isEmpty() ? "" : " " + errors));
        tallies.stream().map(t -> t.firstError).filter(e -> e != null).findFirst()
                .ifPresent(e -> md.append("First error: `").append(e).append("`\n"));
        md.append(String.format("%nCheck (%.1f s): %d acknowledged claims (%d of them updated), %d sources, %d "
                        + "citations; ", verifySeconds, verification.claims(), verification.updatedClaims(),
                verification.sources(), verification.links()));
        if (verification.complete()) {
            md.append("**every acknowledged write is stored.**\n");
        } else {
            md.append("**").append(verification.problemCount()).append(" acknowledged writes are MISSING or wrong:**\n");
            verification.problems().forEach(p -> md.append("- ").append(p).append('\n'));
        }
        return md.toString();
    }

    private LatencySamples merged(Function<DeskReviewer.Tally, LatencySamples> part) {
        return LatencySamples.merge(tallies.stream().map(part).toList());
    }

    private void row(StringBuilder md, String label, LatencySamples samples) {
        md.append(String.format("| %s | %d | %.1f | %.2f | %.2f | %.2f | %.1f |%n", label, samples.count(),
                samples.count() / elapsed, samples.percentileMillis(50), samples.percentileMillis(95),
                samples.percentileMillis(99), samples.maxMillis()));
    }
}
