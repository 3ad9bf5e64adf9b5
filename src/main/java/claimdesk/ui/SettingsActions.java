package claimdesk.ui;

import claimdesk.store.LedgerStore;
import claimdesk.store.PreferencesStore;
import claimdesk.ui.settings.SettingsDialog;
import java.io.IOException;
import javafx.stage.Stage;

/**
 * What a person sets about their own work (Edit › Settings, the second-reviewer rule): saved in the preferences for
 * later starts and applied to the open ledger at once. Called on the FX thread.
 */
final class SettingsActions {

    private final LedgerStore store;
    private final Stage stage;
    private final PreferencesStore prefs;
    private final Session session;

    SettingsActions(LedgerStore store, Stage stage, PreferencesStore prefs, Session session) {
        this.store = store;
        this.stage = stage;
        this.prefs = prefs;
        this.session = session;
    }

    /** Edit > Settings: saves the reviewer's name and organisation; later changes are signed with the new name. */
    void edit() {
        edit("Reviewer", false);
    }

    /**
     * On the first start, asks who is reviewing, so the audit trail and reports name a person and a desk rather than
     * the computer's user name ("Reviewers: root"). Cancelling keeps the stand-in and asks again next start.
     */
    void askForReviewerIfUnknown() {
        if (!prefs.reviewerChosen()) {
            edit("Who is reviewing? Your name signs your changes; change it later in Edit \u203a Settings"
                    + " (Ctrl+,).", true);
        }
    }

    /** Turns the second-reviewer rule on or off for this person's ledgers in folders, now and on later starts. */
    void requireSecondReview(boolean required) {
        store.requireSecondReview(required);
        try {
            prefs.saveSecondReviewRequired(required);
        } catch (IOException e) {
            new FxDialogs(stage).showError("Settings were not saved", e.getMessage());
        }
        session.statusMessageProperty().set(required ? "A claim is now Verified only after a second review agrees."
                : "Claims may be set to Verified without a second review.");
    }

    private void edit(String header, boolean firstStart) {
        SettingsDialog.edit(stage, prefs.reviewer(), header, firstStart).ifPresent(changed -> {
            try {
                prefs.saveReviewer(changed);
                store.setReviewer(changed.name());
                session.statusMessageProperty().set("Settings saved: changes are signed \u201c" + changed.name()
                        + "\u201d.");
            } catch (IOException e) {
                new FxDialogs(stage).showError("Settings were not saved", e.getMessage());
            }
        });
    }
}
