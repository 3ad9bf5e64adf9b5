package claimdesk.analysis.consistency;

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
 * <p>Heuristic, tuned to keep false positives low:
 * <ol>
 * <li>A total is a statistic that is not a rate, in a sentence that marks it as a total: "total", "in all",
 * "altogether", "overall", "combined", "daily", "a day", "figure(s)", "of whom", "of which", "including".</li>
 * <li>Its parts are two or more figures of the same kind, unit and currency, each smaller than the total, all in one
 * sentence: either the total's own sentence (before or after it: "Of the 26,320 deported, ..." or "... and
 * 13,746 via Pul-e Abrisham, 26,320 in all"), or the next sentence of the same block (a blank line ends a story, and
 * a digest like seed 000 puts unrelated stories side by side). Parts in the sentence before the total are not
 * looked for: there they are more often last week's figures than a breakdown. Where both a part and the total name a
 * subject, the subject classes must match (see {@link MeasureKey}).</li>
 * <li>The parts' sum interval is compared with the total's ({@link IntervalLogic}, approx ±10%). Parts that
 * certainly exceed the total are flagged. Parts that fall short are flagged only when the sum is within 5% of the
 * total: a near miss looks like a complete breakdown with a typo, while a sum far below is most often a partial
 * breakdown ("of whom 5,000 were women").</li>
 * </ol>
 * Message: {@code 12574 + 13476 = 26050, not 26320}. References: the total, then the parts in text order.
 */
final class SumCheck {

    private static final Pattern TOTAL_CUE = Pattern.compile("\\b(total\\w*|in all|altogether|overall|combined"
            + "|daily|a day|per day|figures?|of whom|of which|including)\\b", Pattern.CASE_INSENSITIVE);
    private static final BigDecimal NEAR_MISS = new BigDecimal("0.95");
    /**
     * Parts are looked for among this many figures on each side of the total (in the next sentence, among its
     * first twice as many). A breakdown sits beside its total; comparing every figure of a sentence with every
     * other cost the square of their number, minutes for a pasted line of thousands of numbers.
     */
    static final int MAX_PARTS = 20;

    private SumCheck() {
    }

    static List<Finding> check(ArticleText article) {
        List<Finding> findings = new ArrayList<>();
        List<List<Figure>> bySentence = new ArrayList<>();
        for (int i = 0; i < article.sentences.size(); i++) {
            bySentence.add(new ArrayList<>());
        }
        for (Figure figure : article.figures()) {
            int sentence = article.sentenceAt(figure.start());
            if (sentence >= 0 && figure.kind().isStatistic() && figure.per() == null) {
                bySentence.get(sentence).add(figure);
            }
        }
        for (int s = 0; s < bySentence.size(); s++) {
            if (!TOTAL_CUE.matcher(article.textOf(article.sentences.get(s))).find()) {
                continue;
            }
            boolean nextInBlock = s + 1 < bySentence.size()
                    && article.sentences.get(s + 1).block() == article.sentences.get(s).block();
            List<Figure> own = bySentence.get(s);
            for (int t = 0; t < own.size(); t++) {
                Figure total = own.get(t);
                checkParts(article, total, own.subList(Math.max(0, t - MAX_PARTS), Math.min(own.size(),
                        t + MAX_PARTS + 1)), findings);
                if (nextInBlock) {
                    List<Figure> next = bySentence.get(s + 1);
                    checkParts(article, total, next.subList(0, Math.min(next.size(), 2 * MAX_PARTS)), findings);
                }
            }
        }
        return findings;
    }

    private static void checkParts(ArticleText article, Figure total, List<Figure> candidates, List<Finding> out) {
        BigDecimal totalValue = IntervalLogic.nominal(total);
        if (totalValue == null) {
            return;
        }
        List<Figure> parts = candidates.stream().filter(f -> isPartOf(f, total, totalValue)).toList();
        if (parts.size() < 2) {
            return;
        }
        Interval sum = IntervalLogic.sum(parts.stream().map(IntervalLogic::of).toList());
        Interval whole = IntervalLogic.of(total);
        boolean exceeds = IntervalLogic.below(whole, sum);
        boolean nearMiss = IntervalLogic.below(sum, whole) && sum.high() != null && whole.low() != null
                && sum.high().compareTo(whole.low().multiply(NEAR_MISS)) >= 0;
        if (!exceeds && !nearMiss) {
            return;
        }
        BigDecimal sumValue = parts.stream().map(IntervalLogic::nominal).reduce(BigDecimal.ZERO, BigDecimal::add);
        boolean grouped = NumberText.isGrouped(total.text())
                || parts.stream().anyMatch(p -> NumberText.isGrouped(p.text()));
        String message = String.join(" + ", parts.stream().map(Figure::text).toList())
                + " = " + NumberText.format(sumValue, grouped) + ", not " + total.text();
        List<TextRef> refs = new ArrayList<>();
        refs.add(article.ref(total));
        parts.forEach(p -> refs.add(article.ref(p)));
        String key = MeasureKey.of(total).map(MeasureKey::code).orElse("unkeyed|" + MeasureKey.dimension(total));
        out.add(new Finding(FindingKind.SUM, message, refs, key, ""));
    }

    private static boolean isPartOf(Figure part, Figure total, BigDecimal totalValue) {
        BigDecimal value = IntervalLogic.nominal(part);
        return part != total && value != null && value.compareTo(totalValue) < 0
                && MeasureKey.dimension(part).equals(MeasureKey.dimension(total))
                && sameSubjectIfKnown(part, total);
    }

    private static boolean sameSubjectIfKnown(Figure part, Figure total) {
        if (part.context().subject() == null || total.context().subject() == null) {
            return true;
        }
        return Objects.equals(MeasureKey.subjectClass(part.context().subject().text()),
                MeasureKey.subjectClass(total.context().subject().text()));
    }
}
