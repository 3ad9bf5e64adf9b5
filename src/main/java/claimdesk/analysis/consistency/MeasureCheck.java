package claimdesk.analysis.consistency;

import claimdesk.analysis.consistency.IntervalLogic.Interval;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Finds {@code conflict} and {@code differs} among figures of one measure (one bucket of equal {@link MeasureKey}).
 *
 * <p>conflict: same period and intervals that do not intersect (see {@link IntervalLogic}); or, for plain counts
 * (kind count, no rate), a period inside another whose count is certainly larger than the count of the enclosing
 * period, since a cumulative count cannot shrink when the period grows. differs: nominal values differ and the
 * periods overlap without being the same, or are unknown; informational. Disjoint periods (March and April) are a
 * time series, not a discrepancy, and are not listed.
 *
 * <p>Cost: a bucket of up to {@value #ALL_PAIRS_LIMIT} figures compares all pairs. A larger bucket is sorted by
 * value and each figure is compared with its next {@value #WINDOW} neighbours and with the bucket's smallest and
 * largest figure, so work stays linear; conflicts with the extremes are still found, but pairs between far apart
 * middle values are not. A bucket lists at most {@value #MAX_DIFFERS} differs pairs, those with the largest
 * relative gap first; conflicts are never capped.
 */
final class MeasureCheck {

    static final int ALL_PAIRS_LIMIT = 64;
    static final int WINDOW = 16;
    static final int MAX_DIFFERS = 100;

    private static final Comparator<Measured> BY_VALUE = Comparator
            .comparing((Measured m) -> IntervalLogic.nominal(m.figure()),
                    Comparator.nullsFirst(Comparator.<BigDecimal>naturalOrder()))
            .thenComparing(Measured.BY_POSITION);

    /** A differs pair waiting for the per-bucket cap; {@code gap} is |a - b| / max(|a|, |b|). */
    private record Differs(Measured a, Measured b, double gap) {
        List<TextRef> refs() {
            return List.of(a.ref(), b.ref());
        }

        Finding finding() {
            return MeasureCheck.finding(FindingKind.DIFFERS, a, b, String.format(
                    "\"%s\" (%s, %s) differs from \"%s\" (%s, %s).", a.figure().text(), a.article().key(),
                    a.periodLabel(), b.figure().text(), b.article().key(), b.periodLabel()));
        }
    }

    private MeasureCheck() {
    }

    static List<Finding> check(Collection<List<Measured>> buckets) {
        List<Finding> findings = new ArrayList<>();
        for (List<Measured> bucket : buckets) {
            List<Measured> sorted = new ArrayList<>(bucket);
            sorted.sort(BY_VALUE);
            int n = sorted.size();
            List<Differs> differs = new ArrayList<>();
            if (n <= ALL_PAIRS_LIMIT) {
                for (int i = 0; i < n; i++) {
                    for (int j = i + 1; j < n; j++) {
                        compare(sorted.get(i), sorted.get(j), findings, differs);
                    }
                }
            } else {
                for (long pair : windowPairs(n)) {
                    compare(sorted.get((int) (pair >>> 32)), sorted.get((int) pair), findings, differs);
                }
            }
            // Messages are built only for the pairs kept: large measures have many more candidates.
            differs.sort(Comparator.comparingDouble(Differs::gap).reversed()
                    .thenComparing(Differs::refs, Fingerprints.REFS));
            differs.stream().limit(MAX_DIFFERS).forEach(d -> findings.add(d.finding()));
        }
        return findings;
    }

    /**
     * Pairs (i &lt; j, packed as i &lt;&lt; 32 | j), each once: neighbours within the window, then the first
     * figure with those beyond its window, then the last figure with those before the window it is in.
     */
    private static long[] windowPairs(int n) {
        List<Long> pairs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j <= Math.min(n - 1, i + WINDOW); j++) {
                pairs.add((long) i << 32 | j);
            }
        }
        for (int j = WINDOW + 1; j < n; j++) {
            pairs.add((long) j);
        }
        for (int i = 1; i < n - 1 - WINDOW; i++) {
            pairs.add((long) i << 32 | (n - 1));
        }
        return pairs.stream().mapToLong(Long::longValue).toArray();
    }

    private static void compare(Measured x, Measured y, List<Finding> conflicts, List<Differs> differs) {
        boolean inOrder = Measured.BY_POSITION.compare(x, y) <= 0;
        Measured a = inOrder ? x : y;
        Measured b = inOrder ? y : x;
        Interval ia = IntervalLogic.of(a.figure());
        Interval ib = IntervalLogic.of(b.figure());
        PeriodRelation relation = PeriodRelation.of(a, b);
        boolean cumulative = a.key().dimension().equals("count");
        if (relation == PeriodRelation.SAME && !IntervalLogic.intersect(ia, ib)) {
            conflicts.add(finding(FindingKind.CONFLICT, a, b, String.format(
                    "\"%s\" (%s) and \"%s\" (%s) cannot both be true for the same measure and period.",
                    a.figure().text(), a.article().key(), b.figure().text(), b.article().key())));
        } else if (cumulative && relation == PeriodRelation.FIRST_INSIDE_SECOND && IntervalLogic.below(ib, ia)) {
            conflicts.add(shrinking(a, b));
        } else if (cumulative && relation == PeriodRelation.SECOND_INSIDE_FIRST && IntervalLogic.below(ia, ib)) {
            conflicts.add(shrinking(b, a));
        } else if (relation != PeriodRelation.SAME && relation != PeriodRelation.DISJOINT
                && IntervalLogic.differ(a.figure(), b.figure())) {
            differs.add(new Differs(a, b, gap(a, b)));
        }
    }

    private static double gap(Measured a, Measured b) {
        double x = IntervalLogic.nominal(a.figure()).doubleValue();
        double y = IntervalLogic.nominal(b.figure()).doubleValue();
        double scale = Math.max(Math.abs(x), Math.abs(y));
        return scale == 0 ? 0 : Math.abs(x - y) / scale;
    }

    private static Finding shrinking(Measured inner, Measured outer) {
        return finding(FindingKind.CONFLICT, inner, outer, String.format(
                "\"%s\" (%s, %s) is more than \"%s\" (%s, %s), although the second period contains the first.",
                inner.figure().text(), inner.article().key(), inner.periodLabel(),
                outer.figure().text(), outer.article().key(), outer.periodLabel()));
    }

    private static Finding finding(FindingKind kind, Measured a, Measured b, String message) {
        List<TextRef> refs = new ArrayList<>(List.of(a.ref(), b.ref()));
        refs.sort(null);
        return new Finding(kind, message, refs, a.key().code(), "");
    }
}
