package claimdesk.analysis.figures;

import java.math.BigDecimal;

/**
 * One number as written in a text, before any unit or qualifier is attached.
 *
 * <p>{@code start}/{@code end} are UTF-16 offsets, end exclusive. {@code value} is the number ({@code low} of the
 * interval for vague words such as "thousands", whose {@code high} is then non-null; otherwise {@code high} is null).
 * {@code form} says how it was written; {@code gluedToLetters} is true when a letter follows directly ("29km"),
 * which makes the token part of a unit expression rather than a bare number.
 */
public record NumberToken(int start, int end, BigDecimal value, BigDecimal high, Form form, boolean gluedToLetters) {

    /** How the number was written. */
    public enum Form {
        /** Digits without separators, e.g. "26320" or "2022". */
        PLAIN_DIGITS,
        /** Digits with separators, decimals, suffixes or scale words: "75,000", "1.2 million", "10k". */
        DIGITS,
        /** Spelled out: "seven", "half a million". */
        WORDS,
        /** A vague quantity: "dozens", "tens of thousands" (value..high). */
        VAGUE,
        /** An ordinal: "21st", "second". */
        ORDINAL,
        /** A proportion written as two numbers: "1 in 5", "one out of three", "2000 over 3" (value = the quotient). */
        RATIO
    }

    public boolean isVague() {
        return form == Form.VAGUE;
    }
}
