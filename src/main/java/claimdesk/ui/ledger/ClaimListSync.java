package claimdesk.ui.ledger;

import claimdesk.model.Claim;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.collections.ObservableList;

/**
 * Brings the shown claims to a freshly loaded list with the fewest changes: gone claims are removed, new ones
 * inserted, edited ones replaced in place. A {@code setAll} would tell the table that every row changed, and the
 * table then loses its scroll position, which a reviewer notices when another window's edit reloads the list.
 */
final class ClaimListSync {

    private ClaimListSync() {
    }

    /** Both lists are in the ledger's order (by position, then id); if the orders disagree, it falls back to setAll. */
    static void sync(ObservableList<Claim> shown, List<Claim> loaded) {
        Set<Long> kept = loaded.stream().map(Claim::id).collect(Collectors.toSet());
        shown.removeIf(claim -> !kept.contains(claim.id()));
        for (int i = 0; i < loaded.size(); i++) {
            Claim fresh = loaded.get(i);
            if (i == shown.size()) {
                shown.add(fresh);
            } else if (shown.get(i).id() == fresh.id()) {
                if (!shown.get(i).equals(fresh)) {
                    shown.set(i, fresh);
                }
            } else if (shown.stream().noneMatch(claim -> claim.id() == fresh.id())) {
                shown.add(i, fresh);
            } else {
                shown.setAll(loaded); // a claim moved (its quote was re-anchored): order changed
                return;
            }
        }
    }
}
