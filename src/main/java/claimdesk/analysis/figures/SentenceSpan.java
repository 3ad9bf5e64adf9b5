package claimdesk.analysis.figures;

/**
 * The sentence that holds a span of an article's text, cut where the figure engine cuts sentences, so a claim
 * made from a figure covers the statement the figure belongs to, not the bare number.
 */
public record SentenceSpan(int start, int end) {

    /** The sentence around [{@code from}, {@code to}); never narrower than the span itself. */
    public static SentenceSpan around(String text, int from, int to) {
        int start = Math.min(SentenceBounds.start(text, from), from);
        int end = Math.max(SentenceBounds.end(text, Math.max(from, to - 1)), to);
        return new SentenceSpan(start, Math.min(end, text.length()));
    }
}
