package claimdesk.model;

import java.util.Set;

/**
 * Which claims the desk's queue shows. Every part is optional: an empty set or a null value does not narrow. Parts
 * combine with AND; a set matches any of its members. {@code assignee} is a name as typed in "Assign to"
 * ({@link #UNASSIGNED} for claims nobody has); names and the tag match without regard to case, as tags do elsewhere.
 */
public record QueueFilter(Set<ClaimStatus> statuses, String assignee, Set<Verdict> verdicts, String tag,
                          Long articleId) {

    /** The {@code assignee} that asks for the claims nobody is assigned. */
    public static final String UNASSIGNED = "unassigned";

    public QueueFilter {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        verdicts = verdicts == null ? Set.of() : Set.copyOf(verdicts);
        assignee = blankToNull(assignee);
        tag = blankToNull(tag);
    }

    /** Every claim of the ledger. */
    public static QueueFilter all() {
        return new QueueFilter(Set.of(), null, Set.of(), null, null);
    }

    public QueueFilter withStatuses(Set<ClaimStatus> newStatuses) {
        return new QueueFilter(newStatuses, assignee, verdicts, tag, articleId);
    }

    public QueueFilter withAssignee(String newAssignee) {
        return new QueueFilter(statuses, newAssignee, verdicts, tag, articleId);
    }

    public QueueFilter withVerdicts(Set<Verdict> newVerdicts) {
        return new QueueFilter(statuses, assignee, newVerdicts, tag, articleId);
    }

    public QueueFilter withTag(String newTag) {
        return new QueueFilter(statuses, assignee, verdicts, newTag, articleId);
    }

    public QueueFilter withArticle(Long newArticleId) {
        return new QueueFilter(statuses, assignee, verdicts, tag, newArticleId);
    }

    public boolean wantsUnassigned() {
        return UNASSIGNED.equalsIgnoreCase(assignee);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
