package claimdesk.analysis.figures;

import claimdesk.analysis.lexicon.EventLexicon;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One shared lower-case string for each word the context finders look up, found straight from the text. A
 * sentence's tokens used to allocate a fresh lower-case string each (the largest part of the finder's garbage),
 * and each fresh string was hashed again on its first set lookup; a known word now costs neither. Words outside
 * the table are still built by {@link Tokens}. Immutable and thread-safe.
 */
final class KnownWords {

    private static final String[] TABLE = build();
    private static final int MASK = TABLE.length - 1;

    private KnownWords() {
    }

    /**
     * The shared string equal to {@code text[start, end)} lower-cased, or null if it is not a known word. Only
     * ASCII is matched, where lower-casing is per character and so agrees with {@code toLowerCase(Locale.ROOT)}.
     */
    static String find(String text, int start, int end) {
        int hash = 0;
        for (int k = start; k < end; k++) {
            char c = text.charAt(k);
            if (c >= 128) {
                return null;
            }
            hash = 31 * hash + lower(c);
        }
        // Same hash as String.hashCode of the lower-case word, so the table is built from the words themselves.
        for (int slot = spread(hash) & MASK; TABLE[slot] != null; slot = (slot + 1) & MASK) {
            if (matches(TABLE[slot], text, start, end)) {
                return TABLE[slot];
            }
        }
        return null;
    }

    private static boolean matches(String word, String text, int start, int end) {
        if (word.length() != end - start) {
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            if (word.charAt(k) != lower(text.charAt(start + k))) {
                return false;
            }
        }
        return true;
    }

    private static char lower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }

    private static String[] build() {
        Set<String> words = new HashSet<>();
        for (Set<String> set : List.of(Words.DETERMINERS, Words.AUX, Words.PREPOSITIONS, Words.CLAUSE, Words.SCALE,
                Words.QUALIFIERS, Words.REPORTING, Words.PRONOUNS, Words.ANAPHORS, Words.DATA_NOUNS,
                Words.PLACE_NOUNS, Words.MONTHS, Words.WEEKDAYS, Words.COMMON_VERBS, Words.NP_STOP,
                EventLexicon.writtenForms())) {
            words.addAll(set);
        }
        // Frequent words of news text that no set names: each is one string fewer per occurrence.
        words.addAll(List.of("according", "people", "said", "year", "years", "month", "months", "week", "weeks",
                "day", "days", "migrants", "refugees", "afghan", "afghans", "government", "country", "number"));
        List<String> ascii = new ArrayList<>();
        for (String w : words) {
            if (w.chars().allMatch(c -> c < 128 && !(c >= 'A' && c <= 'Z'))) {
                ascii.add(w);
            }
        }
        int size = Integer.highestOneBit(ascii.size() * 4);
        String[] table = new String[size];
        for (String w : ascii) {
            int slot = spread(w.hashCode()) & (size - 1);
            while (table[slot] != null) {
                slot = (slot + 1) & (size - 1);
            }
            table[slot] = w;
        }
        return table;
    }
}
