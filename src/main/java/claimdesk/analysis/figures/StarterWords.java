package claimdesk.analysis.figures;

import java.util.Collection;

/**
 * A case-insensitive set of ASCII words that answers "is text[start, end) in the set?" without allocating.
 * The scanner asks this for every word of an article, so a substring and a lower-casing per word would dominate
 * extraction time.
 */
final class StarterWords {
    private final String[] table;
    private final int mask;
    private final int maxLength;

    StarterWords(Collection<String> words) {
        int size = Integer.highestOneBit(Math.max(16, words.size() * 4)) * 2;
        table = new String[size];
        mask = size - 1;
        int max = 0;
        for (String w : words) {
            int slot = hash(w, 0, w.length()) & mask;
            while (table[slot] != null) {
                slot = (slot + 1) & mask;
            }
            table[slot] = w;
            max = Math.max(max, w.length());
        }
        maxLength = max;
    }

    boolean contains(String s, int start, int end) {
        int len = end - start;
        if (len > maxLength || len == 0) {
            return false;
        }
        int slot = hash(s, start, end) & mask;
        for (String w = table[slot]; w != null; slot = (slot + 1) & mask, w = table[slot]) {
            if (w.length() == len && s.regionMatches(true, start, w, 0, len)) {
                return true;
            }
        }
        return false;
    }

    private static int hash(String s, int start, int end) {
        int h = 0;
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            h = 31 * h + (c >= 'A' && c <= 'Z' ? c + 32 : c);
        }
        return h ^ (h >>> 16);
    }
}
