package claimdesk.model;

/**
 * The fixed verdict scale of a claim. {@code rating} orders the scale for ClaimReview export:
 * 1 is the worst (False), 5 the best (True); verdicts outside that line have rating 0.
 */
public enum Verdict {
    UNRATED("Unrated", 0),
    TRUE("True", 5),
    MOSTLY_TRUE("Mostly true", 4),
    MISLEADING("Misleading", 3),
    MOSTLY_FALSE("Mostly false", 2),
    FALSE("False", 1),
    UNVERIFIABLE("Unverifiable", 0),
    INCONSISTENT("Inconsistent", 0);

    private final String label;
    private final int rating;

    Verdict(String label, int rating) {
        this.label = label;
        this.rating = rating;
    }

    public String label() {
        return label;
    }

    public int rating() {
        return rating;
    }

    @Override
    public String toString() {
        return label;
    }
}
