package claimdesk.ui.undo;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The version this window's own saves left each claim at. An edit, its undo and its redo are each made from the
 * claim as it was shown, often before the previous save came back; every save raises the stored version by one, so
 * they name the version this window's last save produced instead. A refused save sets a floor: an edit made from a
 * read older than the save that won stays refused, rather than passing on a version this window wrote afterwards
 * (say, while resolving that conflict). Shared by the claim commands of one screen; safe from any thread.
 */
public final class ClaimVersions {

    private final Map<Long, Integer> saved = new ConcurrentHashMap<>();
    private final Map<Long, Integer> floor = new ConcurrentHashMap<>();

    /** The version a save of claim {@code claimId}, made from a read at version {@code read}, must name. */
    int expected(long claimId, int read) {
        if (read < floor.getOrDefault(claimId, 0)) {
            return read;
        }
        return Math.max(read, saved.getOrDefault(claimId, read));
    }

    /** This window's save left the claim at {@code version}. */
    void saved(long claimId, int version) {
        saved.merge(claimId, version, Math::max);
    }

    /** A save was refused: someone else's save left the claim at {@code stored}. */
    void refused(long claimId, int stored) {
        saved.remove(claimId);
        floor.merge(claimId, stored, Math::max);
    }
}
