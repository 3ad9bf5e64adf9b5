package claimdesk.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;

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
     * the last one. Keys on a cycle of aliases (A into B, later B into A) all resolve to the cycle's least key,
     * so the reviewer's two merges still make one group.
     */
    public String resolve(String articleKey, int start, int end, String computed) {
        String key = splits.getOrDefault(new FigureAt(articleKey, start, end), computed);
        List<String> path = new ArrayList<>();
        while (aliases.containsKey(key)) {
            int repeat = path.indexOf(key);
            if (repeat >= 0) {
                return Collections.min(path.subList(repeat, path.size()));
            }
            path.add(key);
            key = aliases.get(key);
        }
        return key;
    }
}
