package claimdesk.ui.undo;

import claimdesk.model.Claim;
import claimdesk.model.ClaimStatus;
import claimdesk.model.Span;
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
    private final Span figure;
    private volatile Claim created;

    public CreateClaimCommand(long articleId, TextQuote quote, List<String> tags) {
        this(articleId, quote, tags, null);
    }

    /** A claim made from the figure at {@code figure} (article offsets), which the claim keeps as its link. */
    public CreateClaimCommand(long articleId, TextQuote quote, List<String> tags, Span figure) {
        this.articleId = articleId;
        this.quote = quote;
        this.tags = List.copyOf(tags);
        this.figure = figure;
    }

    @Override
    public void apply(LedgerStore store) {
        created = created == null
                ? store.createClaim(articleId, quote, tags, Verdict.UNRATED, ClaimStatus.DRAFT, "", figure)
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
