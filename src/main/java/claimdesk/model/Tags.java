package claimdesk.model;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The one spelling of a tag set: trimmed, without blanks or repeats, sorted. A tag keeps the case the reviewer
 * typed ("UN", "WFP"), because a report prints it; two spellings that differ only in case are one tag (the first
 * one typed wins), and tags match without regard to case.
 */
public final class Tags {

    private Tags() {
    }

    public static List<String> normalise(Collection<String> tags) {
        if (tags == null) {
            return List.of();
        }
        Map<String, String> byKey = new LinkedHashMap<>();
        tags.stream()
                .filter(Objects::nonNull)
                .map(String::strip)
                .filter(tag -> !tag.isEmpty())
                .forEach(tag -> byKey.putIfAbsent(key(tag), tag));
        return byKey.values().stream().sorted(String.CASE_INSENSITIVE_ORDER.thenComparing(tag -> tag)).toList();
    }

    /** Parses "figure, quote  attribution" as typed in a tag field: commas or whitespace separate tags. */
    public static List<String> parse(String typed) {
        return typed == null ? List.of() : normalise(List.of(typed.split("[,\\s]+")));
    }

    /** Whether any of {@code tags} is one of {@code wanted}, whatever the case of either. */
    public static boolean anyMatches(Collection<String> tags, Collection<String> wanted) {
        List<String> keys = wanted.stream().map(Tags::key).toList();
        return tags.stream().map(Tags::key).anyMatch(keys::contains);
    }

    private static String key(String tag) {
        return tag.toLowerCase(Locale.ROOT);
    }
}
