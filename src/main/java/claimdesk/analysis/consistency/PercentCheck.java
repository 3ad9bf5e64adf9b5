package claimdesk.analysis.consistency;

import claimdesk.analysis.consistency.IntervalLogic.Interval;
import claimdesk.model.Figure;
import claimdesk.model.FigureKind;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Checks a percentage against its counts in one sentence ({@code percent}): "of 58,800 cases, 55% were accepted,
 * some 21,000". The base is a count introduced by "of" or "out of" (before or after the percentage); the count
 * is the one standing right beside the percentage ("55%, some 21,000", "21,000, or 55%,", "55% (21,000)"). p% of
 * the base; "112 people, 80 percent of the 160 wounded" and "124 died, although only 42, or 54 percent, involved
 * firearms" (no "of": the whole is the nearest larger count before) are read too. p% of
 * the base, with p widened by its written precision (55% is 54.5% to 55.5%) and the base by its rounding, must
 * meet the count widened by "about" and its rounding. Pure; one article at a time.
 */
final class PercentCheck {

    private static final Pattern BASE_CUE = Pattern.compile("\\b(?:of|out of|of a total of|from)\\s+(?:the\\s+)?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BESIDE = Pattern.compile("^[\\s,(\u2013\u2014-]*(?:or|i\\.e\\.|that is|which is)?"
            + "[\\s,(]*$", Pattern.CASE_INSENSITIVE);
    /** "55% were accepted, some 21,000": a short clause, then a comma or bracket, then the count. */
    private static final Pattern CLAUSE_THEN_COUNT = Pattern.compile("^[^.;:\\d]{0,30}[,(–—]\\s*$");
    /** "112 people, 80 percent of the 160 wounded", "eight of those killed, 60 percent": a count's noun, a comma. */
    private static final Pattern NOUN_THEN_COMMA = Pattern.compile("^(?:\\s+[\\p{L}'’-]+){1,3}\\s*,\\s*$");
    /** "only 42, or 54 percent,": the percentage restates the count as a share of a whole named before. */
    private static final Pattern OR_SHARE = Pattern.compile("^\\s*,\\s*or\\s*$");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private PercentCheck() {
    }

    static List<Finding> check(ArticleText article, List<FigureReader.Reading> readings) {
        List<Finding> findings = new ArrayList<>();
        List<Figure> figures = article.figures();
        for (int i = 0; i < figures.size(); i++) {
            Figure percent = figures.get(i);
            if (percent.kind() != FigureKind.PERCENT || percent.low() == null || percent.high() == null
                    || percent.low().compareTo(percent.high()) != 0) {
                continue;
            }
            int sentence = article.sentenceAt(percent.start());
            if (sentence < 0) {
                continue;
            }
            Figure base = null;
            Figure count = null;
            for (int j = Math.max(0, i - 6); j < Math.min(figures.size(), i + 7); j++) {
                Figure other = figures.get(j);
                if (j == i || other.kind() != FigureKind.COUNT || other.per() != null
                        || article.sentenceAt(other.start()) != sentence || other.low() == null) {
                    continue;
                }
                int sentenceStart = article.sentences.get(sentence).start();
                String before = article.text().substring(Math.max(sentenceStart, other.start() - 20), other.start());
                if (base == null && BASE_CUE.matcher(before).find()) {
                    base = other;
                } else if (count == null && beside(article, percent, other)) {
                    count = other;
                }
            }
            if (base == null && count != null && count.end() <= percent.start()
                    && OR_SHARE.matcher(article.text().substring(count.end(), percent.start())).matches()) {
                base = wholeBefore(article, figures, count, sentence);
            }
            if (base != null && count != null && base != count) {
                compare(article, percent, base, count, readings.get(i), findings);
            }
        }
        return findings;
    }

    /**
     * "There were 124 officers who died in 2015, although only 42, or 54 percent, involved firearms": the whole is
     * the nearest larger count before the count in its sentence.
     */
    private static Figure wholeBefore(ArticleText article, List<Figure> figures, Figure count, int sentence) {
        for (int j = figures.indexOf(count) - 1; j >= 0; j--) {
            Figure other = figures.get(j);
            if (article.sentenceAt(other.start()) != sentence) {
                break;
            }
            if (other.kind() == FigureKind.COUNT && other.per() == null && other.low() != null
                    && other.low().compareTo(count.low()) > 0) {
                return other;
            }
        }
        return null;
    }

    private static boolean beside(ArticleText article, Figure percent, Figure count) {
        String between = count.start() >= percent.end()
                ? article.text().substring(percent.end(), count.start())
                : article.text().substring(count.end(), percent.start());
        return between.length() <= 12 && BESIDE.matcher(between).matches()
                || count.start() >= percent.end() && CLAUSE_THEN_COUNT.matcher(between).matches()
                || count.end() <= percent.start() && NOUN_THEN_COMMA.matcher(between).matches();
    }

    private static void compare(ArticleText article, Figure percent, Figure base, Figure count,
                                FigureReader.Reading reading, List<Finding> out) {
        BigDecimal p = percent.low();
        BigDecimal half = halfPercent(percent);
        Interval whole = IntervalLogic.rounded(base);
        if (whole.low() == null || whole.high() == null) {
            return;
        }
        BigDecimal low = p.subtract(half).multiply(whole.low()).divide(HUNDRED, MathContext.DECIMAL64);
        BigDecimal high = p.add(half).multiply(whole.high()).divide(HUNDRED, MathContext.DECIMAL64);
        Interval implied = new Interval(low, true, high, true);
        if (IntervalLogic.intersect(implied, IntervalLogic.loose(count))) {
            return;
        }
        BigDecimal nominal = p.multiply(IntervalLogic.nominal(base)).divide(HUNDRED, MathContext.DECIMAL64)
                .setScale(0, RoundingMode.HALF_UP);
        boolean grouped = NumberText.isGrouped(base.text()) || NumberText.isGrouped(count.text());
        String message = percent.text() + " of " + base.text() + " is " + NumberText.format(nominal, grouped)
                + ", not " + count.text();
        String why = "\u201c" + count.text() + "\u201d is read as the count of \u201c" + percent.text()
                + "\u201d of \u201c" + base.text() + "\u201d in one sentence of " + article.name() + "; that share lies between "
                + NumberText.format(low.setScale(0, RoundingMode.FLOOR), grouped) + " and "
                + NumberText.format(high.setScale(0, RoundingMode.CEILING), grouped)
                + " even allowing for rounding.";
        List<TextRef> refs = new ArrayList<>(List.of(article.ref(percent), article.ref(base), article.ref(count)));
        refs.sort(null);
        MeasureParts parts = reading == null ? MeasureParts.NONE : reading.parts();
        String key = parts.counted() == null ? "unkeyed|percent" : MeasureKey.ofParts(parts).code();
        out.add(new Finding(FindingKind.PERCENT, message, refs, key, "", "part-of", Confidence.HIGH, why, parts));
    }

    /** Half the unit of the percentage's last written digit: 0.5 for "55%", 0.05 for "55.5%"; wider for "about". */
    private static BigDecimal halfPercent(Figure percent) {
        int decimals = Math.max(0, percent.low().stripTrailingZeros().scale());
        BigDecimal half = BigDecimal.ONE.scaleByPowerOfTen(-decimals).divide(BigDecimal.valueOf(2));
        return percent.approx() ? half.max(percent.low().multiply(IntervalLogic.APPROX_BAND)) : half;
    }
}
