package claimdesk.ui.consistency;

import claimdesk.model.Article;
import claimdesk.model.ArticleMetadata;
import claimdesk.model.FindingExplanation;
import claimdesk.model.FindingRef;
import claimdesk.model.LedgerFinding;
import claimdesk.model.NewArticle;
import claimdesk.service.ConsistencyService;
import claimdesk.store.LedgerStore;
import java.util.List;

/**
 * Two articles and five findings with explanations, stored straight into a real ledger (the checker leaves every
 * confidence medium for now): conflicts of high and low confidence and an update about Iran's deportations, a
 * repeated passage, and a sum about arrivals in Afghanistan.
 */
final class ExplainedFindings {

    static final String IRAN = "person|deport|iran|count";
    static final String ARRIVALS = "person|enter|afghanistan|count";
    static final String HIGH_WHY = "Both figures count Afghans deported from Iran in June, in the same words.";
    static final String TEXT_A = "Iran deports Afghans\n\nIran deported 75,000 Afghans in June. Iran deported"
            + " 75,000 Afghans in June, officials said.";
    static final String TEXT_B = "Border crossings\n\nIn June, 70,000 Afghans were deported from Iran. By July the"
            + " total rose to 90,000. 12,574 and 13,476 entered, 26,320 in all.";

    final Article a;
    final Article b;

    ExplainedFindings(LedgerStore store) {
        a = store.addArticle(new NewArticle(ArticleMetadata.headlineOnly("Iran deports Afghans"), TEXT_A, "ha",
                "a.txt")).article();
        b = store.addArticle(new NewArticle(ArticleMetadata.headlineOnly("Border crossings"), TEXT_B, "hb",
                "b.txt")).article();
    }

    /** Stores the five findings; in this order, so ties in confidence go by id. */
    void store(ConsistencyService service) {
        service.findings().sync(List.of(
                draft("f-low", "conflict", IRAN, "75,000 against 90,000", "low",
                        "same-quantity", "Only the place is the same.", ref(a, "75,000"), ref(b, "90,000")),
                draft("f-high", "conflict", IRAN, "75,000 against 70,000", "high", "same-quantity", HIGH_WHY,
                        ref(a, "75,000"), ref(b, "70,000")),
                draft("f-sum", "sum", ARRIVALS, "12,574 + 13,476 = 26,050, not 26,320", "medium", "part-of",
                        "The two crossings are parts of the total beside them.", ref(b, "26,320"),
                        ref(b, "12,574")),
                draft("f-dup", "duplicate", "passage:abc", "The same passage appears 2 times.", "high",
                        "passage", "", ref(a, "Iran deported 75,000 Afghans in June"),
                        new FindingRef(a.id(), TEXT_A.lastIndexOf("Iran deported"),
                                TEXT_A.lastIndexOf("Iran deported") + 37, "Iran deported 75,000 Afghans in June")),
                draft("f-upd", "update", IRAN, "70,000 rose to 90,000", "medium", "update",
                        "\"rose to\" reports a later running total.", ref(b, "70,000"), ref(b, "90,000"))));
    }

    private static LedgerFinding.Draft draft(String fingerprint, String kind, String measure, String message,
                                             String confidence, String relation, String why, FindingRef... refs) {
        return new LedgerFinding.Draft(fingerprint, kind, measure, message, List.of(refs),
                new FindingExplanation(relation, confidence, why));
    }

    private static FindingRef ref(Article article, String text) {
        int start = article.text().indexOf(text);
        return new FindingRef(article.id(), start, start + text.length(), text);
    }
}
