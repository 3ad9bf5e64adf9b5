package claimdesk.ui.consistency;

import claimdesk.model.Article;
import claimdesk.model.FindingRef;

/** A figure of a finding as the screen shows it: its article's headline and details, the figure in an excerpt. */
public record RefView(FindingRef ref, String headline, String details, String before, String figure, String after) {

    private static final int CONTEXT = 90;

    static RefView of(FindingRef ref, Article article) {
        String text = article.text();
        int start = Math.min(ref.start(), text.length());
        int end = Math.min(ref.end(), text.length());
        String outlet = article.metadata().outlet() == null ? "outlet unknown" : article.metadata().outlet();
        String date = article.metadata().publishedOn() == null ? "date unknown"
                : article.metadata().publishedOn().toString();
        return new RefView(ref, article.headline(), outlet + " \u00b7 " + date,
                "\u2026" + flat(text.substring(Math.max(0, start - CONTEXT), start)), text.substring(start, end),
                flat(text.substring(end, Math.min(text.length(), end + CONTEXT))) + "\u2026");
    }

    private static String flat(String text) {
        return text.replaceAll("\\s+", " ");
    }
}
