package claimdesk.model;

import java.util.List;

/**
 * What a case file carries from one reviewer's ledger to another's: articles and the claims on them. A claim's
 * {@code articleId} is the id of its article in {@code articles} (the exporting ledger's id) and means nothing in any
 * other ledger; across ledgers, articles and claims are matched by UUID. Immutable.
 */
public record CaseContent(List<Article> articles, List<Claim> claims) {

    public CaseContent {
        articles = List.copyOf(articles);
        claims = List.copyOf(claims);
    }
}
