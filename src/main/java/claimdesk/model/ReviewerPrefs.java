package claimdesk.model;

/**
 * Who is working: the name every ledger change is signed with in the audit trail, and the organisation that
 * publishes reports (ClaimReview's author). Blank values fall back to the OS user and a generic desk name.
 */
public record ReviewerPrefs(String name, String organisation) {

    public static final String DEFAULT_ORGANISATION = "Claimdesk desk";

    public ReviewerPrefs {
        name = name == null || name.isBlank() ? System.getProperty("user.name", "reviewer") : name.strip();
        organisation = organisation == null || organisation.isBlank() ? DEFAULT_ORGANISATION : organisation.strip();
    }
}
