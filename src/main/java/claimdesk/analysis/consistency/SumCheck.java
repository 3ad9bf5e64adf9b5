package claimdesk.analysis.consistency;

import claimdesk.analysis.lexicon.EventLexicon;
import claimdesk.analysis.consistency.IntervalLogic.Interval;
import claimdesk.model.Figure;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Finds totals whose parts, stated beside them, do not add up ({@code sum}).
 *
 * <ol>
 * <li>Any statistic that is not a rate may be a total. Its parts are the run of two or more figures right after
 * it in its sentence ("About 11.5 million have fled: 6.6 million inside the country and 3.9 million abroad"),
 * each smaller than the total, of its kind, unit and currency, and of a compatible measure: where both name a
 * population, the classes match; where both name a place, the part's lies inside the total's (so "1 million in
 * Greece, 150,000 in Italy" is a list, not a breakdown); a count of the killed is never a part of a count of the
 * wounded or the displaced. The run stops at the first figure that is not a part.</li>
 * <li>When the total's sentence says it is a total ("total", "in all", "altogether", "daily figures", "of whom",
 * a colon...), the parts may also stand before it in that sentence, or in the next sentence of its block (a blank
 * line ends a story).</li>
 * <li>The parts' sum is compared with the total, each widened only by the rounding of its written precision
 * (11.5 million is 11.45 to 11.55 million), not by "about": a breakdown restates the same number. Parts that
 * exceed the total are always flagged. A shortfall is flagged when a cue or a colon marks the list in the total's
 * sentence as a breakdown, or otherwise (no cue, or parts in the next sentence) when the parts reach at least 80%
 * of the total; never after "including", "among them" or
 * "such as", nor when the parts are subgroups (women, children) of the total's population: those are partial.</li>
 * </ol>
 * Message: {@code 12574 + 13476 = 26050, not 26320}. References: the total, then the parts in text order.
 */
final class SumCheck {

