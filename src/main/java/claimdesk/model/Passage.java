package claimdesk.model;

/** A span {@code [start, end)} (UTF-16 offsets) of an article in the library, used as evidence. */
public record Passage(long articleId, int start, int end) {

    public Passage {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad passage " + start + ".." + end);
        }
    }
}
