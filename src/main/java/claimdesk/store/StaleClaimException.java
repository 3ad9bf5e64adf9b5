package claimdesk.store;

import claimdesk.model.AuditEntry;
import claimdesk.model.Claim;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * A save of a claim refused because the ledger holds a newer version than the one the caller read: someone else
 * (or another window) saved it in between. Nothing was written. {@code mine} is the claim the caller tried to save,
 * {@code theirs} the claim as stored now (with its tags and version), {@code savedBy} the reviewer who signed the
 * last change to it (null if the audit names nobody). Both claims are kept so the person can choose; the message
 * says who saved and when, in local time.
 */
public final class StaleClaimException extends LedgerException {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.systemDefault());

    private final transient Claim mine;
    private final transient Claim theirs;
    private final String savedBy;

    public StaleClaimException(Claim mine, Claim theirs, String savedBy) {
        super("Someone else saved this claim at " + TIME.format(theirs.updatedAt())
                + (savedBy == null ? "" : " (reviewer " + savedBy + ")") + " since you opened it.");
        this.mine = mine;
        this.theirs = theirs;
        this.savedBy = savedBy;
    }

    /** The refusal of {@code mine}, given the stored claim and its audit trail (oldest first). */
    static StaleClaimException of(Claim mine, Claim theirs, List<AuditEntry> audit) {
        String by = audit.isEmpty() ? null : audit.get(audit.size() - 1).reviewer();
        return new StaleClaimException(mine, theirs, by);
    }

    public Claim mine() {
        return mine;
    }

    public Claim theirs() {
        return theirs;
    }

    /** Who signed the last change to the stored claim; null when unknown. */
    public String savedBy() {
        return savedBy;
    }

    /** The refusal behind {@code error} (which may wrap it), or null when it is another failure. */
    public static StaleClaimException in(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof StaleClaimException stale) {
                return stale;
            }
        }
        return null;
    }
}
