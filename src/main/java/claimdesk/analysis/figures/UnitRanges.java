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

    static List<Figure> join(String s, List<Figure> in, NumberScanner scanner) {
        List<Figure> out = new ArrayList<>(in.size());
        for (int i = 0; i < in.size(); i++) {
            Figure a = in.get(i);
            Figure b = i + 1 < in.size() ? in.get(i + 1) : null;
            Pair pair = b == null ? null : pair(s, a, b);
            if (pair == null) {
                out.add(a);
                continue;
            }
            BigDecimal low = spreadScale(s, a, b, scanner, pair.change());
            if (pair.change()) {
                out.add(restated(s, a, b, low));
                out.add(b.withChangeFrom(a.start()));
            } else if (low.compareTo(b.low()) < 0) {
                out.add(range(s, pair.start(), low, b, pair.prefix()));
            } else {
                out.add(a);
                out.add(b);
            }
            i++;
        }
        return out;
    }

    /** Two figures read as one: where the phrase starts, its framing word, and whether it is a change. */
    private record Pair(int start, String prefix, boolean change) {
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
        boolean change = from && (ChangeWords.beforeFrom(s, prefixStart) || a.low().compareTo(b.low()) > 0);
        if (!between && !from && ChangeWords.isVerb(prefix)) {
            return null;                                // "rose 0.2% to 5.4%": a change by 0.2 to 5.4, no range
        }
        boolean sameUnit = a.kind() == b.kind() && same(a.unit(), b.unit()) && same(a.currency(), b.currency());
        boolean bareStart = a.kind() == FigureKind.COUNT && a.unit() == null && b.kind() != FigureKind.COUNT;
        if (change && (sameUnit || bareStart)) {
            return new Pair(a.start(), null, true);
        }
        if (!sameUnit || !(between || from || RANGE_GAPS.contains(gap) && !prefix.equals("between"))) {
            return null;
        }
        boolean framed = between || from;
        return new Pair(framed ? prefixStart : a.start(), framed ? prefix : null, false);
    }

    /** An exact statistic with no qualifier or rate: only such ends make a range. */
    private static boolean single(Figure f) {
        return f.kind().isStatistic() && f.kind() != FigureKind.RATE && f.qualifier() == null && f.per() == null
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
                a.approx(), null, bare ? b.unit() : a.unit(), bare ? b.currency() : a.currency(), null,
                a.context());
    }

    private static Figure range(String s, int start, BigDecimal low, Figure b, String prefix) {
        return new Figure(Span.of(s, start, b.end()), b.kind(), low, b.high(), true, true, b.approx(), prefix,
                b.unit(), b.currency(), b.per(), null);
    }
}
