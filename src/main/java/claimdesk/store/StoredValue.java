package claimdesk.store;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * How a figure bound fits the {@code figure} table: a DECIMAL(38, 6) column (32 digits before the point, 6 after)
 * and, for a value that column cannot hold exactly, its exact text beside it (V6). Before the text column, a
 * 36-digit amount made the whole insert fail, which left the article without figures and failed every later check.
 * Stateless; null stays null.
 */
final class StoredValue {

    static final int SCALE = 6;
    private static final int INTEGER_DIGITS = 32;
    /** Size of the text column; a longer value is kept to 34 significant digits (none the extractor finds is). */
    private static final int TEXT_LENGTH = 400;

    private StoredValue() {
    }

    /** The value for the DECIMAL column: rounded to 6 decimals, or null when it has more than 32 integer digits. */
    static BigDecimal decimal(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal rounded = value.setScale(SCALE, RoundingMode.HALF_EVEN);
        return rounded.precision() - rounded.scale() > INTEGER_DIGITS ? null : rounded;
    }

    /** The exact text when the DECIMAL column cannot hold the value as it is; null when it can. */
    static String text(BigDecimal value) {
        BigDecimal decimal = decimal(value);
        if (value == null || decimal != null && decimal.compareTo(value) == 0) {
            return null;
        }
        String exact = value.toString();
        return exact.length() <= TEXT_LENGTH ? exact : value.round(MathContext.DECIMAL128).toString();
    }

    /** The value as the extractor gave it: from the text if there is one, else the column without trailing zeros. */
    static BigDecimal read(BigDecimal decimal, String text) {
        BigDecimal value = text != null ? new BigDecimal(text) : decimal;
        if (value == null) {
            return null;
        }
        // DECIMAL(38, 6) hands back 75000.000000, and "1E+35" has a negative scale; the extractor's have neither.
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
