package claimdesk.model;

/** A claim named for a person choosing among claims: its quote and the headline of its article. */
public record ClaimRef(long claimId, long articleId, String articleHeadline, String quote) {
}
