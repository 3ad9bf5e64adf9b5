package claimdesk.analysis.figures;

import claimdesk.analysis.lexicon.Gazetteer;
import java.util.Locale;

/**
 * Gazetteer names as tokens of a sentence (issue 12). The place finder reads names word by word, which breaks a
 * name at a word that is also something else: "United States" ("states" is a reporting verb), "Saudi Arabia"
 * ("Saudi" a demonym), and "U.S." (four tokens: "U", ".", "S", "."), which came out as "U". Looking the whole
 * name up first keeps it whole. Stateless.
 */
final class PlaceNames {

    private static final int MAX_TOKENS = 6;

    private PlaceNames() {
    }

    /** The longest gazetteer name starting at token {@code k}, or null. */
    static TokenRange known(Tokens t, int k) {
        if (!t.isCapitalised(k) || !t.isWord(k) || Words.MONTHS.contains(t.lower(k))
                || Words.WEEKDAYS.contains(t.lower(k))) {
            return null;
        }
        for (int n = Math.min(MAX_TOKENS, t.size() - k); n >= 1; n--) {
            int last = k + n - 1;
            // "U.S." ends with its dot; "Kandahar." is a name before a full stop.
            boolean dotted = t.isPunct(last, ".") && last > k && t.isWord(last - 1) && t.lower(last - 1).length() == 1;
            if (!dotted && !(t.isWord(last) && t.isCapitalised(last)) || !isJoined(t, k, last)) {
                continue;
            }
            String written = t.span(k, k + n).text();
            String key = Gazetteer.keyOf(written);
            if (key != null && isNameShape(written) && !isOtherDemonym(written, key, n)) {
                return new TokenRange(k, k + n);
            }
        }
        return null;
    }

    /** Words of one name: one space apart, or dots and capitals glued ("U.S."). */
    private static boolean isJoined(Tokens t, int from, int last) {
        for (int i = from; i < last; i++) {
            int gap = t.start(i + 1) - t.end(i);
            boolean glued = gap == 0 && (t.isPunct(i, ".") || t.isPunct(i + 1, "."));
            if (!glued && !(gap == 1 && t.isWord(i) && t.isWord(i + 1))) {
                return false;
            }
        }
        return true;
    }

    /** Short names ("US", "UK") only in capitals: "Us" opening a title is the pronoun. */
    private static boolean isNameShape(String written) {
        String letters = written.replaceAll("[^\\p{L}]", "");
        return letters.length() > 2 || letters.equals(letters.toUpperCase(Locale.ROOT));
    }

    /** "German" is also a parish of the Isle of Man: a single word that is a demonym is read as one. */
    private static boolean isOtherDemonym(String written, String key, int tokens) {
        String demonymOf = tokens == 1 ? Gazetteer.countryOfDemonym(written) : null;
        return demonymOf != null && !demonymOf.equals(key);
    }
}
