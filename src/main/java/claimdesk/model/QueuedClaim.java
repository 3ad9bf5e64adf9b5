package claimdesk.model;

import java.time.Instant;
import java.util.List;

/**
 * One line of the desk's claim queue: enough of a claim and its article to pick the next one to check, and who is
 * checking it. {@code quote} is the claim's words, shortened for a table ({@link #QUOTE_LENGTH} characters at most);
 * {@code assignee} is null when nobody is assigned. Equal when every field is.
 */
public record QueuedClaim(long claimId, long articleId, String headline, String quote, ClaimStatus status,
                          Verdict verdict, String assignee, List<String> tags, Instant updatedAt) {

    public static final int QUOTE_LENGTH = 120;

    public QueuedClaim {
        tags = Tags.normalise(tags);
        quote = shorten(quote == null ? "" : quote);
    }

    public QueuedClaim withAssignee(String newAssignee) {
        return new QueuedClaim(claimId, articleId, headline, quote, status, verdict, newAssignee, tags, updatedAt);
    }

    private static String shorten(String text) {
        String oneLine = text.strip().replaceAll("\\s+", " ");
        return oneLine.length() <= QUOTE_LENGTH ? oneLine : oneLine.substring(0, QUOTE_LENGTH - 1).strip() + "\u2026";
    }
}
