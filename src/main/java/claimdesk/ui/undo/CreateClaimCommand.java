package claimdesk.ui.undo;

import claimdesk.model.Claim;
import claimdesk.model.ClaimStatus;
import claimdesk.model.TextQuote;
import claimdesk.model.Verdict;
import claimdesk.store.LedgerStore;
import java.util.List;

/**
 * Tags a span of an article as a new claim. The ledger assigns the id on the first apply; the command keeps that
 * claim so that a redo after an undo brings back the same claim rather than a new one.
 */
public final class CreateClaimCommand implements LedgerCommand {

    private final long articleId;
    private final TextQuote quote;
    private final List<String> tags;
    private volatile Claim created;

    public CreateClaimCommand(long articleId, TextQuote quote, List<String> tags) {
        this.articleId = articleId;
        this.quote = quote;
        this.tags = List.copyOf(tags);
    }

    @Override
    public void apply(LedgerStore store) {
        created = created == null
                ? store.createClaim(articleId, quote, tags, Verdict.UNRATED, ClaimStatus.DRAFT, "")
                : store.restoreClaim(created);
    }

    @Override
    public void revert(LedgerStore store) {
        created = store.deleteClaim(created.id());
    }

    /** The claim made by the last apply; null before it. */
    public Claim created() {
        return created;
    }

    @Override
    public String label() {
        return "tag claim";
    }
}
