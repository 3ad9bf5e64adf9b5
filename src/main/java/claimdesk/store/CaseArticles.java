package claimdesk.store;

import claimdesk.model.Article;
import java.util.HashMap;
import java.util.Map;

/**
 * Which ledger article stands for each article of a case during one merge, for {@link CaseStore} and
 * {@link CaseEvidence}. A case article can be matched to a ledger article whose text differs in whitespace only (the
 * text hash folds it), so offsets from the case are only trusted where both texts read the same: every claim and
 * passage is checked here before it is put on a ledger article. Not thread-safe; one per merge.
 */
final class CaseArticles {

    private final Map<Long, Long> localId = new HashMap<>();
    private final Map<Long, String> caseText = new HashMap<>();
    private final Map<Long, Article> local = new HashMap<>();

    /** Records that case article {@code theirs} is stored as (or was matched to) {@code mine}. */
    void map(Article theirs, Article mine) {
        localId.put(theirs.id(), mine.id());
        caseText.put(theirs.id(), theirs.text());
        local.put(theirs.id(), mine);
    }

    /** The ledger id for a case article id, or null when the article was not taken (its text conflicted). */
    Long localId(long caseArticleId) {
        return localId.get(caseArticleId);
    }

    String localHeadline(long caseArticleId) {
        return local.get(caseArticleId).headline();
    }

    /** Whether the ledger's article reads {@code expected} at {@code [start, end)}. */
    boolean says(long caseArticleId, int start, int end, String expected) {
        Article mine = local.get(caseArticleId);
        return mine != null && start >= 0 && start <= end && end <= mine.text().length()
                && mine.text().substring(start, end).equals(expected);
    }

    /** Whether {@code [start, end)} reads the same in the case's article and in the ledger's. */
    boolean sameAt(long caseArticleId, int start, int end) {
        String theirs = caseText.get(caseArticleId);
        return theirs != null && start >= 0 && start <= end && end <= theirs.length()
                && says(caseArticleId, start, end, theirs.substring(start, end));
    }
}
