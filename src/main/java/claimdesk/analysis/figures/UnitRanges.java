package claimdesk.analysis.figures;

import claimdesk.model.Figure;
import claimdesk.model.FigureKind;
import claimdesk.model.Span;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Joins two figures whose ends both carry the unit into one range ("between 5% and 6%", "$62 and $68",
 * "15kHz and 17kHz", "$10 to $15 billion"), and links the two ends of a change ("fell from $2,415 to $2,315"):
 * both stay, the end figure records where the start figure begins. {@link Ranges} handles the ends that share
 * one unit written after the second ("5 to 6 percent"); this pass sees the figures after units are attached.
 *
 * <p>A scale written only on the second end spreads to the first when that makes a sensible range or change:
 * "$10 to $15 billion" is 10–15 billion, but "$370,000 to $5.5 million" keeps its 370,000. Stateless.
 */
final class UnitRanges {
    private UnitRanges() {
    }

    private static final Set<String> RANGE_GAPS = Set.of("to", "-", "\u2013", "\u2014", "through");
    private static final BigDecimal TEN = BigDecimal.TEN;
    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);
    /** Verbs after which "from X to Y" spans values in any order: "ranged from -5C to -10C". */
    private static final Set<String> RANGE_VERBS = Set.of("range", "ranges", "ranged", "ranging", "vary", "varies",
            "varied", "varying");

    static List<Figure> join(String s, List<Figure> in, NumberScanner scanner) {
        List<Figure> out = new ArrayList<>(in.size());
        for (int i = 0; i < in.size(); i++) {
            Figure b = i + 1 < in.size() ? in.get(i + 1) : null;
            Figure a = b == null ? in.get(i) : millionsNotMetres(s, in.get(i), b);
            Pair pair = b == null ? null : pair(s, a, b);
            if (pair == null) {
                out.add(in.get(i));
                continue;
            }
            switch (pair.kind()) {
                case CHANGE -> {
                    out.add(restated(s, a, b, spreadScale(s, a, b, scanner, true)));
                    out.add(b.withChangeFrom(a.start()));
                }
                case CHANGE_BACK -> {                   // "rose to £3.2bn from £2.9bn": the end comes first
                    out.add(a.withChangeFrom(b.start()));
                    out.add(restated(s, b, a, b.low()));
                }
                case RANGE, ANY_ORDER -> {
                    BigDecimal low = spreadScale(s, a, b, scanner, false);
                    if (low.compareTo(b.low()) < 0) {
                        out.add(range(s, pair, low, b.high(), a, b));
                    } else if (pair.kind() == Kind.ANY_ORDER && low.compareTo(b.low()) > 0) {
                        out.add(range(s, pair, b.low(), low, a, b));   // "from -5C to -10C"
                    } else {
                        out.add(in.get(i));
                        out.add(b);
                    }
                }
            }
            i++;
        }
        return out;
    }

    /** How two neighbouring figures belong together. */
    private enum Kind { RANGE, ANY_ORDER, CHANGE, CHANGE_BACK }

    /** Two figures read as one: where the phrase starts, its framing word, and how they relate. */
    private record Pair(int start, String prefix, Kind kind) {
    }

    private static Pair pair(String s, Figure a, Figure b) {
        if (!single(a) || !single(b)) {
            return null;
        }
        String gap = s.substring(a.end(), b.start()).strip().toLowerCase(Locale.ROOT);
        String prefix = Ranges.previousWord(s, a.start());
        int prefixStart = Text.wordStartBack(s, Text.skipSpacesBack(s, a.start()));
        boolean between = prefix.equals("between") && gap.equals("and");
        boolean from = prefix.equals("from") && gap.equals("to");
        boolean rangeVerb = from && RANGE_VERBS.contains(Ranges.previousWord(s, prefixStart));
        boolean change = from && !rangeVerb
                && (ChangeWords.beforeFrom(s, prefixStart) || a.low().compareTo(b.low()) > 0);
        boolean changeBack = prefix.equals("to") && gap.equals("from") && ChangeWords.beforeFrom(s, prefixStart);
        boolean sameUnit = a.kind() == b.kind() && same(a.unit(), b.unit()) && same(a.currency(), b.currency());
        if (change && (sameUnit || bare(a, b))) {
            return new Pair(a.start(), null, Kind.CHANGE);
        }
        if (changeBack && (sameUnit || bare(b, a))) {
            return new Pair(a.start(), null, Kind.CHANGE_BACK);
        }
        if (!between && !from && ChangeWords.isVerb(prefix)) {
            return null;                                // "rose 0.2% to 5.4%": a change by 0.2 to 5.4, no range
        }
        if (!sameUnit || !(between || from || RANGE_GAPS.contains(gap) && !prefix.equals("between"))) {
            return null;
        }
        boolean framed = between || from;
        return new Pair(framed ? prefixStart : a.start(), framed ? prefix : null,
                rangeVerb ? Kind.ANY_ORDER : Kind.RANGE);
    }

    /** A bare number whose unit is written only on the other end of its change: "from 10.9bn to 11.1bn euros". */
    private static boolean bare(Figure f, Figure withUnit) {
        return f.kind() == FigureKind.COUNT && f.unit() == null && withUnit.kind() != FigureKind.COUNT;
    }

    /**
     * "3m to 4m people": the glued "m" of the first end reads as metres until the second end shows it is million.
     * Returns {@code a} restated as millions of what {@code b} counts, or {@code a} itself.
     */
    private static Figure millionsNotMetres(String s, Figure a, Figure b) {
        boolean metres = a.kind() == FigureKind.MEASURE && "m".equals(a.unit()) && gluedM(s, a.end());
        boolean millions = b.kind() != FigureKind.MEASURE && gluedM(s, b.end())
                && b.low() != null && b.low().compareTo(MILLION) >= 0;
        if (!metres || !millions || a.low() == null || a.low().compareTo(a.high()) != 0) {
            return a;
        }
        BigDecimal v = Text.plain(a.low().multiply(MILLION));
        return new Figure(a.span(), b.kind(), v, v, true, true, a.approx(), a.qualifier(), b.unit(), b.currency(),
                null, a.context());
    }

    private static boolean gluedM(String s, int end) {
        return end >= 2 && s.charAt(end - 1) == 'm' && Text.isDigitAt(s, end - 2);
    }

    /**
     * An exact statistic, perhaps approximate ("around 3m"), with no rate: only such ends make a range. Money per
     * thing may end one: "between $62 and $68 per share" (money's per is a thing, never a period).
     */
    private static boolean single(Figure f) {
        return f.kind().isStatistic() && f.kind() != FigureKind.RATE && (f.qualifier() == null || f.approx())
                && (f.per() == null || f.kind() == FigureKind.MONEY)
                && f.low() != null && f.high() != null && f.low().compareTo(f.high()) == 0;
    }

    private static boolean same(String x, String y) {
        return x == null ? y == null : x.equals(y);
    }

    /** The first end's value, with the second end's scale word when the first has none and it fits. */
    private static BigDecimal spreadScale(String s, Figure a, Figure b, NumberScanner scanner, boolean change) {
        long scaleB = scaleOf(s, b, scanner);
        if (scaleB <= 1 || scaleOf(s, a, scanner) != 1) {
            return a.low();
        }
        BigDecimal scaled = a.low().multiply(BigDecimal.valueOf(scaleB));
        BigDecimal high = b.low().abs();
        boolean fits = change
                ? scaled.abs().multiply(TEN).compareTo(high) >= 0 && scaled.abs().compareTo(high.multiply(TEN)) <= 0
                : scaled.compareTo(b.low()) < 0;
        return fits ? Text.plain(scaled) : a.low();
    }

    /** The scale of the figure's number: 1 for "$10", a billion for "$15 billion"; 0 when no number is found. */
    private static long scaleOf(String s, Figure f, NumberScanner scanner) {
        for (int p = f.start(); p < f.end(); p++) {
            if (Text.isDigitAt(s, p)) {
                NumberToken t = scanner.tokenAt(s, p);
                return t == null ? 0 : Ranges.trailingScale(s, t);
            }
        }
        return 0;
    }

    /** The start of a change, in the unit of its end when written bare ("from 10.9bn to 11.1bn euros"). */
    private static Figure restated(String s, Figure a, Figure b, BigDecimal low) {
        boolean bare = a.kind() == FigureKind.COUNT && a.unit() == null && b.kind() != FigureKind.COUNT;
        if (!bare && low.compareTo(a.low()) == 0) {
            return a;
        }
        return new Figure(Span.of(s, a.start(), a.end()), bare ? b.kind() : a.kind(), low, low, true, true,
                a.approx(), a.qualifier(), bare ? b.unit() : a.unit(), bare ? b.currency() : a.currency(), null,
                a.context());
    }

    /** The range from {@code a} to {@code b}; "around 3m to 4m" keeps the first end's "around" for the whole. */
    private static Figure range(String s, Pair pair, BigDecimal low, BigDecimal high, Figure a, Figure b) {
        String qualifier = pair.prefix() != null ? pair.prefix() : a.qualifier();
        return new Figure(Span.of(s, pair.start(), b.end()), b.kind(), low, high, true, true,
                a.approx() || b.approx(), qualifier, b.unit(), b.currency(), b.per(), null);
    }
}
