package claimdesk.model;

/** A figure or passage a finding points at: an article of the ledger and a span of its text (end exclusive). */
public record FindingRef(long articleId, int start, int end, String text) {
}