    private static final Pattern TOTAL_CUE = Pattern.compile("\\b(total\\w*|in all|altogether|overall|combined"
            + "|daily|a day|per day|figures?|of whom|of which|of them|of these|comprising|broken down)\\b|:\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PARTIAL_CUE = Pattern.compile("\\b(including|among them|among whom|such as"
            + "|mostly|mainly|at least)\\b", Pattern.CASE_INSENSITIVE);
    private static final BigDecimal CLOSE = new BigDecimal("0.8");
    /** Populations that name people in general, so that every group of people is a kind of them. */
    private static final java.util.Set<String> GENERAL = java.util.Set.of("person", "personnel", "staff");
    /**
     * Parts are looked for among this many figures on each side of the total (in the next sentence, among its
     * first twice as many). A breakdown sits beside its total; comparing every figure of a sentence with every
     * other cost the square of their number, minutes for a pasted line of thousands of numbers.
     */
    static final int MAX_PARTS = 20;

    /** A statistical figure and how it was read (null reading: not read). */
    private record Read(Figure figure, FigureReader.Reading reading) {
        MeasureParts parts() {
            return reading == null ? MeasureParts.NONE : reading.parts();
        }
    }

    private SumCheck() {
    }

    static List<Finding> check(ArticleText article, List<FigureReader.Reading> readings) {
        List<Finding> findings = new ArrayList<>();
        List<List<Read>> bySentence = new ArrayList<>();
        for (int i = 0; i < article.sentences.size(); i++) {
            bySentence.add(new ArrayList<>());
        }
        List<Figure> figures = article.figures();
        for (int i = 0; i < figures.size(); i++) {
            Figure figure = figures.get(i);
            int sentence = article.sentenceAt(figure.start());
            if (sentence >= 0 && figure.kind().isStatistic() && figure.per() == null) {
                bySentence.get(sentence).add(new Read(figure, readings.get(i)));
            }
        }
        for (int s = 0; s < bySentence.size(); s++) {
            String sentenceText = article.textOf(article.sentences.get(s));
            boolean cue = TOTAL_CUE.matcher(sentenceText).find();
            boolean nextInBlock = s + 1 < bySentence.size()
                    && article.sentences.get(s + 1).block() == article.sentences.get(s).block();
            List<Read> own = bySentence.get(s);
            for (int t = 0; t < own.size(); t++) {
                Read total = own.get(t);
                List<Read> after = run(total, own.subList(t + 1, Math.min(own.size(), t + MAX_PARTS + 1)));
                if (after.size() >= 2) {
                    check(article, total, after, cue || colonBetween(article, total, after), findings);
                } else if (cue) {
                    checkAll(article, total, own.subList(Math.max(0, t - MAX_PARTS), Math.min(own.size(),
                            t + MAX_PARTS + 1)), true, findings);
                    if (nextInBlock) {
                        // Figures of the next sentence are a looser breakdown: a shortfall must be near the total.
                        List<Read> next = bySentence.get(s + 1);
                        checkAll(article, total, next.subList(0, Math.min(next.size(), 2 * MAX_PARTS)), false,
                                findings);
                    }
                }
            }
        }
        return findings;
    }

    /** The parts right after the total, up to the first figure that is not one. */
    private static List<Read> run(Read total, List<Read> following) {
        BigDecimal value = IntervalLogic.nominal(total.figure());
        List<Read> parts = new ArrayList<>();
        for (Read candidate : following) {
            if (value == null || !isPartOf(candidate, total, value, true)) {
                break;
            }
            parts.add(candidate);
        }
        return parts;
    }

    private static void checkAll(ArticleText article, Read total, List<Read> candidates, boolean breakdown,
                                 List<Finding> out) {
        BigDecimal value = IntervalLogic.nominal(total.figure());
        if (value == null) {
            return;
        }
        // Parts a cue announces keep their own places: "26,320 deported from Iran ... 12,574 entered through Islam
        // Qala" counts the same people at the border they crossed.
        List<Read> parts = candidates.stream().filter(f -> isPartOf(f, total, value, false)).toList();
        if (parts.size() >= 2) {
            check(article, total, parts, breakdown, out);
        }
    }

    private static boolean colonBetween(ArticleText article, Read total, List<Read> parts) {
        int end = Math.max(total.figure().end(), parts.get(0).figure().start());
        return article.text().substring(total.figure().end(), end).contains(":");
    }

    private static void check(ArticleText article, Read total, List<Read> parts, boolean cue, List<Finding> out) {
        // The parts of one list are written alike: "10,000 troops and 3,500 police" rounds the 10,000 to the
        // hundred, as finely as the finest part, not to the nearest ten thousand its zeros alone would allow.
        BigDecimal finest = parts.stream().map(p -> IntervalLogic.halfUnit(p.figure()))
                .reduce(BigDecimal::min).orElse(BigDecimal.ZERO);
        Interval sum = IntervalLogic.sum(parts.stream().map(p -> IntervalLogic.rounded(p.figure(), finest)).toList());
        Interval whole = IntervalLogic.rounded(total.figure());
        Figure first = parts.get(0).figure();
        String between = first.start() >= total.figure().end()
                ? article.text().substring(total.figure().end(), first.start())
                : article.text().substring(parts.get(parts.size() - 1).figure().end(),
                        Math.max(parts.get(parts.size() - 1).figure().end(), total.figure().start()));
        boolean partial = PARTIAL_CUE.matcher(between).find() || parts.stream().anyMatch(p -> isAgeOrSexGroup(p, total));
        BigDecimal sumValue = parts.stream().map(p -> IntervalLogic.nominal(p.figure()))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal totalValue = IntervalLogic.nominal(total.figure());
        boolean exceeds = IntervalLogic.below(whole, sum);
        boolean short_ = IntervalLogic.below(sum, whole) && !partial
                && (cue || sumValue.compareTo(totalValue.multiply(CLOSE)) >= 0);
        if (!exceeds && !short_) {
            return;
        }
        boolean grouped = NumberText.isGrouped(total.figure().text())
                || parts.stream().anyMatch(p -> NumberText.isGrouped(p.figure().text()));
        String sumText = NumberText.inScaleOf(sumValue, total.figure().text(), grouped);
        String message = String.join(" + ", parts.stream().map(p -> p.figure().text()).toList())
                + " = " + sumText + ", not " + total.figure().text();
        List<TextRef> refs = new ArrayList<>();
        refs.add(article.ref(total.figure()));
        parts.forEach(p -> refs.add(article.ref(p.figure())));
        MeasureParts measure = total.parts();
        String key = measure.counted() != null ? MeasureKey.ofParts(measure).code()
                : "unkeyed|" + MeasureKey.dimension(total.figure());
        String why = "\u201c" + total.figure().text() + "\u201d in " + article.name() + " is read as a total and the "
                + parts.size() + " figures listed " + (cue ? "as its breakdown" : "right after it") + " as its parts; "
                + "they add up to " + sumText + ", "
                + (exceeds ? "more" : "less") + " than the total even allowing for the rounding of each number.";
        Confidence confidence = cue ? Confidence.HIGH : Confidence.MEDIUM;
        out.add(new Finding(FindingKind.SUM, message, refs, key, "", "part-of", confidence, why, measure));
    }

    private static boolean isPartOf(Read part, Read total, BigDecimal totalValue, boolean checkPlace) {
        BigDecimal value = IntervalLogic.nominal(part.figure());
        if (part.figure() == total.figure() || value == null || value.compareTo(totalValue) >= 0
                || !MeasureKey.dimension(part.figure()).equals(MeasureKey.dimension(total.figure()))) {
            return false;
        }
        MeasureParts p = part.parts();
        MeasureParts t = total.parts();
        if (p.counted() != null && t.counted() != null && !p.counted().equals(t.counted())
                && (EventLexicon.INCIDENT.contains(p.counted()) || EventLexicon.INCIDENT.contains(t.counted()))) {
            return false;
        }
        if (checkPlace && p.place() != null && t.place() != null
                && Places.relate(p.place(), t.place()) == Places.Relation.DISJOINT
                && part.reading() != null && !part.reading().placeInferred()
                && (total.reading() == null || !total.reading().placeInferred())) {
            // A total placed only by the headline ("Earthquake in Nepal") does not rule out the districts after it.
            return false;
        }
        return sameSubjectIfKnown(part.figure(), total.figure()) || isKindOf(part, total);
    }

    /**
     * "14,500 security personnel, 10,000 military troops and 3,500 police", "341 passengers and seven crew, 358
     * people in all": under a total of people in general, any group of people may be a part.
     */
    private static boolean isKindOf(Read part, Read total) {
        String p = part.parts().population();
        String t = total.parts().population();
        return p != null && t != null && (t.startsWith("person") || GENERAL.contains(t));
    }

    /**
     * "1,000 people, among them 300 women and 200 children": groups by age or sex seldom make up their whole, so a
     * shortfall says nothing. Troops and police, passengers and crew do: a shortfall there is flagged.
     */
    private static boolean isAgeOrSexGroup(Read part, Read total) {
        String p = part.parts().population();
        return p != null && p.startsWith("women-children") && !p.equals(total.parts().population());
    }

    private static boolean sameSubjectIfKnown(Figure part, Figure total) {
        if (part.context().subject() == null || total.context().subject() == null) {
            return true;
        }
        return Objects.equals(MeasureKey.subjectClass(part.context().subject().text()),
                MeasureKey.subjectClass(total.context().subject().text()));
    }
}
