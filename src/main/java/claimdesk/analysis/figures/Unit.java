package claimdesk.analysis.figures;

import claimdesk.model.FigureKind;
import java.math.BigDecimal;

/**
 * A unit attached to a number: its kind (percent, money or measure), the normalised symbol or ISO currency,
 * and the factor that converts the written number into that unit (0.01 for cents, 10 for tomans to rials).
 */
record Unit(FigureKind kind, String symbol, String currency, BigDecimal factor) {

    static Unit percent() {
        return new Unit(FigureKind.PERCENT, null, null, BigDecimal.ONE);
    }

    static Unit money(String iso) {
        return new Unit(FigureKind.MONEY, null, iso, BigDecimal.ONE);
    }

    static Unit money(String iso, String factor) {
        return new Unit(FigureKind.MONEY, null, iso, new BigDecimal(factor));
    }

    static Unit measure(String symbol) {
        return new Unit(FigureKind.MEASURE, symbol, null, BigDecimal.ONE);
    }
}
