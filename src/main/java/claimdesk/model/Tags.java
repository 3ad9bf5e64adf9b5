package claimdesk.model;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** The one spelling of a tag set: trimmed, lower-case, without blanks or repeats, sorted. */
public final class Tags {

    private Tags() {
    }

    public static List<String> normalise(Collection<String> tags) {
        if (tags == null) {
            return List.of();
        }
        return tags.stream()
                .filter(Objects::nonNull)
                .map(tag -> tag.strip().toLowerCase(Locale.ROOT))
                .filter(tag -> !tag.isEmpty())
                .distinct()
                .sorted()
                .toList();
    }

    /** Parses "figure, quote  attribution" as typed in a tag field: commas or whitespace separate tags. */
    public static List<String> parse(String typed) {
        return typed == null ? List.of() : normalise(List.of(typed.split("[,\\s]+")));
    }
}
