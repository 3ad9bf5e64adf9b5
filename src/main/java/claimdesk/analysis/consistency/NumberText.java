package claimdesk.analysis.consistency;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Formats computed numbers for messages the way the article writes its own: "26050" or "26,050". */
final class NumberText {

    private NumberText() {
    }

    static String format(BigDecimal value, boolean grouped) {
        BigDecimal plain = value.stripTrailingZeros();
        if (!grouped) {
            return plain.toPlainString();
        }
        DecimalFormat format = new DecimalFormat("#,##0.##########", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(plain);
    }
}
