package claimdesk.model;

/**
 * One search result. {@code kind} says where the text matched; the ids that apply to it are set (others 0), and
 * {@code start}..{@code end} is the match inside that text: the article body for ARTICLE, the attachment's text for
 * ATTACHMENT, the claim's own field otherwise. {@code snippet} is the match with some context, on one line.
 */
public record SearchHit(Kind kind, long articleId, long claimId, long sourceId, long attachmentId, String title,
                        String snippet, int start, int end) {

    public enum Kind { ARTICLE, CLAIM, NOTE, SOURCE, QUOTE, ATTACHMENT }
}
