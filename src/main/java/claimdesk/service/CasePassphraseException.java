package claimdesk.service;

/** A case file protected by a passphrase, read without one or with a wrong one; the message says which. */
public final class CasePassphraseException extends CaseFileException {

    private final boolean passphraseGiven;

    public CasePassphraseException(String message, boolean passphraseGiven, Throwable cause) {
        super(message, cause);
        this.passphraseGiven = passphraseGiven;
    }

    /** True when a passphrase was tried and was wrong. */
    public boolean passphraseGiven() {
        return passphraseGiven;
    }
}
