package claimdesk.ui.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;

import claimdesk.model.Claim;
import claimdesk.model.ClaimStatus;
import claimdesk.model.TextQuote;
import claimdesk.model.Verdict;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.Test;

class ClaimListSyncTest {

    private static final String TEXT = "one two three four five six";

    private static Claim claim(long id, int start, String note) {
        return new Claim(id, new UUID(0, id), 1, TextQuote.of(TEXT, start, start + 3), List.of(), Verdict.UNRATED,
                ClaimStatus.DRAFT, note, Instant.EPOCH, Instant.EPOCH, null, null, 0);
    }

    private static List<String> changesWhile(ObservableList<Claim> shown, Runnable action) {
        List<String> changes = new ArrayList<>();
        shown.addListener((ListChangeListener<Claim>) change -> {
            while (change.next()) {
                changes.add(change.getFrom() + (change.wasReplaced() ? " replaced"
                        : change.wasAdded() ? " added" : " removed"));
            }
        });
        action.run();
        return changes;
    }

    @Test
    void anEditedClaimIsReplacedInPlaceAndANewOneInserted() {
        ObservableList<Claim> shown = FXCollections.observableArrayList(claim(1, 0, ""), claim(2, 8, ""));
        List<Claim> loaded = List.of(claim(1, 0, "checked"), claim(3, 4, ""), claim(2, 8, ""));

        List<String> changes = changesWhile(shown, () -> ClaimListSync.sync(shown, loaded));

        assertEquals(loaded, shown);
        assertEquals(List.of("0 replaced", "1 added"), changes, "the unchanged claim is not touched");
    }

    @Test
    void aDeletedClaimIsRemovedAndAMovedOneFallsBackToReplacingAll() {
        ObservableList<Claim> shown = FXCollections.observableArrayList(claim(1, 0, ""), claim(2, 8, ""),
                claim(3, 14, ""));

        ClaimListSync.sync(shown, List.of(claim(1, 0, ""), claim(3, 14, "")));
        assertEquals(List.of(claim(1, 0, ""), claim(3, 14, "")), shown);

        List<Claim> reordered = List.of(claim(3, 0, ""), claim(1, 8, ""));
        ClaimListSync.sync(shown, reordered);
        assertEquals(reordered, shown);
    }
}
