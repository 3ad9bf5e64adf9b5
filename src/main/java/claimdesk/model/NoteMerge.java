package claimdesk.model;

/**
 * Merges two notes on one claim that two reviewers saved apart, without losing either text. When one note already
 * contains the other (a colleague only added to it), the longer one is kept; otherwise both are kept, mine first,
 * under a line naming whose version follows. No diffing: a reviewer reads the result and tidies it.
 */
public final class NoteMerge {

    private NoteMerge() {
    }

    /** The line put between the two notes; {@code savedBy} null reads as "another reviewer". */
    public static String separator(String savedBy) {
        return "\u2014 merged with the version saved by " + (savedBy == null ? "another reviewer" : savedBy)
                + " \u2014";
    }

    /** Both notes in one; neither may be null (a claim's note is "" when there is none). */
    public static String merge(String mine, String theirs, String savedBy) {
        if (mine.contains(theirs)) {
            return mine;
        }
        if (theirs.contains(mine)) {
            return theirs;
        }
        return mine.stripTrailing() + "\n" + separator(savedBy) + "\n" + theirs;
    }
}
