package claimdesk.analysis.figures;

import claimdesk.model.FigureKind;
import java.util.Set;

/**
 * Ages written without "years old": "when she was eight,", "At 23, Henson...", "died at age 84", "aged 40". An
 * age describes one person and counts nothing, so each is OTHER. Ages in apposition ("Manuel, 17,") are read by
 * {@link NameNumbers}, which knows names.
 */
final class Ages {
    private Ages() {
    }

    private static final Set<String> PRONOUNS = Set.of("he", "she", "i", "you", "they", "we");
    private static final Set<String> LINKS = Set.of("at", "in", "on", "when", "and", "or", "but", "after",
            "before", "then", "with", "that", "so", "until");
    private static final int OLDEST = 120;

    /** The age reading of {@code t}, or null. */
    static NonStatistic classify(String s, NumberToken t) {
        if (t.form() != NumberToken.Form.PLAIN_DIGITS && t.form() != NumberToken.Form.WORDS
                || t.value().signum() <= 0 || t.value().intValue() > OLDEST || t.value().scale() > 0) {
            return null;
        }
        String before = Ranges.previousWord(s, t.start());
        boolean age = before.equals("aged") || before.equals("age")
                || pronounWas(s, t, before) || atStartWithComma(s, t, before);
        return age ? new NonStatistic(FigureKind.OTHER, t.start(), t.end()) : null;
    }

    /** "when she was eight,": a pronoun, "was" or "turned", the number, then no noun it could count. */
    private static boolean pronounWas(String s, NumberToken t, String before) {
        if (!before.equals("was") && !before.equals("turned") && !before.equals("is")) {
            return false;
        }
        int verb = Text.wordStartBack(s, Text.skipSpacesBack(s, t.start()));
        return PRONOUNS.contains(Ranges.previousWord(s, verb)) && !nounAfter(s, t.end());
    }

    /** "At 23, Henson has...": a sentence that opens on "At", a number and a comma. */
    private static boolean atStartWithComma(String s, NumberToken t, String before) {
        if (!before.equals("at") || t.end() >= s.length() || s.charAt(t.end()) != ',') {
            return false;
        }
        int at = Text.wordStartBack(s, Text.skipSpacesBack(s, t.start()));
        int p = at;
        while (p > 0 && (Text.isSpace(s.charAt(p - 1)) || "\"'\u201c(".indexOf(s.charAt(p - 1)) >= 0)) {
            p--;
        }
        return p == 0 || ".!?\n".indexOf(s.charAt(p - 1)) >= 0;
    }

    /** True when a word that may be counted follows ("she was eight points clear"), not "at", "when", "and". */
    private static boolean nounAfter(String s, int end) {
        int p = Text.skipSpaces(s, end);
        int e = Text.wordEnd(s, p);
        return p > end && e > p && !LINKS.contains(Text.lower(s, p, e));
    }
}
