package claimdesk.model;

import java.time.Instant;

/**
 * A second reviewer's verdict on a claim, given without seeing the first, kept with the claim's verdict as it was
 * at that moment ({@code firstVerdict}). {@code reviewer} is the name the review was signed with. Equal by value.
 */
public record SecondReview(long id, long claimId, String reviewer, Verdict verdict, Verdict firstVerdict,
                           Instant at) {

    /** Whether the two reviewers reached the same verdict. */
    public boolean agrees() {
        return verdict == firstVerdict;
    }
}
