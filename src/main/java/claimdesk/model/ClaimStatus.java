package claimdesk.model;

/** Where a claim stands in the desk's workflow; only Verified and Published go into reports by default. */
public enum ClaimStatus {
    DRAFT("Draft"),
    IN_REVIEW("In review"),
    VERIFIED("Verified"),
    PUBLISHED("Published");

    private final String label;

    ClaimStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }
}
