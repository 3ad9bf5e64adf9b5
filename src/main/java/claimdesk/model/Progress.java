package claimdesk.model;

/** How far a long job has come; the app shows it in the status bar, the command line ignores it. */
@FunctionalInterface
public interface Progress {

    Progress NONE = (done, total) -> { };

    /** Called from the working thread; implementations hand it to the UI themselves. */
    void update(long done, long total);
}
