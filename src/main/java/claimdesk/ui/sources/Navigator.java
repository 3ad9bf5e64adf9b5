package claimdesk.ui.sources;

/** Moves the workbench to a place in the ledger; used by source links and search results. */
public interface Navigator {

    /** Opens an article in the reader and selects {@code [start, end)} of its text. */
    void openArticleAt(long articleId, int start, int end);

    /** Opens a claim's article and selects the claim. */
    void openClaim(long articleId, long claimId);
}
