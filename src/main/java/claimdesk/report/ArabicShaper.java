package claimdesk.report;

import com.openhtmltopdf.bidi.BidiReorderer;
import java.util.HashMap;
import java.util.Map;

/**
 * Lays out right-to-left runs for openhtmltopdf, which draws glyphs one by one and cannot shape text itself.
 * Shaping picks each Arabic letter's contextual form (isolated, final, initial, medial) from the Unicode
 * presentation-form blocks, which DejaVu Sans carries, and joins lam + alef into their mandatory ligature;
 * it covers the Arabic letters plus the Persian ones Dari needs (پ چ ژ ک گ ی). Reordering reverses a run by code
 * point and mirrors brackets. Marks (harakat) are skipped when looking for neighbours; ZWNJ breaks a join, as the
 * Dari "half space" must. Stateless and thread-safe.
 */
final class ArabicShaper implements BidiReorderer {

    private static final char TATWEEL = '\u0640';
    private static final char ZWJ = '\u200D';
    private static final char LAM = '\u0644';

    /** {base letter, its first presentation form, 2 = joins on the right only, 4 = joins on both sides}. */
    private static final int[][] LETTERS = {
        {0x0622, 0xFE81, 2}, {0x0623, 0xFE83, 2}, {0x0624, 0xFE85, 2}, {0x0625, 0xFE87, 2}, {0x0626, 0xFE89, 4},
        {0x0627, 0xFE8D, 2}, {0x0628, 0xFE8F, 4}, {0x0629, 0xFE93, 2}, {0x062A, 0xFE95, 4}, {0x062B, 0xFE99, 4},
        {0x062C, 0xFE9D, 4}, {0x062D, 0xFEA1, 4}, {0x062E, 0xFEA5, 4}, {0x062F, 0xFEA9, 2}, {0x0630, 0xFEAB, 2},
        {0x0631, 0xFEAD, 2}, {0x0632, 0xFEAF, 2}, {0x0633, 0xFEB1, 4}, {0x0634, 0xFEB5, 4}, {0x0635, 0xFEB9, 4},
        {0x0636, 0xFEBD, 4}, {0x0637, 0xFEC1, 4}, {0x0638, 0xFEC5, 4}, {0x0639, 0xFEC9, 4}, {0x063A, 0xFECD, 4},
        {0x0641, 0xFED1, 4}, {0x0642, 0xFED5, 4}, {0x0643, 0xFED9, 4}, {0x0644, 0xFEDD, 4}, {0x0645, 0xFEE1, 4},
        {0x0646, 0xFEE5, 4}, {0x0647, 0xFEE9, 4}, {0x0648, 0xFEED, 2}, {0x0649, 0xFEEF, 2}, {0x064A, 0xFEF1, 4},
        {0x067E, 0xFB56, 4}, {0x0686, 0xFB7A, 4}, {0x0698, 0xFB8A, 2}, {0x06A9, 0xFB8E, 4}, {0x06AF, 0xFB92, 4},
        {0x06CC, 0xFBFC, 4},
    };
    /** Alef variants after lam, and the isolated form of the ligature (the final form is the next code point). */
    private static final Map<Character, Character> LAM_ALEF = Map.of(
            '\u0622', '\uFEF5', '\u0623', '\uFEF7', '\u0625', '\uFEF9', '\u0627', '\uFEFB');
    private static final Map<Character, int[]> FORMS = new HashMap<>();
    private static final Map<Character, String> UNSHAPED = new HashMap<>();

    static {
        for (int[] letter : LETTERS) {
            FORMS.put((char) letter[0], letter);
            for (int form = 0; form < letter[2]; form++) {
                UNSHAPED.put((char) (letter[1] + form), String.valueOf((char) letter[0]));
            }
        }
        LAM_ALEF.forEach((alef, ligature) -> {
            UNSHAPED.put(ligature, "" + LAM + alef);
            UNSHAPED.put((char) (ligature + 1), "" + LAM + alef);
        });
    }

    @Override
    public String shapeText(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int[] letter = FORMS.get(c);
            if (letter == null) {
                out.append(c);
                continue;
            }
            int previous = neighbour(text, i, -1);
            boolean joinsBefore = previous >= 0 && joinsForward(text.charAt(previous));
            int next = neighbour(text, i, 1);
            if (c == LAM && next >= 0 && LAM_ALEF.containsKey(text.charAt(next))) {
                out.append((char) (LAM_ALEF.get(text.charAt(next)) + (joinsBefore ? 1 : 0)));
                out.append(text, i + 1, next); // marks between lam and alef stay
                i = next;
                continue;
            }
            boolean joinsAfter = letter[2] == 4 && next >= 0 && joinsBackward(text.charAt(next));
            int form = joinsBefore ? (joinsAfter ? 3 : 1) : (joinsAfter ? 2 : 0);
            out.append((char) (letter[1] + Math.min(form, letter[2] - 1)));
        }
        return out.toString();
    }

    @Override
    public String deshapeText(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.chars().forEach(c -> out.append(UNSHAPED.getOrDefault((char) c, String.valueOf((char) c))));
        return out.toString();
    }

    @Override
    public String reorderRTLTextToLTR(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> out.appendCodePoint(Character.isMirrored(cp) ? mirror(cp) : cp));
        return out.reverse().toString(); // StringBuilder.reverse keeps surrogate pairs in order
    }

    @Override
    public boolean isLiveImplementation() {
        return true;
    }

    /** The index of the nearest non-mark character in {@code step}'s direction, or -1. */
    private static int neighbour(String text, int from, int step) {
        for (int i = from + step; i >= 0 && i < text.length(); i += step) {
            if (Character.getType(text.charAt(i)) != Character.NON_SPACING_MARK) {
                return i;
            }
        }
        return -1;
    }

    /** True when {@code c}, written before a letter, connects to it. */
    private static boolean joinsForward(char c) {
        int[] letter = FORMS.get(c);
        return c == TATWEEL || c == ZWJ || letter != null && letter[2] == 4;
    }

    /** True when {@code c}, written after a letter, connects to it. */
    private static boolean joinsBackward(char c) {
        return c == TATWEEL || c == ZWJ || FORMS.containsKey(c);
    }

    private static int mirror(int cp) {
        return switch (cp) {
            case '(' -> ')'; case ')' -> '('; case '[' -> ']'; case ']' -> '[';
            case '{' -> '}'; case '}' -> '{'; case '<' -> '>'; case '>' -> '<';
            case '\u00AB' -> '\u00BB'; case '\u00BB' -> '\u00AB';
            default -> cp;
        };
    }
}
