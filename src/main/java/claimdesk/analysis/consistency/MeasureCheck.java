package claimdesk.analysis.consistency;

import claimdesk.analysis.lexicon.EventLexicon;
import claimdesk.analysis.consistency.FigureRelation.Relation;
import claimdesk.analysis.consistency.FigureRelation.Type;
import claimdesk.analysis.consistency.IntervalLogic.Interval;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Compares the figures of one bucket (one counted class and dimension) pair by pair, through their
 * {@link FigureRelation}: only figures of the same quantity can {@code conflict} (intervals, widened by "about"
 * and by written rounding, that do not meet) or {@code differ} (both can be true, but one is more than
 * {@value #DIFFERS_GAP_PERCENT}% off the other: a note); a part larger than its whole is
 * {@code part-exceeds-whole}; the figures of one running total or toll ("rose to 70", "climbed to 73 from 59")
 * form one {@code update} finding, and a running total reported lower later (outside rounding) conflicts.
 *
 * <p>Cost: a bucket of up to {@value #ALL_PAIRS_LIMIT} figures compares all pairs. A larger bucket is sorted by
 * value and each figure is compared with its next {@value #WINDOW} neighbours and with the bucket's smallest and
 * largest figure, so work stays linear; pairs between far apart middle values are not compared. A bucket lists at
 * most {@value #MAX_DIFFERS} differs notes, the largest gaps first; other findings are never capped.
 */
final class MeasureCheck {

    static final int ALL_PAIRS_LIMIT = 64;
    static final int WINDOW = 16;
    static final int MAX_DIFFERS = 100;
    static final int DIFFERS_GAP_PERCENT = 25;
    private static final double DIFFERS_GAP = DIFFERS_GAP_PERCENT / 100.0;

    private static final Comparator<Measured> BY_VALUE = Comparator
            .comparing((Measured m) -> IntervalLogic.nominal(m.figure()),
                    Comparator.nullsFirst(Comparator.<BigDecimal>naturalOrder()))
            .thenComparing(Measured.BY_POSITION);

    /** A differs note waiting for the per-bucket cap. */
    private record Differs(Relation relation, double gap) {
        List<TextRef> refs() {
            return sortedRefs(relation.first(), relation.second());
        }
    }

    private MeasureCheck() {
    }

    static List<Finding> check(Collection<List<Measured>> buckets) {
        List<Finding> findings = new ArrayList<>();
        // A figure of several countries sits in several buckets; each pair is judged once.
        Set<List<TextRef>> judged = new HashSet<>();
        Map<Measured, Measured> updates = new HashMap<>();
        for (List<Measured> bucket : buckets) {
            List<Measured> sorted = new ArrayList<>(bucket);
            sorted.sort(BY_VALUE);
            int n = sorted.size();
            List<Differs> differs = new ArrayList<>();
            if (n <= ALL_PAIRS_LIMIT) {
                for (int i = 0; i < n; i++) {
                    for (int j = i + 1; j < n; j++) {
                        compare(sorted.get(i), sorted.get(j), findings, differs, updates, judged);
                    }
                }
            } else {
                for (long pair : windowPairs(n)) {
                    compare(sorted.get((int) (pair >>> 32)), sorted.get((int) pair), findings, differs, updates,
                            judged);
                }
            }
            differs.sort(Comparator.comparingDouble(Differs::gap).reversed()
                    .thenComparing(Differs::refs, Fingerprints.REFS));
            differs.stream().limit(MAX_DIFFERS).forEach(d -> findings.add(differsFinding(d.relation())));
        }
        findings.addAll(UpdateGroups.findings(updates));
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

    private static void compare(Measured x, Measured y, List<Finding> out, List<Differs> differs,
                                Map<Measured, Measured> updates, Set<List<TextRef>> judged) {
        // Only a figure of several countries sits in several buckets; remembering every pair would cost more
        // memory than the check itself.
        if ((x.key().places().contains("+") || y.key().places().contains("+")) && !judged.add(sortedRefs(x, y))) {
            return;
        }
        boolean inOrder = Measured.BY_POSITION.compare(x, y) <= 0;
        Relation relation = FigureRelation.between(inOrder ? x : y, inOrder ? y : x);
        switch (relation.type()) {
            case SAME_QUANTITY -> sameQuantity(relation, out, differs);
            case PART_OF -> partOf(relation, out);
            case UPDATE -> update(relation, out, updates);
            default -> {
            }
        }
    }

    private static void sameQuantity(Relation relation, List<Finding> out, List<Differs> differs) {
        Measured a = relation.first();
        Measured b = relation.second();
        Interval ia = IntervalLogic.loose(a.figure());
        Interval ib = IntervalLogic.loose(b.figure());
        String basis = "Taken as the same quantity: both count " + Explanations.measure(a.parts())
                + basis(relation) + ".";
        if (!IntervalLogic.intersect(ia, ib) && relation.period() != FigureRelation.PeriodMatch.ASSUMED) {
            out.add(finding(FindingKind.CONFLICT, relation, Explanations.quote(a) + " and "
                    + Explanations.quote(b) + " cannot both be true.", "same-quantity",
                    basis + " Even allowing for \u201cabout\u201d and rounding, the two values do not meet."));
            return;
        }
        double gap = gap(a, b);
        if (gap > DIFFERS_GAP) {
            differs.add(new Differs(relation, gap));
        }
    }

    private static Finding differsFinding(Relation relation) {
        Measured a = relation.first();
        Measured b = relation.second();
        String periods = relation.period() == FigureRelation.PeriodMatch.ASSUMED
                ? " (" + Explanations.period(a.parts()) + " and " + Explanations.period(b.parts()) + ")" : "";
        String why = "Possibly the same quantity: both count " + Explanations.measure(withoutPeriod(a.parts()))
                + periods + basis(relation) + ". Both can be true as written, but they are far apart; they may be "
                + "reports from different dates.";
        return finding(FindingKind.DIFFERS, relation, Explanations.quote(a) + " and " + Explanations.quote(b)
                + " differ.", "same-quantity", why);
    }

    private static void partOf(Relation relation, List<Finding> out) {
        Measured part = relation.first();
        Measured whole = relation.second();
        if (!part.parts().dimension().equals("count")
                || !IntervalLogic.below(IntervalLogic.loose(whole.figure()), IntervalLogic.loose(part.figure()))) {
            return;
        }
        String why = Explanations.quote(part) + " counts " + Explanations.measure(part.parts()) + ", a part of "
                + Explanations.quote(whole) + ", which counts " + Explanations.measure(whole.parts())
                + "; a part cannot be larger than its whole.";
        // Two stories' tolls of one incident that cannot both be true are two reports in conflict; a part larger
        // than its whole inside one story, or a period's count larger than a longer period's, is the arithmetic of
        // one account.
        boolean twoReports = part.article() != whole.article() && FigureReader.incident(part.parts().counted());
        out.add(finding(twoReports ? FindingKind.CONFLICT : FindingKind.PART_EXCEEDS_WHOLE, relation,
                Explanations.quote(part)
                + " is more than " + Explanations.quote(whole) + ", the whole it is part of.", "part-of", why));
    }

    private static void update(Relation relation, List<Finding> out, Map<Measured, Measured> updates) {
        Measured earlier = relation.first();
        Measured later = relation.second();
        UpdateGroups.join(updates, earlier, later);
        // Across stories a stated running total ("stood at 443", "rose to 70") binds the later ones, and a later
        // one stated as risen is bound by a plain earlier toll, unless that was only somebody's claim ("the
        // militants claimed they had killed about 100 soldiers"), which may be another incident's.
        boolean bound = earlier.article() == later.article() || earlier.role() == FigureReader.Role.NEW
                || later.role() == FigureReader.Role.NEW && !claimed(earlier);
        boolean lowerLater = relation.ordered() && bound && later.role() != FigureReader.Role.OLD
                && EventLexicon.CUMULATIVE.contains(later.parts().counted())
                && IntervalLogic.below(IntervalLogic.loose(later.figure()), IntervalLogic.loose(earlier.figure()));
        if (!lowerLater && sameDay(earlier, later)
                && !IntervalLogic.intersect(IntervalLogic.loose(earlier.figure()), IntervalLogic.loose(later.figure()))) {
            // "rose to 70" on Sunday in one story, "the toll of 59 reported late Sunday" in the next day's: two
            // stories give one day's toll at values that cannot both be true.
            String why = "Taken as one running total of " + Explanations.measure(withoutPeriod(earlier.parts()))
                    + ": both stories give its value on " + Explanations.period(earlier.parts())
                    + ", and even allowing for \u201cabout\u201d and rounding, the two values do not meet.";
            out.add(finding(FindingKind.CONFLICT, relation, Explanations.quote(earlier) + " and "
                    + Explanations.quote(later) + " give the same day\u2019s total differently.", "update", why));
            return;
        }
        if (lowerLater) {
            String why = "Taken as one running total of " + Explanations.measure(earlier.parts())
                    + ": " + Explanations.quote(later) + " comes later, and a running total cannot fall.";
            out.add(finding(FindingKind.CONFLICT, relation, Explanations.quote(later)
                    + " reports the running total lower than the earlier " + Explanations.quote(earlier) + ".",
                    "update", why));
        }
    }

    /** Two stories' figures dated to one and the same day. */
    private static boolean sameDay(Measured a, Measured b) {
        MeasureParts pa = a.parts();
        MeasureParts pb = b.parts();
        return a.article() != b.article() && pa.from() != null && pa.from().equals(pa.to())
                && pa.from().equals(pb.from()) && pa.from().equals(pb.to());
    }

    private static final java.util.regex.Pattern CLAIMED = java.util.regex.Pattern.compile("\\bclaim(?:ed|s|ing)?\\b",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    /** Whether the figure's sentence, up to the figure, says it is somebody's claim. */
    private static boolean claimed(Measured m) {
        int s = m.sentence();
        if (s < 0) {
            return false;
        }
        int start = m.article().sentences.get(s).start();
        return CLAIMED.matcher(m.article().text().substring(start, m.figure().start())).find();
    }

    private static MeasureParts withoutPeriod(MeasureParts p) {
        return new MeasureParts(p.counted(), p.population(), p.place(), null, null, null, p.mode(), p.dimension());
    }

    private static String basis(Relation relation) {
        return switch (relation.period()) {
            case ASSUMED -> ", over year-to-date periods whose year is not stated";
            case SAME_EVENT -> relation.first().article() == relation.second().article()
                    ? ", in one story with no other period" : ", published the same day with no other period";
            default -> "";
        };
    }

    private static double gap(Measured a, Measured b) {
        BigDecimal x = IntervalLogic.nominal(a.figure());
        BigDecimal y = IntervalLogic.nominal(b.figure());
        if (x == null || y == null) {
            return 0;
        }
        double scale = Math.max(Math.abs(x.doubleValue()), Math.abs(y.doubleValue()));
        return scale == 0 ? 0 : Math.abs(x.doubleValue() - y.doubleValue()) / scale;
    }

    static List<TextRef> sortedRefs(Measured a, Measured b) {
        List<TextRef> refs = new ArrayList<>(List.of(a.ref(), b.ref()));
        refs.sort(null);
        return refs;
    }

    private static Finding finding(FindingKind kind, Relation relation, String message, String name, String why) {
        Measured a = relation.first();
        return new Finding(kind, message, sortedRefs(a, relation.second()), a.key().code(), "", name,
                Explanations.confidence(relation), why, a.parts());
    }

    /** Joins update pairs into running totals and reports each once. */
    static final class UpdateGroups {

        private UpdateGroups() {
        }

        static void join(Map<Measured, Measured> parent, Measured a, Measured b) {
            Measured ra = root(parent, a);
            Measured rb = root(parent, b);
            if (ra != rb) {
                if (Measured.BY_POSITION.compare(ra, rb) < 0) {
                    parent.put(rb, ra);
                } else {
                    parent.put(ra, rb);
                }
            }
        }

        private static Measured root(Map<Measured, Measured> parent, Measured m) {
            parent.putIfAbsent(m, m);
            Measured r = m;
            while (parent.get(r) != r) {
                r = parent.get(r);
            }
            return r;
        }

        /** "dozens", "several hundred": a value too vague to say that a running total moved. */
        private static final java.util.regex.Pattern VAGUE = java.util.regex.Pattern.compile(
                "^(?!.*\\d).*\\b(?:dozens|hundreds|thousands|millions|scores|several|many)\\b",
                java.util.regex.Pattern.CASE_INSENSITIVE);

        /** "36 wounded" told again the next day (and "dozens"): a running total that never moved is no update. */
        private static boolean changed(List<Measured> group) {
            return group.stream().filter(m -> !VAGUE.matcher(m.figure().text()).find())
                    .map(m -> IntervalLogic.nominal(m.figure())).filter(Objects::nonNull)
                    .map(BigDecimal::stripTrailingZeros).distinct().count() > 1;
        }

        static List<Finding> findings(Map<Measured, Measured> parent) {
            Map<Measured, List<Measured>> groups = new TreeMap<>(Measured.BY_POSITION);
            for (Measured m : new ArrayList<>(parent.keySet())) {
                groups.computeIfAbsent(root(parent, m), k -> new ArrayList<>()).add(m);
            }
            List<Finding> out = new ArrayList<>();
            for (List<Measured> group : groups.values()) {
                if (!changed(group)) {
                    continue;
                }
                group.sort(Measured.BY_POSITION);
                List<TextRef> refs = new ArrayList<>(group.stream().map(Measured::ref).toList());
                refs.sort(null);
                String listed = Explanations.quoteAll(group);
                Measured first = group.get(0);
                String why = "Each later figure updates the earlier ones (\u201crose to\u201d, \u201cclimbed to\u201d,"
                        + " \u201cfrom \u2026 to\u201d, or a later publication day) of one running count of "
                        + Explanations.measure(first.parts()) + ", so they are not an error.";
                out.add(new Finding(FindingKind.UPDATE, listed + " report one running total of "
                        + Explanations.measure(first.parts()) + ".", refs, first.key().code(), "", "update",
                        group.stream().allMatch(m -> m.role() != FigureReader.Role.NONE) ? Confidence.HIGH
                                : Confidence.MEDIUM, why, first.parts()));
            }
            return out;
        }
    }
}
