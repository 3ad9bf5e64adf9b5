package claimdesk.analysis.consistency;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Finds the runs of words that occur in two or more places, each extended to the longest run all its places share.
 * Pure; the result is the same for the same articles in the same order.
 *
 * <p>Every window of {@code minWords} consecutive words gets a rolling 64-bit hash; windows whose hash occurs twice
 * or more are shared, and each distinct shared window is a class with its list of places. A class whose every place
 * is followed by a place of one and the same next class, with as many places, continues into it: such a chain of
 * classes is one stretch of text with a fixed set of places, and only the chain's first class seeds a run. A seed is
 * extended word by word to the left and to the right for as long as all its places agree on the next word (and
 * two places in one article do not run into each other), so the run is maximal for exactly those places: the same
 * passage shared by three articles is one run with three places, and where two of them share more, that longer
 * passage is a run of its own with two places. Seeds whose run was already found (the same places at the same
 * relative offsets, inside that run) are skipped, so each run is extended once. A run is seeded only where one of
 * its windows has exactly its places: three partial copies that overlap like roof tiles, so that no window is
 * shared by exactly the two outer ones, come out as their overlapping pieces rather than as the outer pair's run.
 *
 * <p>Cost: sorting the window hashes, O(N log N) for N words, a table look-up per window, plus the extensions,
 * each run's length times its places. No two texts are ever compared as a whole.
 */
final class SharedRuns {

    /** A run: its places (article index, first word) in article then word order, and its length in words. */
    record Run(int[] articles, int[] starts, int length) {
    }

    private static final long BASE = 0x9E3779B97F4A7C15L;

    private final List<PassageWords> articles;
    private final int k;
    /** First global window index of each article, and one past the last. */
    private final int[] base;
    private int[] classOf;
    private int[] classStart;
    private int[] places;

    private SharedRuns(List<PassageWords> articles, int minWords) {
        this.articles = articles;
        this.k = minWords;
        this.base = new int[articles.size() + 1];
        for (int a = 0; a < articles.size(); a++) {
            base[a + 1] = base[a] + Math.max(0, articles.get(a).size() - k + 1);
        }
    }

    static List<Run> find(List<PassageWords> articles, int minWords) {
        SharedRuns runs = new SharedRuns(articles, minWords);
        runs.classify();
        return runs.extendAll();
    }

    /** Sets {@link #classOf} for every window (-1 when its hash occurs once) and each class's places. */
    private void classify() {
        int n = base[base.length - 1];
        long[] windows = new long[n];
        IntStream.range(0, articles.size()).parallel().forEach(a -> hashWindows(articles.get(a), windows, base[a]));
        long[] sorted = windows.clone();
        Arrays.parallelSort(sorted);
        long[] shared = repeatedValues(sorted);
        int repeated = shared.length;
        ClassTable table = new ClassTable(shared);
        classOf = new int[n];
        IntStream.range(0, n).parallel().forEach(g -> classOf[g] = table.classOf(windows[g]));
        classStart = new int[repeated + 1];
        for (int c : classOf) {
            if (c >= 0) {
                classStart[c + 1]++;
            }
        }
        for (int c = 0; c < repeated; c++) {
            classStart[c + 1] += classStart[c];
        }
        places = new int[classStart[repeated]];
        int[] filled = Arrays.copyOf(classStart, repeated);
        for (int g = 0; g < n; g++) {
            if (classOf[g] >= 0) {
                places[filled[classOf[g]]++] = g;
            }
        }
    }

    /**
     * The class of each repeated window hash, by open addressing: one or two probes per window, where a binary
     * search over the repeated hashes took a dozen (half the time of this step on 10,000 seed copies).
     */
    private static final class ClassTable {
        private final long[] keys;
        private final int[] ids;
        private final int mask;

        ClassTable(long[] shared) {
            int size = Integer.highestOneBit(Math.max(2, shared.length * 2) - 1) << 1;
            keys = new long[size];
            ids = new int[size];
            mask = size - 1;
            Arrays.fill(ids, -1);
            for (int c = 0; c < shared.length; c++) {
                int slot = slot(shared[c]);
                while (ids[slot] >= 0) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = shared[c];
                ids[slot] = c;
            }
        }

        /** The class of {@code hash}, or -1 when it occurs once. */
        int classOf(long hash) {
            for (int slot = slot(hash); ids[slot] >= 0; slot = (slot + 1) & mask) {
                if (keys[slot] == hash) {
                    return ids[slot];
                }
            }
            return -1;
        }

        private int slot(long hash) {
            return (int) (hash ^ (hash >>> 32)) & mask;
        }
    }

    /** The values that occur twice or more in {@code sorted}, each once, ascending. */
    private static long[] repeatedValues(long[] sorted) {
        long[] out = new long[sorted.length / 2];
        int count = 0;
        for (int i = 1; i < sorted.length; i++) {
            if (sorted[i] == sorted[i - 1] && (count == 0 || out[count - 1] != sorted[i])) {
                out[count++] = sorted[i];
            }
        }
        return Arrays.copyOf(out, count);
    }

    private void hashWindows(PassageWords words, long[] out, int from) {
        if (words.size() < k) {
            return;
        }
        long top = 1;
        for (int i = 1; i < k; i++) {
            top *= BASE;
        }
        long h = 0;
        for (int i = 0; i < k; i++) {
            h = h * BASE + words.hash(i);
        }
        out[from] = h;
        for (int i = k; i < words.size(); i++) {
            h = (h - words.hash(i - k) * top) * BASE + words.hash(i);
            out[from + i - k + 1] = h;
        }
    }

