package claimdesk.analysis.consistency;

import java.util.Objects;

/**
 * A piece of one article that a finding points at: a figure, a number or a passage. Offsets are UTF-16 indices
 * into that article's text, end exclusive; {@code text} is the text between them.
 */
public record TextRef(String articleKey, int start, int end, String text) implements Comparable<TextRef> {

    public TextRef {
        Objects.requireNonNull(articleKey, "articleKey");
        Objects.requireNonNull(text, "text");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad ref " + start + ".." + end);
        }
    }

    static TextRef of(String articleKey, String articleText, int start, int end) {
        return new TextRef(articleKey, start, end, articleText.substring(start, end));
    }

    /** Article key first, then position: the order findings list their references in. */
    @Override
    public int compareTo(TextRef other) {
        int byArticle = articleKey.compareTo(other.articleKey);
        if (byArticle != 0) {
            return byArticle;
        }
        return start != other.start ? Integer.compare(start, other.start) : Integer.compare(end, other.end);
    }
}
