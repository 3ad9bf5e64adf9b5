package claimdesk.store;

/** A ledger that cannot be opened or written, with a message meant for the person at the keyboard. */
public class LedgerException extends RuntimeException {

    public LedgerException(String message, Throwable cause) {
        super(message, cause);
    }

    public LedgerException(String message) {
        super(message);
    }
}
