package claimdesk.model;

import java.util.Locale;
import java.util.Optional;

/**
 * A change another window made to a shared (desk) ledger, as announced by the server after it committed: what kind of
 * record changed, its id, and the article it belongs to ({@code 0} when it belongs to none, as a source, or when the
 * server could not tell). {@link Entity#EVERYTHING} stands for "changes may have been missed" (the listener lost its
 * connection); its ids are 0. Records are equal when all three parts are, so a burst of the same change folds into one.
 */
public record LedgerChange(Entity entity, long id, long articleId) {

    /** The kinds of ledger records whose changes are announced; {@link #EVERYTHING} asks for a full reload. */
    public enum Entity {
        ARTICLE, CLAIM, SOURCE, FINDING, MEASURE, EVERYTHING;

        /**
         * The entity named in an audit row ({@code "claim"}, {@code "measure_alias"}); empty for a name this version
         * does not know, which a newer Claimdesk on the same desk may send.
         */
        public static Optional<Entity> ofAuditName(String name) {
            String upper = name.toUpperCase(Locale.ROOT);
            if (upper.startsWith("MEASURE")) {
                return Optional.of(MEASURE);
            }
            for (Entity entity : values()) {
                if (entity != EVERYTHING && entity.name().equals(upper)) {
                    return Optional.of(entity);
                }
            }
            return Optional.empty();
        }
    }

    public static LedgerChange everything() {
        return new LedgerChange(Entity.EVERYTHING, 0, 0);
    }

    /** True if this change may touch the claims of article {@code articleId}. */
    public boolean concernsClaimsOf(long articleId) {
        return entity == Entity.EVERYTHING || (entity == Entity.CLAIM && (this.articleId == articleId
                || this.articleId == 0));
    }
}
