package claimdesk.analysis.figures;

import claimdesk.model.Figure;
import claimdesk.model.FigureKind;
import claimdesk.model.Span;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Turns scanned numbers into figures: joins ranges, attaches currency, unit, qualifier and rate, and lets
 * {@link NonStatisticClassifier} set aside dates, years, durations and identifiers. Stateless and thread-safe.
 */
final class FigureAssembler {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private final NumberScanner scanner = new NumberScanner();

    List<Figure> assemble(String s) {
        List<NumberToken> tokens = scanner.scan(s);
        List<Figure> out = new ArrayList<>();
        int consumed = 0;
        Urls urls = new Urls(s);
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).start() < consumed || urls.contains(tokens.get(i).start())) {
                continue;
            }
            Figure f = build(s, tokens, i);
            if (f != null && f.start() >= consumed) {
                out.add(f);
                consumed = f.end();
            }
        }
        return UnitRanges.join(s, BoundPairs.merge(s, withFrequencies(s, out)), scanner);
    }

    /** Adds "twice a year" and the like where no figure already covers the words, in text order. */
    private static List<Figure> withFrequencies(String s, List<Figure> figures) {
        List<Figure> found = Frequencies.find(s);
        if (found.isEmpty()) {
            return figures;
        }
        List<Figure> out = new ArrayList<>(figures);
        for (Figure f : found) {
            if (out.stream().noneMatch(g -> g.start() < f.end() && f.start() < g.end())) {
                out.add(f);
            }
        }
        out.sort(Comparator.comparingInt(Figure::start));
        return out;
    }

    private Figure build(String s, List<NumberToken> tokens, int i) {
        NumberToken a = tokens.get(i);
        if (NetworkGenerations.at(s, a.start(), a.end())) {
            return null;
        }
        NonStatistic non = NonStatisticClassifier.classify(s, a);
        if (non != null) {
            return nonStatistic(s, a, non);
        }
        Ranges.Found range = Ranges.after(s, tokens, i);
        NumberToken last = range == null ? a : range.high();
        int start = range == null ? a.start() : range.start();
        Units.Found unit = Units.after(s, last.end());
        Units.Found prefix = Units.before(s, start);
        if (unit == null && last.gluedToLetters()) {
            return other(s, a, last.end());
        }
        BigDecimal factor = BigDecimal.ONE;
        if (isGluedMetre(unit) && (prefix != null || Units.after(s, unit.end()) != null
                || pluralNounAt(s, unit.end()))) {
            // "£5m", "5m people", "3m tonnes": after a currency or before a noun, a glued m is million, not metres
            factor = BigDecimal.valueOf(1_000_000);
            Units.Found following = prefix == null ? Units.after(s, unit.end()) : null;
            unit = following != null ? following : new Units.Found(unit.start(), unit.end(), null, true);
        }
        Unit u = unit == null ? null : unit.unit();
        if (u != null && "lb".equals(u.symbol()) && s.substring(a.start(), last.end()).contains("illion")) {
            u = Unit.money("GBP");                    // "361 million pounds" is money, "25 pounds" a weight
        }
        if (prefix != null && (u == null || u.kind() == FigureKind.MONEY)) {
            start = prefix.start();
            u = u == null || u.currency() == null ? prefix.unit() : u;
        }
        if (u == null && range == null) {
            int percentStart = Units.percentBefore(s, start);
            if (percentStart >= 0) {
                start = percentStart;
                u = Unit.percent();
            }
        }
        int end = unit == null ? last.end() : unit.end();
        if (u != null && u.kind() == FigureKind.MONEY && range == null && a.value().scale() <= 0) {
            Subunits.Found cents = Subunits.after(s, end, scanner, unit != null && !unit.glued() || prefix != null);
            if (cents != null) {
                return figure(s, withValue(a, a.value().add(cents.amount())), null, u, factor, start, cents.end());
            }
        }
        if (u == null && a.form() == NumberToken.Form.WORDS && range == null && isBareOne(s, a) && !CountedOne.counts(s, a)) {
            return other(s, a, a.end());
        }
        return figure(s, a, range, u, factor, start, end);
    }

    private Figure figure(String s, NumberToken a, Ranges.Found range, Unit u, BigDecimal factor, int start,
                          int end) {
        FigureKind kind = u == null ? FigureKind.COUNT : u.kind();
        BigDecimal f = factor.multiply(u == null ? BigDecimal.ONE : u.factor());
        boolean wordFraction = u == null && a.form() == NumberToken.Form.WORDS && range == null
                && a.value().signum() > 0 && a.value().compareTo(BigDecimal.ONE) < 0;
        if (wordFraction || u == null && a.form() == NumberToken.Form.RATIO) {
            // "half of", "two thirds", "1 in 5": a share kept as the fraction; the checks read it as a percent
            kind = FigureKind.PROPORTION;
        }
        BigDecimal low = (range == null ? a.value() : range.lowValue()).multiply(f);
        BigDecimal high = range != null ? range.high().value().multiply(f)
                : a.high() != null ? a.high().multiply(f) : low;
        Interval iv = new Interval(low, high, true, true, a.isVague(), range == null ? null : range.prefix());
        Qualifiers.Found before = range != null && range.prefix() != null ? null : Qualifiers.before(s, start);
        if (before != null) {
            iv = iv.qualified(before.kind(), before.text());
            start = before.start();
        }
        Qualifiers.Found after = Qualifiers.after(s, end);
        if (after != null) {
            iv = iv.qualifiedAfter(after.kind(), after.text());
            end = after.end();
        }
        String per = null;
        Rates.Found thing = kind == FigureKind.MONEY ? Rates.perThing(s, end) : null;
        if (thing != null) {
            // the span stops at the amount ("$98" of "$98 a share"), as Recognizers-Text's currency model reads it
            per = thing.per();
        } else if (kind != FigureKind.PERCENT && kind != FigureKind.PROPORTION) {
            // "13% annually" stays a percent that changes each year; "half a day" is a length of time
            Rates.Found rate = rateAfter(s, a, kind, end);
            boolean joined = rate != null && rate.start() == end;
            if (joined) {
                end = rate.end();
            }
            per = rate != null ? rate.per()
                    : kind == FigureKind.COUNT || kind == FigureKind.MONEY ? Rates.before(s, start) : null;
            Unit speed = joined && kind == FigureKind.MEASURE ? speed(u, per) : null;
            if (speed != null) {
                u = speed;
                per = null;
            } else if (per != null && kind != FigureKind.MEASURE) {
                // a physical quantity per period ("2 million barrels a day") stays a measure, with its period
                kind = FigureKind.RATE;
            }
        }
        return new Figure(Span.of(s, start, end), kind, Text.plain(iv.low()), Text.plain(iv.high()),
                iv.lowInclusive(), iv.highInclusive(), iv.approx(), iv.qualifier(),
                u == null ? null : u.symbol(), u == null ? null : u.currency(), per, null);
    }

    /** The rate phrase that applies to the figure ending at {@code end}, nearest first, or null. */
    private static Rates.Found rateAfter(String s, NumberToken a, FigureKind kind, int end) {
        Rates.Found rate = kind == FigureKind.COUNT ? Rates.times(s, end) : null;
        if (rate == null) {
            rate = Rates.at(s, end);
        }
        if (rate == null) {
            rate = Rates.afterBrackets(s, end);
            rate = rate == null ? null : new Rates.Found(-1, -1, rate.per());
        }
        if (rate == null && (a.isVague() || a.value().compareTo(HUNDRED) >= 0)) {
            rate = Rates.afterNoun(s, end);
        }
        if (rate == null && (kind == FigureKind.COUNT || kind == FigureKind.MONEY)) {
            rate = Rates.afterClause(s, end);
        }
        return rate;
    }

    /** "30 km per hour" is a speed in km/h, as "60 miles an hour" is in mph; null for other units. */
    private static Unit speed(Unit u, String per) {
        if (!"hour".equals(per) || u == null) {
            return null;
        }
        return "km".equals(u.symbol()) ? Unit.measure("km/h") : "mi".equals(u.symbol()) ? Unit.measure("mph") : null;
    }

    private static boolean isGluedMetre(Units.Found unit) {
        return unit != null && unit.glued() && unit.unit() != null && "m".equals(unit.unit().symbol());
    }

    private static boolean pluralNounAt(String s, int from) {
        int p = Text.skipSpaces(s, from);
        int e = Text.wordEnd(s, p);
        if (p == from || e - p < 4 || !Character.isLowerCase(s.charAt(p))) {
            return false;
        }
        return s.charAt(e - 1) == 's' && s.charAt(e - 2) != 's' || s.startsWith("people", p);
    }

    private static NumberToken withValue(NumberToken t, BigDecimal v) {
        return new NumberToken(t.start(), t.end(), v, null, NumberToken.Form.DIGITS, false);
    }

    private static boolean isBareOne(String s, NumberToken a) {
        return a.end() - a.start() == 3 && s.regionMatches(true, a.start(), "one", 0, 3);
    }

    private static Figure other(String s, NumberToken a, int end) {
        return exact(s, FigureKind.OTHER, a.start(), end, a.value(), null);
    }

    private Figure nonStatistic(String s, NumberToken a, NonStatistic non) {
        if (non.kind() == FigureKind.DURATION || non.kind() == FigureKind.OTHER && non.end() == a.end()
                && a.form() != NumberToken.Form.ORDINAL && !Text.isWordChar(s, a.start() - 1)
                && (a.start() == 0 || s.charAt(a.start() - 1) != '-')) {
            Qualifiers.Found q = Qualifiers.before(s, non.start());
            if (q != null) {
                Interval iv = new Interval(a.value(), a.high() == null ? a.value() : a.high(), true, true,
                        a.isVague(), null).qualified(q.kind(), q.text());
                return new Figure(Span.of(s, q.start(), non.end()), non.kind(), Text.plain(iv.low()),
                        Text.plain(iv.high()), iv.lowInclusive(), iv.highInclusive(), iv.approx(), iv.qualifier(),
                        null, null, null, null);
            }
        }
        BigDecimal v = non.kind() == FigureKind.DATE ? null : a.value();
        return exact(s, non.kind(), non.start(), non.end(), v, non.high() != null ? non.high() : a.high());
    }

    private static Figure exact(String s, FigureKind kind, int start, int end, BigDecimal v, BigDecimal high) {
        BigDecimal p = Text.plain(v);
        return new Figure(Span.of(s, start, end), kind, p, high == null ? p : Text.plain(high), true, true,
                high != null && kind != FigureKind.YEAR, null, null, null, null, null);
    }
}
