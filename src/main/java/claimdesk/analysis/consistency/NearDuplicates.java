package claimdesk.analysis.consistency;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Joins near-duplicate texts by bottom-k shingle sketches and word-set Jaccard similarity, with a union-find
 * forest. The result is deterministic for a given (sorted) list of texts. See {@link CopyCheck} for the choices.
 */
final class NearDuplicates {

    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}#]+");

    private NearDuplicates() {
    }

    /** A union-find forest over {@code texts}: {@code root(parent, i) == root(parent, j)} when joined. */
    static int[] join(List<String> texts, int sketchSize, int maxBucket, double minJaccard) {
        int[] parent = new int[texts.size()];
        Arrays.setAll(parent, i -> i);
        List<Set<String>> words = new ArrayList<>();
        Map<Integer, List<Integer>> buckets = new HashMap<>();
        for (int i = 0; i < texts.size(); i++) {
            String[] tokens = NON_WORD.split(texts.get(i));
            words.add(new HashSet<>(Arrays.asList(tokens)));
            TreeSet<Integer> sketch = new TreeSet<>();
            for (int t = 0; t + 2 < tokens.length; t++) {
                // String.hashCode is specified by the language, so sketches are the same on every run.
                sketch.add((tokens[t] + ' ' + tokens[t + 1] + ' ' + tokens[t + 2]).hashCode());
                if (sketch.size() > sketchSize) {
                    sketch.pollLast();
                }
            }
            for (int hash : sketch) {
                List<Integer> bucket = buckets.computeIfAbsent(hash, k -> new ArrayList<>());
                if (bucket.size() < maxBucket) {
                    bucket.add(i);
                }
            }
        }
        for (List<Integer> bucket : buckets.values()) {
            for (int a = 0; a < bucket.size(); a++) {
                for (int b = a + 1; b < bucket.size(); b++) {
                    int x = bucket.get(a);
                    int y = bucket.get(b);
                    if (root(parent, x) != root(parent, y)
                            && jaccard(words.get(x), words.get(y), minJaccard) >= minJaccard) {
                        union(parent, x, y);
                    }
                }
            }
        }
        return parent;
    }

    static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /** Joins two trees under the smaller index, so a group's root is its first text in the given order. */
    private static void union(int[] parent, int x, int y) {
        int rx = root(parent, x);
        int ry = root(parent, y);
        parent[Math.max(rx, ry)] = Math.min(rx, ry);
    }

    /** The Jaccard similarity of two word sets, or 0 when their sizes alone rule out reaching {@code min}. */
    private static double jaccard(Set<String> a, Set<String> b, double min) {
        Set<String> small = a.size() <= b.size() ? a : b;
        Set<String> large = small == a ? b : a;
        // Jaccard is at most |small| / |large|.
        if (large.isEmpty() || small.size() < min * large.size()) {
            return 0;
        }
        int shared = 0;
        for (String word : small) {
            if (large.contains(word)) {
                shared++;
            }
        }
        return (double) shared / (a.size() + b.size() - shared);
    }
}
