package claimdesk.service;

/** An evidence file that cannot be attached; the message says why in words a reviewer understands. */
public final class EvidenceRefusedException extends Exception {

    public EvidenceRefusedException(String message) {
        super(message);
    }

    public EvidenceRefusedException(String message, Throwable cause) {
        super(message, cause);
    }
}
