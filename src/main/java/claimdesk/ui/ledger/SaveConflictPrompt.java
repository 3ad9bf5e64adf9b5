package claimdesk.ui.ledger;

import claimdesk.model.Claim;
import claimdesk.model.NoteMerge;
import claimdesk.store.StaleClaimException;
import claimdesk.ui.Dialogs;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;

/**
 * Asks what to do with a save of a claim that the ledger refused because someone else saved it since it was shown.
 * Both versions are on screen while the person chooses, so no text goes unseen; closing the dialog merges the notes,
 * the one choice that keeps both.
 */
final class SaveConflictPrompt {

    static final String KEEP_MINE = "Keep mine";
    static final String TAKE_THEIRS = "Take theirs";
    static final String MERGE_NOTES = "Merge notes";

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.systemDefault());

    enum Choice { KEEP_MINE, TAKE_THEIRS, MERGE_NOTES }

    private SaveConflictPrompt() {
    }

    static Choice ask(Dialogs dialogs, StaleClaimException stale) {
        String saver = stale.savedBy() == null ? "someone else" : stale.savedBy();
        String picked = dialogs.chooseBetween("Claim saved elsewhere", stale.getMessage()
                        + " Your change is not saved yet: choose which version to keep.",
                new Dialogs.Side("Yours (not saved)", describe(stale.mine())),
                new Dialogs.Side("Saved by " + saver + " at " + TIME.format(stale.theirs().updatedAt()),
                        describe(stale.theirs())),
                List.of(KEEP_MINE, TAKE_THEIRS, MERGE_NOTES)).orElse(MERGE_NOTES);
        return switch (picked) {
            case KEEP_MINE -> Choice.KEEP_MINE;
            case TAKE_THEIRS -> Choice.TAKE_THEIRS;
            default -> Choice.MERGE_NOTES;
        };
    }

    /** Theirs with both notes in one, at the version stored now, ready to save. */
    static Claim merged(StaleClaimException stale) {
        Claim theirs = stale.theirs();
        return theirs.withNote(NoteMerge.merge(stale.mine().note(), theirs.note(), stale.savedBy()));
    }

    /** Mine over theirs: my fields, named at the version stored now so the save passes. */
    static Claim mineOverTheirs(StaleClaimException stale) {
        return stale.mine().withVersion(stale.theirs().version());
    }

    static String describe(Claim claim) {
        return "Verdict: " + claim.verdict().label() + "\nStatus: " + claim.status().label()
                + "\nTags: " + String.join(", ", claim.tags())
                + "\nClaimed by: " + Objects.toString(claim.claimant(), "")
                + "\nNote:\n" + claim.note();
    }
}
