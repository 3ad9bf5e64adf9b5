package claimdesk.ui.sources;

/** Moves the workbench to a place in the ledger; used by source links and search results. */
public interface Navigator {

    /** Opens an article in the reader and selects {@code [start, end)} of its text. */
    void openArticleAt(long articleId, int start, int end);

    /**
     * Opens a cited passage: selects {@code [start, end)} if it still holds {@code quote}, else where the quote now
     * is (the article's text may have been updated since), else the old span with a note that the text changed.
     */
    void openPassage(long articleId, int start, int end, String quote);

    /** Opens a claim's article and selects the claim. */
    void openClaim(long articleId, long claimId);
}
