package claimdesk.analysis.consistency;

import java.util.Locale;
import java.util.regex.Pattern;

/** Splits short context spans (subject, event, place) into lower-case words; the key builders share it. */
final class Words {

    private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}]+");

    private Words() {
    }

    /** The letter runs of {@code text}, lower-cased; may contain empty strings at the edges. */
    static String[] of(String text) {
        return NON_LETTERS.split(text.toLowerCase(Locale.ROOT));
    }
}
