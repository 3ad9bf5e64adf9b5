package claimdesk.ui.consistency;

import claimdesk.model.Article;
import claimdesk.model.FindingRef;
import claimdesk.model.LedgerFinding;
import claimdesk.service.ConsistencyService;
import claimdesk.store.LedgerStore;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the Consistency tab shows, read in one background job: every finding (articles named by headline), the
 * open counts per article, and each figure in its article's excerpt. Read off the UI thread.
 */
record LoadedFindings(List<LedgerFinding> findings, Map<Long, Integer> open, Map<FindingRef, RefView> refs,
                      Map<Long, String> headlines) {

    static LoadedFindings read(ConsistencyService service, LedgerStore store) {
        List<LedgerFinding> all = service.findingsByHeadline();
        Map<Long, Article> articles = new HashMap<>();
        Map<FindingRef, RefView> views = new HashMap<>();
        Map<Long, String> headlines = new HashMap<>();
        for (LedgerFinding finding : all) {
            for (FindingRef ref : finding.refs()) {
                Article article = articles.computeIfAbsent(ref.articleId(), id -> store.article(id).orElse(null));
                if (article != null) {
                    views.put(ref, RefView.of(ref, article));
                    headlines.put(article.id(), article.headline());
                }
            }
        }
        return new LoadedFindings(all, service.findings().openCountsByArticle(), views, headlines);
    }

    String headline(long articleId) {
        return headlines.getOrDefault(articleId, "article no longer in the ledger");
    }
}
