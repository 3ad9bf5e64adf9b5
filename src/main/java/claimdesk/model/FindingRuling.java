package claimdesk.model;

/** A reviewer's decision on a consistency finding. */
public enum FindingRuling {
    /** Not looked at yet. */
    OPEN,
    /**
     * The reviewer agrees with the checker; a claim records it: verdict Inconsistent for figures that do not fit,
     * unrated and tagged {@code provenance} or {@code update} for a repeated passage or a later running total.
     */
    CONFIRMED,
    /** Not a problem (different measures, a known revision…); the reason says why. */
    DISMISSED
}
