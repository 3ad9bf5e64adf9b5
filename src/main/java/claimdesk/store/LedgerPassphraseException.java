package claimdesk.store;

/** The ledger is encrypted and no passphrase, or a wrong one, was given; the message says which. */
public class LedgerPassphraseException extends LedgerException {

    private final boolean passphraseGiven;

    public LedgerPassphraseException(String message, boolean passphraseGiven, Throwable cause) {
        super(message, cause);
        this.passphraseGiven = passphraseGiven;
    }

    /** True when a passphrase was tried and was wrong; false when the ledger needs one and none was given. */
    public boolean passphraseGiven() {
        return passphraseGiven;
    }
}
