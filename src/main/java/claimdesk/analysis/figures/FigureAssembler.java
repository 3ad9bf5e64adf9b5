package claimdesk.analysis.figures;

import claimdesk.model.Figure;
import claimdesk.model.FigureKind;
import claimdesk.model.Span;
import java.math.BigDecimal;
import java.util.ArrayList;
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
        return UnitRanges.join(s, BoundPairs.merge(s, out), scanner);
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
        Rates.Found rate = Rates.at(s, end);
        if (rate != null) {
            end = rate.end();
        } else if (a.isVague() || a.value().compareTo(HUNDRED) >= 0) {
            rate = Rates.afterNoun(s, end);
        }
        if (rate == null && kind == FigureKind.COUNT) {
            rate = Rates.afterClause(s, end);
        }
        if (rate != null) {
            per = rate.per();
            kind = FigureKind.RATE;
        }
        return new Figure(Span.of(s, start, end), kind, Text.plain(iv.low()), Text.plain(iv.high()),
                iv.lowInclusive(), iv.highInclusive(), iv.approx(), iv.qualifier(),
                u == null ? null : u.symbol(), u == null ? null : u.currency(), per, null);
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
