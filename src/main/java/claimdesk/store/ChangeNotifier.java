package claimdesk.store;

import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * Announces a change to the other windows on a desk: {@code pg_notify} on {@link #CHANNEL} inside the writing
 * transaction, so PostgreSQL delivers it only if, and when, that transaction commits. Called for every audit row,
 * which every write of a claim, source, finding or article already makes. PostgreSQL folds identical payloads of one
 * transaction into one notification, so an edit of three fields still sends one. Only for a ledger on a server: H2
 * has no LISTEN/NOTIFY, and a ledger in a folder has one window anyway.
 *
 * <p>The payload is {@code entity:id:articleId:session} (see {@link DeskChanges#parse}); the session lets a window
 * skip its own changes, which it has already shown.
 */
final class ChangeNotifier {

    static final String CHANNEL = "claimdesk_changes";

    private final String session;

    ChangeNotifier(String session) {
        if (session.indexOf(':') >= 0) {
            throw new IllegalArgumentException("a session id cannot hold ':' (the payload separator)");
        }
        this.session = session;
    }

    String session() {
        return session;
    }

    /**
     * Queues the notification for {@code entity} {@code id} (audit names: "claim", "source"…). A claim whose row
     * is already gone is not announced here: {@link LedgerStore#deleteClaim} announces it before deleting, while
     * its article can still be read.
     */
    void announce(Handle handle, String entity, long id) {
        Optional<Long> article = articleOf(handle, entity, id);
        if (entity.equals("claim") && article.isEmpty()) {
            return;
        }
        String payload = entity + ":" + id + ":" + article.orElse(0L) + ":" + session;
        handle.createQuery("SELECT pg_notify(:channel, :payload)").bind("channel", CHANNEL)
                .bind("payload", payload).mapToMap().one();
    }

    private static Optional<Long> articleOf(Handle handle, String entity, long id) {
        return switch (entity) {
            case "article" -> Optional.of(id);
            case "claim" -> handle.createQuery("SELECT article_id FROM claim WHERE id = :id").bind("id", id)
                    .mapTo(Long.class).findOne();
            default -> Optional.empty();
        };
    }
}
