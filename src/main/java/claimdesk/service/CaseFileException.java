package claimdesk.service;

/** A case file that cannot be read: damaged, truncated, of an unknown format or inconsistent. Nothing was imported. */
public class CaseFileException extends Exception {

    public CaseFileException(String message) {
        super(message);
    }

    public CaseFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
