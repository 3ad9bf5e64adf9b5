package claimdesk.ui.ledger;

import claimdesk.model.Claim;
import claimdesk.model.ClaimStatus;
import claimdesk.model.CohensKappa;
import claimdesk.model.Plural;
import claimdesk.model.SecondReview;
import claimdesk.model.Verdict;
import claimdesk.store.ReviewStore;
import claimdesk.ui.Dialogs;
import claimdesk.ui.Session;
import claimdesk.ui.UiExecutor;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The second review of the selected claim (issue 13): offered when the claim is In review and the reviewer at the
 * keyboard did not make it. The reviewer picks a verdict from a list that does not show the claim's, and only then
 * learns whether the two agree (the claim is Verified) or not (both verdicts are shown, and the claim stays In
 * review). Also keeps the agreement between reviewers over the whole ledger, as one line of text.
 */
public final class SecondReviewViewModel {

    private final ReviewStore reviews;
    private final UiExecutor executor;
    private final Dialogs dialogs;
    private final Session session;
    private final Runnable afterReview;
    private final ReadOnlyBooleanWrapper canReview = new ReadOnlyBooleanWrapper(this, "canReview", false);
    private final ReadOnlyStringWrapper agreement = new ReadOnlyStringWrapper(this, "agreement", "");
    private final ReadOnlyBooleanWrapper verdictHidden = new ReadOnlyBooleanWrapper(this, "verdictHidden", false);

    /** {@code afterReview} reloads what shows the claim (the ledger's list), on the FX thread. */
    public SecondReviewViewModel(ReviewStore reviews, UiExecutor executor, Dialogs dialogs, Session session,
                                 Runnable afterReview) {
        this.reviews = reviews;
        this.executor = executor;
        this.dialogs = dialogs;
        this.session = session;
        this.afterReview = afterReview;
        // A reload after a desk change selects the claim afresh, so the agreement follows colleagues' reviews too.
        session.selectedClaimProperty().addListener((obs, old, claim) -> refresh(claim));
        refresh(session.selectedClaimProperty().get());
    }

    public ReadOnlyBooleanProperty canReviewProperty() {
        return canReview.getReadOnlyProperty();
    }

    /**
     * True while the selected claim's verdict must not be shown: the ledger needs a second reviewer, the claim is In
     * review, and the reviewer at the keyboard may be its second reviewer. Set before the author is known, so the
     * verdict never flashes up for a colleague; cleared once the reviewer turns out to be the author.
     */
    public ReadOnlyBooleanProperty verdictHiddenProperty() {
        return verdictHidden.getReadOnlyProperty();
    }

    /** "Agreement: κ = 0.62 over 14 reviews"; empty while the ledger has no second review. */
    public ReadOnlyStringProperty agreementProperty() {
        return agreement.getReadOnlyProperty();
    }

    /** Asks for the reviewer's verdict on the selected claim, without showing its own, then records it. */
    public void review() {
        Claim claim = session.selectedClaimProperty().get();
        if (claim == null || !canReview.get()) {
            return;
        }
        List<String> options = Arrays.stream(Verdict.values()).filter(verdict -> verdict != Verdict.UNRATED)
                .map(Verdict::label).toList();
        Optional<String> picked = dialogs.choose("Second review", "Your verdict on \u201c"
                + LedgerViewModel.abbreviate(claim.quote().exact()) + "\u201d? The verdict it has now is shown "
                + "once you have chosen yours.", options);
        if (picked.isEmpty()) {
            return;
        }
        Verdict verdict = Arrays.stream(Verdict.values()).filter(v -> v.label().equals(picked.get())).findFirst()
                .orElseThrow();
        executor.submit(UiExecutor.Lane.WRITE, "Recording the second review",
                progress -> new Done(reviews.submitSecondReview(claim.id(), verdict),
                        reviews.author(claim.id()).orElse("its author")),
                done -> {
                    dialogs.showInformation("Second review", outcome(done));
                    session.statusMessageProperty().set(done.review().agrees() ? "Second review agreed: Verified."
                            : "Second review differs: the claim stays In review.");
                    afterReview.run();
                    refresh(session.selectedClaimProperty().get());
                },
                error -> dialogs.showError("The second review was not recorded", String.valueOf(error.getMessage())));
    }

    private record Done(SecondReview review, String author) {
    }

    private static String outcome(Done done) {
        SecondReview review = done.review();
        if (review.agrees()) {
            return "You agree with " + done.author() + ": " + review.verdict().label() + ". The claim is now Verified.";
        }
        return "The verdicts differ, so the claim stays In review:\n\n" + done.author() + " (first): "
                + review.firstVerdict().label() + "\n" + review.reviewer() + " (second): " + review.verdict().label()
                + "\n\nTalk it over; a second review that agrees verifies it.";
    }

    private void refresh(Claim claim) {
        if (claim == null || claim.status() != ClaimStatus.IN_REVIEW) {
            canReview.set(false);
            verdictHidden.set(false);
        } else {
            verdictHidden.set(reviews.required());
            executor.submit(UiExecutor.Lane.READ, "Checking who may review", progress -> reviews.mayReview(claim.id()),
                    may -> {
                        Claim now = session.selectedClaimProperty().get();
                        boolean same = now != null && now.id() == claim.id();
                        canReview.set(may && same);
                        if (same) {
                            verdictHidden.set(may && reviews.required());
                        }
                    }, error -> canReview.set(false));
        }
        executor.submit(UiExecutor.Lane.READ, "Reading the agreement", progress -> reviews.agreement(),
                kappa -> agreement.set(text(kappa)), error -> agreement.set(""));
    }

    static String text(CohensKappa kappa) {
        if (kappa.n() == 0) {
            return "";
        }
        String over = " over " + Plural.of(kappa.n(), "review");
        return kappa.defined() ? String.format(Locale.ROOT, "Agreement: \u03ba = %.2f", kappa.kappa()) + over
                : "Agreement: \u03ba not defined yet" + over + " (every verdict the same)";
    }
}
