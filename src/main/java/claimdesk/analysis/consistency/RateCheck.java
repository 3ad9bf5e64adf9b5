package claimdesk.analysis.consistency;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds a rate and a total of the same measure whose overlapping periods make them far apart ({@code rate}): a
 * plausibility check, worth a look rather than a proof.
 *
 * <p>Arithmetic: the total's period has D days (both ends inclusive). A rate per day/week/month/year is scaled by
 * D / 1, 7, 30.4375 or 365.25, from its written bounds (no approx band: the tolerance below is already loose). The
 * pair is flagged when the implied low exceeds 1.5 times the total's written value, or the implied high is below
 * two thirds of it. The written value of "more than 75,000" is 75,000: prose rarely says "more than 75,000" of
 * 280,000. So "tens of thousands daily" (20,000 a day) over "more than 75,000 in the past two weeks" (14 days)
 * implies at least 280,000 and is flagged.
 *
 * <p>Which totals a rate meets. Equal {@link MeasureKey#base()}: both directions are checked. Beyond that, a rate
 * meets totals of the same place and subject head (qualifiers such as "undocumented" dropped) whose event is at
 * least as wide, where deport ⊆ return ≈ leave: people deported have returned, and people who returned have left.
 * Then only the "at least" direction is checked, because the rate counts a part of what the total counts. This is
 * what pairs seed 001's "removing tens of thousands of migrants daily" with seed 000's "more than 75,000
 * undocumented Afghan migrants have left Iran in the past two weeks".
 *
 * <p>Totals need resolved dates. A rate without dates is read as current on its publication day and taken to cover
 * the two weeks before it; without a publication date it is skipped. Each rate is compared with at most
 * {@value #MAX_TOTALS} totals of its measure (in article-key order) to bound the work.
 */
final class RateCheck {

    static final int MAX_TOTALS = 64;

    /** Which way a rate can be checked against a total: same measure, the rate counts a part of it, or not at all. */
    private enum Reach { BOTH_WAYS, AT_LEAST, NONE }

    static final BigDecimal TOLERANCE = new BigDecimal("1.5");
    private static final Map<String, Integer> OUTFLOW_WIDTH = Map.of("deport", 0, "return", 1, "leave", 1);
    static final Map<String, BigDecimal> DAYS_PER = Map.of("day", BigDecimal.ONE,
            "week", BigDecimal.valueOf(7), "month", new BigDecimal("30.4375"), "year", new BigDecimal("365.25"));

    private RateCheck() {
    }

    static List<Finding> check(Collection<Measured> figures) {
        Map<String, List<Measured>> totalsByBase = new HashMap<>();
        List<Measured> rates = new ArrayList<>();
        for (Measured m : figures) {
            if (!m.parts().mode().isFact()) {
                continue;
            }
            if (m.figure().per() != null) {
                rates.add(m);
            } else if (m.key().dimension().equals("count") && m.hasDates()) {
                totalsByBase.computeIfAbsent(looseBase(m.key()), k -> new ArrayList<>()).add(m);
            }
        }
        totalsByBase.values().forEach(totals -> totals.sort(Measured.BY_POSITION));
        List<Finding> findings = new ArrayList<>();
        for (Measured rate : rates) {
            int compared = 0;
            for (Measured total : totalsByBase.getOrDefault(looseBase(rate.key()), List.of())) {
                Reach reach = reach(rate.key(), total.key());
                boolean placed = !rate.key().places().equals(MeasureKey.ANY) || rate.article() == total.article();
                if (reach != Reach.NONE && placed) {
                    compare(rate, total, reach, findings);
                    if (++compared == MAX_TOTALS) {
                        break;
                    }
                }
            }
        }
        return findings;
    }

    private static String looseBase(MeasureKey key) {
        int qualifier = key.subject().indexOf(':');
        return (qualifier < 0 ? key.subject() : key.subject().substring(0, qualifier)) + "|" + key.places();
    }

    private static Reach reach(MeasureKey rate, MeasureKey total) {
        if (rate.base().equals(total.base())) {
            return Reach.BOTH_WAYS;
        }
        Integer rateWidth = OUTFLOW_WIDTH.get(rate.event());
        Integer totalWidth = OUTFLOW_WIDTH.get(total.event());
        return rateWidth != null && totalWidth != null && rateWidth <= totalWidth ? Reach.AT_LEAST : Reach.NONE;
    }

    private static void compare(Measured rate, Measured total, Reach reach, List<Finding> out) {
        BigDecimal perDays = DAYS_PER.get(rate.figure().per().toLowerCase(Locale.ROOT));
        LocalDate published = rate.article().publishedOn();
        LocalDate from = rate.hasDates() ? rate.from() : published == null ? null : published.minusDays(13);
        LocalDate to = rate.hasDates() ? rate.to() : published;
        if (perDays == null || from == null
                || !PeriodRelation.byDates(from, to, total.from(), total.to()).overlaps()) {
            return;
        }
        long days = ChronoUnit.DAYS.between(total.from(), total.to()) + 1;
        BigDecimal scale = BigDecimal.valueOf(days).divide(perDays, MathContext.DECIMAL64);
        BigDecimal written = IntervalLogic.nominal(total.figure());
        if (written == null) {
            return;
        }
        String bound;
        BigDecimal implied;
        if (rate.figure().low() != null
                && rate.figure().low().multiply(scale).compareTo(written.multiply(TOLERANCE)) > 0) {
            bound = "at least";
            implied = rate.figure().low().multiply(scale);
        } else if (reach == Reach.BOTH_WAYS && rate.figure().high() != null
                && rate.figure().high().multiply(scale).multiply(TOLERANCE).compareTo(written) < 0) {
            bound = "at most";
            implied = rate.figure().high().multiply(scale);
        } else {
            return;
        }
        boolean grouped = NumberText.isGrouped(total.figure().text());
        String impliedText = NumberText.format(implied.setScale(0, RoundingMode.HALF_UP), grouped);
        String message = String.format("\"%s\" per %s (%s) means %s %s over the %d days of \"%s\" (%s).",
                rate.figure().text(), rate.figure().per(), rate.article().name(), bound, impliedText, days,
                total.figure().text(), total.article().name());
        String why = "The rate and the total are taken to count " + Explanations.measure(total.parts())
                + (reach == Reach.AT_LEAST ? " (the rate a part of what the total counts)" : "")
                + "; the rate's period overlaps the total's, so " + rate.figure().text() + " a " + rate.figure().per()
                + " over " + days + " days gives " + bound + " " + impliedText + ", far from " + total.figure().text()
                + " (a plausibility check: rates vary).";
        Confidence confidence = rate.hasDates() && reach == Reach.BOTH_WAYS ? Confidence.MEDIUM : Confidence.LOW;
        out.add(new Finding(FindingKind.RATE, message, List.of(rate.ref(), total.ref()), rate.key().code(), "",
                "same-quantity", confidence, why, total.parts()));
    }
}
