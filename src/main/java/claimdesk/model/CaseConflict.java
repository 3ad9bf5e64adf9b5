package claimdesk.model;

import java.util.Objects;
import java.util.UUID;

/**
 * A record that a received case and the ledger both hold, changed differently on each side. {@code uuid} names the
 * record ({@code null} for a ruling without a claim); {@code description} is a sentence for the reviewer. For
 * {@link Kind#CLAIM} {@code mine} and {@code theirs} are {@link Claim}s, for {@link Kind#SOURCE} {@link Source}s, or
 * both null when there is nothing to choose; other kinds carry neither and can only be kept as they are.
 * Immutable; equal when all fields are equal.
 */
public record CaseConflict(Kind kind, UUID uuid, String description, Object mine, Object theirs) {

    public enum Kind { ARTICLE, CLAIM, SOURCE, CITATION, RULING }

    public CaseConflict {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(description, "description");
        Class<?> type = kind == Kind.CLAIM ? Claim.class : kind == Kind.SOURCE ? Source.class : null;
        // Both null is a conflict listed only, of any kind (say, a claim whose quote does not fit the ledger's text).
        boolean listed = mine == null && theirs == null;
        if (!listed && type == null) {
            throw new IllegalArgumentException("A " + kind + " conflict carries no versions");
        }
        if (!listed && (!type.isInstance(mine) || !type.isInstance(theirs) || uuid == null)) {
            throw new IllegalArgumentException("A " + kind + " conflict needs a uuid and both versions as "
                    + type.getSimpleName());
        }
    }

    /** A conflict listed only, with no versions to choose between. */
    public static CaseConflict listed(Kind kind, UUID uuid, String description) {
        return new CaseConflict(kind, uuid, description, null, null);
    }

    /** Whether the reviewer may take the case's version instead of the ledger's. */
    public boolean choosable() {
        return mine != null;
    }
}
