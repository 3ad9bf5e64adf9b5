package claimdesk.model;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The sub-units a money figure may be stated in ("19 cents", "164p"), and what one of them is worth in the main
 * unit of the currency. A figure keeps the unit it was written in; comparisons go through {@link #factor}, so
 * "19 cents" and "$0.19" are the same amount. Pure and thread-safe.
 */
public final class MoneySubunits {
    private static final BigDecimal HUNDREDTH = new BigDecimal("0.01");
    private static final Map<String, BigDecimal> FACTORS = Map.of("cent", HUNDREDTH, "penny", HUNDREDTH);

    private MoneySubunits() {
    }

    /** What one {@code unit} is worth in its currency's main unit: 0.01 for "cent", 1 for null or any other unit. */
    public static BigDecimal factor(String unit) {
        return unit == null ? BigDecimal.ONE : FACTORS.getOrDefault(unit, BigDecimal.ONE);
    }

    /** Whether {@code unit} is a money sub-unit such as "cent" or "penny". */
    public static boolean isSubunit(String unit) {
        return unit != null && FACTORS.containsKey(unit);
    }
}
