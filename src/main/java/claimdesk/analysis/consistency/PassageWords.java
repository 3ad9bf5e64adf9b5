package claimdesk.analysis.consistency;

import java.util.Arrays;

/**
 * The words of one article as the duplicate check compares them: the per-article part of {@link DuplicatePassages},
 * computed once and kept in {@link ArticleParts}. Immutable once built (the arrays are never handed out).
 *
 * <p>A word is what a word processor counts: a run of non-space characters with its outer punctuation cut
 * ("said," is "said", "(14" is "14", "U.S.-led" stays one word); a run of punctuation alone is no word. Words
 * compare by their {@link PassageText#normalise normalised} form (case, curly quotes and dashes folded) through a
 * 64-bit hash, so "Ankara" at the end of one line and "ankara" in another are the same word, and punctuation and
 * line breaks between words never break a shared run.
 */
final class PassageWords {

    final ArticleText article;
    private final long[] hashes;
    private final int[] starts;
    private final int[] ends;

    private PassageWords(ArticleText article, long[] hashes, int[] starts, int[] ends) {
        this.article = article;
        this.hashes = hashes;
        this.starts = starts;
        this.ends = ends;
    }

    static PassageWords of(ArticleText article) {
        String text = article.text();
        int capacity = 16;
        long[] hashes = new long[capacity];
        int[] starts = new int[capacity];
        int[] ends = new int[capacity];
        int n = 0;
        int i = 0;
        while (i < text.length()) {
            while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            int end = i;
            while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
                end++;
            }
            int from = i;
            int to = end;
            while (from < to && !Character.isLetterOrDigit(text.charAt(from))) {
                from++;
            }
            while (to > from && !Character.isLetterOrDigit(text.charAt(to - 1))) {
                to--;
            }
            if (from < to) {
                if (n == capacity) {
                    capacity *= 2;
                    hashes = Arrays.copyOf(hashes, capacity);
                    starts = Arrays.copyOf(starts, capacity);
                    ends = Arrays.copyOf(ends, capacity);
                }
                hashes[n] = hash(text, from, to);
                starts[n] = from;
                ends[n] = to;
                n++;
            }
            i = end;
        }
        return new PassageWords(article, Arrays.copyOf(hashes, n), Arrays.copyOf(starts, n), Arrays.copyOf(ends, n));
    }

    int size() {
        return hashes.length;
    }

    long hash(int word) {
        return hashes[word];
    }

    /** Offset of the first character of word {@code word}. */
    int start(int word) {
        return starts[word];
    }

    /** Offset just past the last character of word {@code word}. */
    int end(int word) {
        return ends[word];
    }

    /** The index of the first word starting at or after {@code offset}; {@link #size()} if none. */
    int firstAtOrAfter(int offset) {
        int at = Arrays.binarySearch(starts, offset);
        return at >= 0 ? at : -at - 1;
    }

    /**
     * FNV-1a over the normalised characters, then a 64-bit finaliser (MurmurHash3's fmix64) so that the rolling
     * window hash of {@link SharedRuns} mixes well. Specified here, so the same on every run and JVM.
     */
    private static long hash(String text, int from, int to) {
        long h = 0xcbf29ce484222325L;
        for (int i = from; i < to; i++) {
            h ^= PassageText.fold(text.charAt(i));
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        return h ^ (h >>> 33);
    }
}
