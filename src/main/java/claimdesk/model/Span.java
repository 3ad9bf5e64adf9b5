package claimdesk.model;

import java.util.Objects;

/** A piece of an article's text: UTF-16 offsets, end exclusive, and the text between them. */
public record Span(int start, int end, String text) {

    public Span {
        Objects.requireNonNull(text, "text");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }

    public static Span of(String source, int start, int end) {
        return new Span(start, end, source.substring(start, end));
    }

    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }
}