    private List<Run> extendAll() {
        int classes = classStart.length - 1;
        BitSet continued = new BitSet(classes);
        BitSet lastWindow = new BitSet(classOf.length);
        for (int a = 0; a < articles.size(); a++) {
            if (base[a + 1] > base[a]) {
                lastWindow.set(base[a + 1] - 1);
            }
        }
        int[] next = nextClasses(lastWindow);
        for (int c = 0; c < classes; c++) {
            int d = next[c];
            if (d >= 0 && d != c && classStart[d + 1] - classStart[d] == classStart[c + 1] - classStart[c]) {
                continued.set(d);
            }
        }
        List<Run> runs = new ArrayList<>();
        Map<Long, List<Run>> bySignature = new HashMap<>();
        for (int c = continued.nextClearBit(0); c < classes; c = continued.nextClearBit(c + 1)) {
            int count = classStart[c + 1] - classStart[c];
            int[] arts = new int[count];
            int[] starts = new int[count];
            for (int i = 0; i < count; i++) {
                int g = places[classStart[c] + i];
                arts[i] = article(g);
                starts[i] = g - base[arts[i]];
            }
            if (overlaps(arts, starts, k)) {
                continue;
            }
            long signature = signature(arts, starts);
            List<Run> same = bySignature.computeIfAbsent(signature, s -> new ArrayList<>());
            if (same.stream().noneMatch(run -> contains(run, arts, starts))) {
                Run run = extend(arts, starts);
                same.add(run);
                runs.add(run);
            }
        }
        return runs;
    }

    /**
     * For each class, the class that the window after every one of its places has, or -1 when they differ (or
     * a place ends its article). One pass over the windows in order: visiting each class's places instead read
     * the window array at random and took most of this step.
     */
    private int[] nextClasses(BitSet lastWindow) {
        int unset = -2;
        int[] next = new int[classStart.length - 1];
        Arrays.fill(next, unset);
        for (int g = 0; g < classOf.length; g++) {
            int c = classOf[g];
            if (c >= 0) {
                int d = lastWindow.get(g) ? -1 : classOf[g + 1];
                next[c] = next[c] == unset || next[c] == d ? d : -1;
            }
        }
        return next;
    }

    private int article(int window) {
        int at = Arrays.binarySearch(base, window);
        if (at >= 0) {
            // Empty articles share their base with the next one: take the last article starting here.
            while (at + 1 < base.length && base[at + 1] == window) {
                at++;
            }
            return at;
        }
        return -at - 2;
    }

    /** True when two places in one article lie closer than {@code length} words (periodic text). */
    private static boolean overlaps(int[] arts, int[] starts, int length) {
        for (int i = 1; i < arts.length; i++) {
            if (arts[i] == arts[i - 1] && starts[i] - starts[i - 1] < length) {
                return true;
            }
        }
        return false;
    }

    /** The places' articles and offsets from the first place: the same for every seed of one run. */
    private static long signature(int[] arts, int[] starts) {
        long h = arts.length;
        for (int i = 0; i < arts.length; i++) {
            h = h * 31 + arts[i];
            h = h * 31 + starts[i] - starts[0];
        }
        return h;
    }

    private boolean contains(Run run, int[] arts, int[] starts) {
        if (run.articles().length != arts.length || starts[0] < run.starts()[0]
                || starts[0] + k > run.starts()[0] + run.length()) {
            return false;
        }
        int shift = starts[0] - run.starts()[0];
        for (int i = 0; i < arts.length; i++) {
            if (run.articles()[i] != arts[i] || run.starts()[i] + shift != starts[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Extends the {@code k}-word places to the longest run they all share, and that keeps places in one article
     * apart. Each place is compared with the first one word after word on its own (memory read in order; the
     * bound shrinks as places are compared), which gives the same run as growing all places a word at a time.
     */
    private Run extend(int[] arts, int[] seeds) {
        int widest = Integer.MAX_VALUE;
        for (int i = 1; i < arts.length; i++) {
            if (arts[i] == arts[i - 1]) {
                widest = Math.min(widest, seeds[i] - seeds[i - 1]);
            }
        }
        PassageWords first = articles.get(arts[0]);
        int left = Math.min(seeds[0], widest - k);
        int right = first.size() - seeds[0] - k;
        for (int i = 1; i < arts.length; i++) {
            PassageWords words = articles.get(arts[i]);
            left = Math.min(left, sameBefore(first, seeds[0], words, seeds[i], left));
            right = Math.min(right, sameFrom(first, seeds[0] + k, words, seeds[i] + k, right));
        }
        right = Math.min(right, widest - k - left);
        int[] starts = new int[arts.length];
        for (int i = 0; i < arts.length; i++) {
            starts[i] = seeds[i] - left;
        }
        return new Run(arts, starts, k + left + right);
    }

    /** How many words, at most {@code limit}, right before {@code a[i]} and {@code b[j]} are the same. */
    private static int sameBefore(PassageWords a, int i, PassageWords b, int j, int limit) {
        int n = 0;
        while (n < limit && j - n - 1 >= 0 && a.hash(i - n - 1) == b.hash(j - n - 1)) {
            n++;
        }
        return n;
    }

    /** How many words, at most {@code limit}, from {@code a[i]} and {@code b[j]} on are the same. */
    private static int sameFrom(PassageWords a, int i, PassageWords b, int j, int limit) {
        int n = 0;
        while (n < limit && j + n < b.size() && a.hash(i + n) == b.hash(j + n)) {
            n++;
        }
        return n;
    }
}
