package claimdesk.analysis.consistency;

import claimdesk.model.Figure;
import claimdesk.model.FigureKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads each proportion as a percent (0.667 as 66.7, kind PERCENT), keeping its span, qualifier and context, so that
 * "two thirds" meets "66%" in every check, with one conversion for all of them. Order and size are kept, so the
 * i-th figure stays the i-th. Pure.
 */
final class ProportionsAsPercents {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private ProportionsAsPercents() {
    }

    static List<Figure> convert(List<Figure> figures) {
        List<Figure> out = new ArrayList<>(figures.size());
        for (Figure f : figures) {
            out.add(f.kind() == FigureKind.PROPORTION ? asPercent(f) : f);
        }
        return List.copyOf(out);
    }

    static Figure asPercent(Figure f) {
        return new Figure(f.span(), FigureKind.PERCENT, times100(f.low()), times100(f.high()), f.lowInclusive(),
                f.highInclusive(), f.approx(), f.qualifier(), f.unit(), f.currency(), f.per(), f.context());
    }

    private static BigDecimal times100(BigDecimal v) {
        if (v == null) {
            return null;
        }
        BigDecimal p = v.multiply(HUNDRED).stripTrailingZeros();
        return p.scale() < 0 ? p.setScale(0) : p;
    }
}
