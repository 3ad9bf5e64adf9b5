package claimdesk.analysis.consistency;

import claimdesk.analysis.consistency.IntervalLogic.Interval;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds {@code conflict} and {@code differs} among figures of one measure (one bucket of equal {@link MeasureKey}).
 *
 * <p>conflict: same period and intervals that do not intersect (see {@link IntervalLogic}); or, for plain counts
 * (kind count, no rate), a period inside another whose count is certainly larger than the count of the enclosing
 * period, since a cumulative count cannot shrink when the period grows. differs: nominal values differ and the
 * periods are not the same (different, overlapping, or unknown); informational.
 *
 * <p>Cost: a bucket of up to {@value #ALL_PAIRS_LIMIT} figures compares all pairs. A larger bucket is sorted by
 * value and each figure is compared with its next {@value #WINDOW} neighbours and with the bucket's smallest and
 * largest figure, so work stays linear; conflicts with the extremes are still found, but differs pairs between far
 * apart middle values are not listed (a reviewer sees the measure's group anyway).
 */
final class MeasureCheck {

    static final int ALL_PAIRS_LIMIT = 64;
    static final int WINDOW = 16;

    private static final Comparator<Measured> BY_VALUE = Comparator
            .comparing((Measured m) -> IntervalLogic.nominal(m.figure()),
                    Comparator.nullsFirst(Comparator.<BigDecimal>naturalOrder()))
            .thenComparing(Measured.BY_POSITION);

    private MeasureCheck() {
    }

    static List<Finding> check(Collection<List<Measured>> buckets) {
        List<Finding> findings = new ArrayList<>();
        for (List<Measured> bucket : buckets) {
            List<Measured> sorted = new ArrayList<>(bucket);
            sorted.sort(BY_VALUE);
            int n = sorted.size();
            if (n <= ALL_PAIRS_LIMIT) {
                for (int i = 0; i < n; i++) {
                    for (int j = i + 1; j < n; j++) {
                        compare(sorted.get(i), sorted.get(j), findings);
                    }
                }
            } else {
                for (long pair : windowPairs(n)) {
                    compare(sorted.get((int) (pair >>> 32)), sorted.get((int) pair), findings);
                }
            }
        }
        return findings;
    }

    /** Pairs (i &lt; j, packed as i &lt;&lt; 32 | j) of neighbours within the window and of everyone with both ends. */
    private static Set<Long> windowPairs(int n) {
        Set<Long> pairs = new TreeSet<>();
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j <= Math.min(n - 1, i + WINDOW); j++) {
                pairs.add((long) i << 32 | j);
            }
            if (i > 0) {
                pairs.add((long) i);
            }
            if (i < n - 1) {
                pairs.add((long) i << 32 | (n - 1));
            }
        }
        return pairs;
    }

    private static void compare(Measured x, Measured y, List<Finding> out) {
        boolean inOrder = Measured.BY_POSITION.compare(x, y) <= 0;
        Measured a = inOrder ? x : y;
        Measured b = inOrder ? y : x;
        Interval ia = IntervalLogic.of(a.figure());
        Interval ib = IntervalLogic.of(b.figure());
        PeriodRelation relation = PeriodRelation.of(a, b);
        boolean cumulative = a.key().dimension().equals("count");
        if (relation == PeriodRelation.SAME && !IntervalLogic.intersect(ia, ib)) {
            out.add(finding(FindingKind.CONFLICT, a, b, String.format(
                    "\"%s\" (%s) and \"%s\" (%s) cannot both be true for the same measure and period.",
                    a.figure().text(), a.article().key(), b.figure().text(), b.article().key())));
        } else if (cumulative && relation == PeriodRelation.FIRST_INSIDE_SECOND && IntervalLogic.below(ib, ia)) {
            out.add(shrinking(a, b));
        } else if (cumulative && relation == PeriodRelation.SECOND_INSIDE_FIRST && IntervalLogic.below(ia, ib)) {
            out.add(shrinking(b, a));
        } else if (relation != PeriodRelation.SAME && IntervalLogic.differ(a.figure(), b.figure())) {
            out.add(finding(FindingKind.DIFFERS, a, b, String.format("\"%s\" (%s, %s) differs from \"%s\" (%s, %s).",
                    a.figure().text(), a.article().key(), a.periodLabel(),
                    b.figure().text(), b.article().key(), b.periodLabel())));
        }
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
