package claimdesk.analysis.consistency;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.regex.Pattern;

/** Formats computed numbers for messages the way the article writes its own: "26050" or "26,050". */
final class NumberText {

    private static final Pattern THOUSANDS_COMMA = Pattern.compile("\\d,\\d");

    private NumberText() {
    }

    /** True when {@code text} writes a number with thousands commas ("286,631"). */
    static boolean isGrouped(String text) {
        return THOUSANDS_COMMA.matcher(text).find();
    }

    static String format(BigDecimal value, boolean grouped) {
        BigDecimal plain = value.stripTrailingZeros();
        if (!grouped) {
            return plain.toPlainString();
        }
        DecimalFormat format = new DecimalFormat("#,##0.##########", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(plain);
    }

    /** {@code value} written like {@code like}: "10.5 million" when {@code like} says "11.5 million". */
    static String inScaleOf(BigDecimal value, String like, boolean grouped) {
        String lower = like.toLowerCase(Locale.ROOT);
        for (String[] scale : new String[][] {{"billion", "9"}, {"million", "6"}}) {
            if (lower.contains(scale[0])) {
                return format(value.scaleByPowerOfTen(-Integer.parseInt(scale[1])), false) + " " + scale[0];
            }
        }
        return format(value, grouped);
    }
}
