package claimdesk.service;

import claimdesk.model.Article;
import claimdesk.model.Claim;
import claimdesk.model.ClaimStatus;
import claimdesk.model.FindingRef;
import claimdesk.model.FindingRuling;
import claimdesk.model.LedgerFinding;
import claimdesk.model.TextQuote;
import claimdesk.model.Verdict;
import claimdesk.store.FindingStore;
import claimdesk.store.LedgerStore;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Confirms a consistency finding: records a claim on its first figure whose note a report can publish as it is
 * (see {@link FindingNote}), and links the ruling to it. The verdict follows the kind: figures that cannot all be
 * true are {@link Verdict#INCONSISTENT}; a repeated passage is a note on where text came from, and a later figure
 * of a running total is an update, so both stay {@link Verdict#UNRATED} and are told apart by their tag. A finding
 * confirmed before keeps its claim. Writes to the ledger: call it off the UI thread, on the writer lane.
 */
public final class FindingConfirmer {

    /** The tag of claims recording figures that do not fit together. */
    public static final String INCONSISTENT_TAG = "inconsistent-figures";
    /** The tag of claims recording a passage repeated within or across articles. */
    public static final String PROVENANCE_TAG = "provenance";
    /** The tag of claims recording a later figure of a running total. */
    public static final String UPDATE_TAG = "update";

    private static final Set<String> NOT_INCONSISTENT = Set.of("duplicate", "update");

    private final LedgerStore store;
    private final FindingStore findings;

    public FindingConfirmer(LedgerStore store, FindingStore findings) {
        this.store = store;
        this.findings = findings;
    }

    /** The claim that records {@code finding}: the one it already links to, else a new one. */
    public Claim confirm(LedgerFinding finding) {
        Claim claim = finding.claimId() == null ? null : store.claim(finding.claimId()).orElse(null);
        if (claim == null) {
            Map<Long, Article> articles = new HashMap<>();
            for (FindingRef ref : finding.refs()) {
                // An article deleted since the check has no null entry: computeIfAbsent stores none.
                articles.computeIfAbsent(ref.articleId(), id -> store.article(id).orElse(null));
            }
            FindingRef first = finding.refs().get(0);
            Article article = articles.get(first.articleId());
            if (article == null) {
                throw new IllegalStateException("The article of this finding is no longer in the ledger.");
            }
            claim = store.createClaim(article.id(), TextQuote.of(article.text(), first.start(), first.end()),
                    tags(finding.kind()), verdict(finding.kind()), ClaimStatus.IN_REVIEW,
                    FindingNote.of(finding, articles));
        }
        findings.rule(finding.id(), FindingRuling.CONFIRMED, null, claim.id());
        return claim;
    }

    /** The verdict a confirmed finding of this kind ({@code conflict}, {@code duplicate}, ...) records. */
    public static Verdict verdict(String kind) {
        return NOT_INCONSISTENT.contains(kind) ? Verdict.UNRATED : Verdict.INCONSISTENT;
    }

    /** The tags of the claim a confirmed finding of this kind records. */
    public static List<String> tags(String kind) {
        return switch (kind) {
            case "duplicate" -> List.of(PROVENANCE_TAG);
            case "update" -> List.of(UPDATE_TAG);
            default -> List.of(INCONSISTENT_TAG);
        };
    }
}
