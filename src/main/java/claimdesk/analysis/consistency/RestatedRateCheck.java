package claimdesk.analysis.consistency;

import claimdesk.model.Figure;
import claimdesk.model.FigureKind;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rate that restates the total just before it over a span its sentence names ({@code rate}): "more than 700
 * aftershocks, about 100 a day, in the seven days since the quake"; "about 79 quakes in the past 13 months, or
 * about 6 a month". The rate times the span must come near the total, within the same loose tolerance as
 * {@link RateCheck} (a factor of 1.5 either way): writers round both. The span is the total's or the rate's
 * resolved period, else a duration written in the sentence ("in the seven days", "over the past 13 months").
 * Pure; one article at a time.
 */
final class RestatedRateCheck {

    /** The same tolerance and days per unit as {@link RateCheck}: one rule for rates, wherever they are read. */
    private static final BigDecimal TOLERANCE = RateCheck.TOLERANCE;
    private static final Map<String, BigDecimal> DAYS_PER = RateCheck.DAYS_PER;
    /**
     * Rates per hour or minute ("about two a minute") restate a total only over a span of hours, so they are
     * read here in hours; {@link RateCheck}, which spreads rates over totals of days and weeks, leaves them out.
     */
    private static final Map<String, BigDecimal> HOURS_PER = Map.of("hour", BigDecimal.ONE,
            "minute", BigDecimal.ONE.divide(BigDecimal.valueOf(60), MathContext.DECIMAL64));
    private static final Pattern HOUR_SPAN = Pattern.compile("\\b(?:in|over|during|for|within)\\s+(?:the\\s+|an\\s+)"
            + "(?:past\\s+|last\\s+|first\\s+)?(?:(\\d+|[a-z]+)\\s+)?hours?\\b", Pattern.CASE_INSENSITIVE);
    /** Between the total and the rate: its noun and a few words, then a comma (and "or"), no other figure's end. */
    private static final Pattern BETWEEN = Pattern.compile("^[^.;:,]{0,80},\\s*(?:or\\s+)?$");
    private static final Pattern SPAN = Pattern.compile("\\b(?:in|over|during|for)\\s+the\\s+(?:past\\s+|last\\s+"
            + "|first\\s+)?(\\d+|[a-z]+)\\s+(day|week|month|year)s?\\b", Pattern.CASE_INSENSITIVE);
    private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("fourteen", 14), Map.entry("thirty", 30));

    private RestatedRateCheck() {
    }

    static List<Finding> check(ArticleText article, List<FigureReader.Reading> readings) {
        List<Finding> findings = new ArrayList<>();
        List<Figure> figures = article.figures();
        for (int i = 1; i < figures.size(); i++) {
            Figure rate = figures.get(i);
            if (rate.kind() != FigureKind.RATE || rate.per() == null || rate.low() == null) {
                continue;
            }
            String per = rate.per().toLowerCase(Locale.ROOT);
            if (HOURS_PER.containsKey(per)) {
                checkHourly(article, figures, i, readings, findings);
                continue;
            }
            if (!DAYS_PER.containsKey(per)) {
                continue;
            }
            int sentence = article.sentenceAt(rate.start());
            Figure total = totalBefore(article, figures, i, sentence);
            if (total == null) {
                continue;
            }
            Long days = days(article, total, rate, sentence);
            if (days != null) {
                compare(article, total, rate, days, readings.get(figures.indexOf(total)), findings);
            }
        }
        return findings;
    }

    /** The count right before the rate in its sentence, linked to it by "noun, (or)". */
    private static Figure totalBefore(ArticleText article, List<Figure> figures, int rateIndex, int sentence) {
        for (int j = rateIndex - 1; j >= 0; j--) {
            Figure other = figures.get(j);
            if (article.sentenceAt(other.start()) != sentence || other.end() > figures.get(rateIndex).start()) {
                return null;
            }
            // "79 quakes greater than 4.5": a magnitude between the total and its rate is no total.
            if (other.kind() == FigureKind.COUNT && other.per() == null && other.low() != null
                    && other.low().stripTrailingZeros().scale() <= 0) {
                String between = article.text().substring(other.end(), figures.get(rateIndex).start());
                return BETWEEN.matcher(between.replaceAll("\\d+(?:\\.\\d+)?", "n")).matches() ? other : null;
            }
        }
        return null;
    }

    private static Long days(ArticleText article, Figure total, Figure rate, int sentence) {
        for (Figure f : List.of(total, rate)) {
            if (f.context().periodFrom() != null && f.context().periodTo() != null) {
                return ChronoUnit.DAYS.between(f.context().periodFrom(), f.context().periodTo()) + 1;
            }
        }
        Matcher span = SPAN.matcher(article.textOf(article.sentences.get(sentence)));
        if (!span.find()) {
            return null;
        }
        String n = span.group(1).toLowerCase(Locale.ROOT);
        Integer count = n.chars().allMatch(Character::isDigit) ? Integer.valueOf(n) : NUMBER_WORDS.get(n);
        if (count == null) {
            return null;
        }
        BigDecimal unit = DAYS_PER.get(span.group(2).toLowerCase(Locale.ROOT));
        return unit.multiply(BigDecimal.valueOf(count)).setScale(0, RoundingMode.HALF_UP).longValue();
    }

    /** "Some 30 aftershocks, about two a minute, ... in the hour after": the same test over a span of hours. */
    private static void checkHourly(ArticleText article, List<Figure> figures, int i,
                                    List<FigureReader.Reading> readings, List<Finding> out) {
        Figure rate = figures.get(i);
        int sentence = article.sentenceAt(rate.start());
        Figure total = totalBefore(article, figures, i, sentence);
        if (total == null) {
            return;
        }
        Matcher span = HOUR_SPAN.matcher(article.textOf(article.sentences.get(sentence)));
        if (!span.find()) {
            return;
        }
        String n = span.group(1) == null ? "1" : span.group(1).toLowerCase(Locale.ROOT);
        Integer hours = n.chars().allMatch(Character::isDigit) ? Integer.valueOf(n) : NUMBER_WORDS.get(n);
        if (hours == null) {
            return;
        }
        BigDecimal scale = BigDecimal.valueOf(hours).divide(HOURS_PER.get(rate.per().toLowerCase(Locale.ROOT)),
                MathContext.DECIMAL64);
        compare(article, total, rate, scale, hours + (hours == 1 ? " hour" : " hours"),
                readings.get(figures.indexOf(total)), out);
    }

    private static void compare(ArticleText article, Figure total, Figure rate, long days,
                                FigureReader.Reading reading, List<Finding> out) {
        BigDecimal scale = BigDecimal.valueOf(days).divide(DAYS_PER.get(rate.per().toLowerCase(Locale.ROOT)),
                MathContext.DECIMAL64);
        compare(article, total, rate, scale, days + " days", reading, out);
    }

    /** Flags the pair when the rate times {@code scale} periods is far from the total, over {@code spanText}. */
    private static void compare(ArticleText article, Figure total, Figure rate, BigDecimal scale, String spanText,
                                FigureReader.Reading reading, List<Finding> out) {
        BigDecimal written = IntervalLogic.nominal(total);
        BigDecimal low = rate.low().multiply(scale);
        BigDecimal high = (rate.high() == null ? rate.low() : rate.high()).multiply(scale);
        if (written == null || low.compareTo(written.multiply(TOLERANCE)) <= 0
                && high.multiply(TOLERANCE).compareTo(written) >= 0) {
            return;
        }
        boolean grouped = NumberText.isGrouped(total.text());
        String implied = NumberText.format(low.setScale(0, RoundingMode.HALF_UP), grouped);
        String message = "\u201c" + rate.text() + "\u201d over " + spanText + " is about " + implied + ", not \u201c"
                + total.text() + "\u201d";
        String why = "In one sentence of " + article.name() + ", \u201c" + rate.text() + "\u201d restates \u201c"
                + total.text() + "\u201d as a rate over " + spanText + "; " + rate.text() + " for " + spanText
                + " gives " + implied + ", more than half as much again or less than two thirds of the total.";
        MeasureParts parts = reading == null ? MeasureParts.NONE : reading.parts();
        String key = parts.counted() == null ? "unkeyed|rate" : MeasureKey.ofParts(parts).code();
        out.add(new Finding(FindingKind.RATE, message, List.of(article.ref(total), article.ref(rate)), key, "",
                "same-quantity", Confidence.MEDIUM, why, parts));
    }
}
