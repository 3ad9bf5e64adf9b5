package claimdesk.model;

import java.util.Objects;

/**
 * Where a claim sits in its article: character offsets (UTF-16, end exclusive) plus the quoted text with a short
 * prefix and suffix, as the W3C Web Annotation TextQuoteSelector does. The quote survives small edits to the text
 * that the offsets do not, so a claim can be found again after an article is re-imported.
 */
public record TextQuote(int start, int end, String exact, String prefix, String suffix) {

    /** How many characters of context are kept on each side. */
    public static final int CONTEXT = 32;

    public TextQuote {
        Objects.requireNonNull(exact, "exact");
        prefix = prefix == null ? "" : prefix;
        suffix = suffix == null ? "" : suffix;
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }

    /** Cuts the span {@code [start, end)} out of {@code text}, with its context. */
    public static TextQuote of(String text, int start, int end) {
        if (start < 0 || end > text.length() || start >= end) {
            throw new IllegalArgumentException(
                    "span " + start + ".." + end + " is empty or outside a text of " + text.length() + " characters");
        }
        return new TextQuote(start, end, text.substring(start, end),
                text.substring(Math.max(0, start - CONTEXT), start),
                text.substring(end, Math.min(text.length(), end + CONTEXT)));
    }

    public int length() {
        return end - start;
    }

    /**
     * This quote without whitespace at its edges, as a claim is stored: a selection dragged past a word takes the
     * space after it, which reports would otherwise print inside the quote. The offsets move in by what is cut, and
     * the cut whitespace joins the prefix and suffix (still at most {@link #CONTEXT} characters each), so the result
     * is what {@link #of} gives for the trimmed span. A quote that is all whitespace is returned as it is.
     */
    public TextQuote trimmed() {
        int lead = 0;
        while (lead < exact.length() && Character.isWhitespace(exact.charAt(lead))) {
            lead++;
        }
        int trail = exact.length();
        while (trail > lead && Character.isWhitespace(exact.charAt(trail - 1))) {
            trail--;
        }
        if (lead == trail || lead == 0 && trail == exact.length()) {
            return this;
        }
        String before = prefix + exact.substring(0, lead);
        String after = exact.substring(trail) + suffix;
        return new TextQuote(start + lead, start + trail, exact.substring(lead, trail),
                before.substring(Math.max(0, before.length() - CONTEXT)), after.substring(0,
                Math.min(after.length(), CONTEXT)));
    }

    /** The same quote moved to a new start offset. */
    public TextQuote movedTo(int newStart) {
        return new TextQuote(newStart, newStart + length(), exact, prefix, suffix);
    }
}
