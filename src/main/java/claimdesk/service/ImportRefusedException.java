package claimdesk.service;

/** A file that cannot become an article; the message names the file and the reason, for the reviewer to read. */
public class ImportRefusedException extends Exception {

    private final String fileName;
    private final String reason;

    public ImportRefusedException(String fileName, String reason) {
        super(fileName + ": " + reason);
        this.fileName = fileName;
        this.reason = reason;
    }

    public String fileName() {
        return fileName;
    }

    public String reason() {
        return reason;
    }
}
