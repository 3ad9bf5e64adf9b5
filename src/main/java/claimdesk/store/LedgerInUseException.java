package claimdesk.store;

/** Another process (usually a second Claimdesk window) holds the ledger file. */
public class LedgerInUseException extends LedgerException {

    public LedgerInUseException(String message, Throwable cause) {
        super(message, cause);
    }
}
