package claimdesk.ui.consistency;

/** What the Consistency tab's filters offer. {@code ALL} choices let every finding through. */
public final class FindingChoices {

    private FindingChoices() {
    }

    /** A kind to filter by: its code ("" for all) and the label shown. */
    public record Kind(String code, String label) {
        static final Kind ALL = new Kind("", "All kinds");

        @Override
        public String toString() {
            return label;
        }
    }

    /** An article to filter by, named by its headline; id -1 for all articles. */
    public record Article(long id, String headline) {
        static final Article ALL = new Article(-1, "All articles");

        @Override
        public String toString() {
            return headline;
        }
    }
}
