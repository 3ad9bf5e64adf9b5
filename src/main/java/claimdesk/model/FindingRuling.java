package claimdesk.model;

/** A reviewer's decision on a consistency finding. */
public enum FindingRuling {
    /** Not looked at yet. */
    OPEN,
    /** The figures really are inconsistent; a claim with verdict Inconsistent records it. */
    CONFIRMED,
    /** Not a problem (different measures, a known revision…); the reason says why. */
    DISMISSED
}
