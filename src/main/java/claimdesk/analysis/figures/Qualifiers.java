package claimdesk.analysis.figures;

import java.util.HashMap;
import java.util.Map;

/**
 * Finds the qualifier written right before a number ("more than 75,000") or right after it
 * ("500 or more"). Phrases are matched on whole words, case-insensitively, with any spacing.
 */
final class Qualifiers {
    private Qualifiers() {
    }

    /** A qualifier found at {@code start}..{@code end}; {@code text} is as written, lower-cased. */
    record Found(int start, int end, String text, Qualifier kind) {
    }

    private static final Map<String, Qualifier> BEFORE = new HashMap<>();
    private static final Map<String, Qualifier> AFTER = new HashMap<>();
    private static final int MAX_WORDS = 6;

    static {
        put(BEFORE, Qualifier.ABOVE, "more than", "over", "above", "in excess of", "greater than", "larger than",
                "bigger than", "higher than", "exceeding", "exceed", "exceeds", "surpass", "surpassing",
                "upwards of", "just over", "well over", ">");
        put(BEFORE, Qualifier.AT_LEAST, "at least", "a minimum of", "no less than", "not less than",
                "no fewer than", "bigger or equal than", "larger or equal than", "greater or equal than",
                "higher or equal than", "greater than or equal to", "more than or equal to", "at least or equal to",
                "equal to or more than", "equal to or greater than", ">=", "> =");
        put(BEFORE, Qualifier.BELOW, "fewer than", "less than", "under", "below", "smaller than", "lower than",
                "just under", "<");
        put(BEFORE, Qualifier.AT_MOST, "up to", "as many as", "as much as", "at most", "no more than",
                "not more than", "a maximum of", "less than or equal to", "less or equal than",
                "smaller or equal than", "lower or equal than", "fewer than or equal to", "equal to or less than",
                "equal to or fewer than", "<=", "< =");
        put(BEFORE, Qualifier.APPROX, "about", "around", "approximately", "some", "roughly", "nearly", "almost",
                "close to", "an estimated", "estimated", "circa", "an average of");
        put(BEFORE, Qualifier.EXACT, "equal to", "equals", "equaling to", "exactly");
        put(AFTER, Qualifier.AT_LEAST, "or more", "and more", "or greater", "or above", "or over",
                "or greater than", "or more than", "or higher");
        // "less than 5000 or equal" closes the open end the qualifier before the number left exclusive.
        put(AFTER, Qualifier.EXACT, "or equal", "or equal to");
        put(AFTER, Qualifier.AT_MOST, "or less", "or fewer", "or below", "or under", "or less than", "or lower");
    }

    private static void put(Map<String, Qualifier> map, Qualifier q, String... phrases) {
        for (String p : phrases) {
            map.put(p, q);
        }
    }

    /** The longest qualifier that ends (up to spaces) exactly at {@code numberStart}, or null. */
    static Found before(String s, int numberStart) {
        int end = Text.skipSpacesBack(s, numberStart);
        if (end > 0 && (s.charAt(end - 1) == '>' || s.charAt(end - 1) == '<' || s.charAt(end - 1) == '=')) {
            return symbol(s, end);
        }
        String[] words = new String[MAX_WORDS];
        int[] starts = new int[MAX_WORDS];
        int n = 0;
        int p = end;
        while (n < MAX_WORDS && p > 0) {
            int ws = Text.wordStartBack(s, p);
            if (ws == p || Text.isDigitAt(s, ws - 1)) {
                break;
            }
            words[n] = Text.lower(s, ws, p);
            starts[n] = ws;
            n++;
            p = Text.skipSpacesBack(s, ws);
            if (p == ws) {
                break;
            }
        }
        Found best = null;
        StringBuilder phrase = new StringBuilder();
        for (int k = 0; k < n; k++) {
            phrase.insert(0, k == 0 ? words[k] : words[k] + " ");
            Qualifier q = BEFORE.get(phrase.toString());
            if (q != null) {
                best = new Found(starts[k], end, phrase.toString(), q);
            }
        }
        return best;
    }

    private static Found symbol(String s, int end) {
        int b = end - 1;
        while (b > 0 && "<>= ".indexOf(s.charAt(b - 1)) >= 0) {
            b--;
        }
        b = Text.skipSpaces(s, b);
        String raw = s.substring(b, end);
        Qualifier q = BEFORE.get(raw);
        return q == null ? null : new Found(b, end, raw, q);
    }

    /** A qualifier right after the number ("or more"), or null. */
    static Found after(String s, int numberEnd) {
        int p = Text.skipSpaces(s, numberEnd);
        if (!Text.wordAt(s, p, "or") && !Text.wordAt(s, p, "and")) {
            return null;
        }
        Found best = null;
        StringBuilder phrase = new StringBuilder();
        int q = p;
        for (int k = 0; k < 3 && Text.isLetter(s, q); k++) {
            int e = Text.wordEnd(s, q);
            phrase.append(k == 0 ? "" : " ").append(Text.lower(s, q, e));
            if (startsNumber(s, Text.skipSpaces(s, e))) {
                return null;
            }
            Qualifier kind = AFTER.get(phrase.toString());
            if (kind != null) {
                best = new Found(p, e, phrase.toString(), kind);
            }
            q = Text.skipSpaces(s, e);
        }
        return best;
    }

    private static boolean startsNumber(String s, int p) {
        return Text.isDigitAt(s, p) || p < s.length() && Text.isLetter(s, p)
                && WordLexicon.canStart(Text.lower(s, p, Text.wordEnd(s, p)));
    }
}
