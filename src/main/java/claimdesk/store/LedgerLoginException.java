package claimdesk.store;

/**
 * The PostgreSQL server refused the login (SQL state class 28: a wrong or missing password, an unknown user), so
 * the app can ask for a password rather than show an error.
 */
public class LedgerLoginException extends LedgerException {

    private final boolean passwordGiven;

    public LedgerLoginException(String message, boolean passwordGiven, Throwable cause) {
        super(message, cause);
        this.passwordGiven = passwordGiven;
    }

    /** True when a password was sent and refused; false when none was known. */
    public boolean passwordGiven() {
        return passwordGiven;
    }
}
