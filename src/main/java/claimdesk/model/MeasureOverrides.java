package claimdesk.model;

import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A reviewer's corrections to how the consistency check groups figures into measures. {@code aliases} maps a
 * measure key to the key it is the same measure as (a merge); {@code splits} moves one figure, known by its
 * article key and span, into a measure of its own (a split). Keys are measure key codes such as
 * {@code person|deport|iran+pakistan|count}. Immutable; equal when both maps are equal.
 */
public record MeasureOverrides(Map<String, String> aliases, Map<FigureAt, String> splits) {

    /** No corrections: the machine's grouping stands. */
    public static final MeasureOverrides NONE = new MeasureOverrides(Map.of(), Map.of());

    /** Where a figure is: the article's key in the check and its span (end exclusive). */
    public record FigureAt(String articleKey, int start, int end) {
        public FigureAt {
            Objects.requireNonNull(articleKey, "articleKey");
        }
    }

    public MeasureOverrides {
        aliases = Map.copyOf(aliases);
        splits = Map.copyOf(splits);
    }

    /**
     * The measure key a figure belongs to, given the key the machine computed: a split comes first (so the figure
     * leaves its group), then aliases are followed, so a group merged into one that was itself merged ends up in
     * the last one. A cycle of aliases stops at the key where it would repeat.
     */
    public String resolve(String articleKey, int start, int end, String computed) {
        String key = splits.getOrDefault(new FigureAt(articleKey, start, end), computed);
        Set<String> seen = new HashSet<>();
        while (aliases.containsKey(key) && seen.add(key)) {
            key = aliases.get(key);
        }
        return key;
    }
}
