package claimdesk.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Everything a view model may ask the person at the keyboard. Tests hand in a scripted fake. */
public interface Dialogs {

    boolean confirm(String title, String message);

    void showError(String title, String message);

    void showInformation(String title, String message);

    List<Path> chooseFilesToImport();

    /** Asks for one line of text (a reason, a name); empty when cancelled. */
    Optional<String> askForText(String title, String question);

    /** Asks to pick one of {@code options} (shown in that order); empty when cancelled. */
    Optional<String> choose(String title, String question, List<String> options);

    /** Asks for a headline-first text to paste as an article; empty when cancelled. */
    Optional<String> askForPastedText();

    /**
     * Shows two versions of one record side by side, each under its heading, and asks which of {@code options} to
     * take; empty when closed. By default both texts go into the question of {@link #choose}.
     */
    default Optional<String> chooseBetween(String title, String message, Side mine, Side theirs,
                                           List<String> options) {
        return choose(title, message + "\n\n" + mine.heading() + ":\n" + mine.text() + "\n\n" + theirs.heading()
                + ":\n" + theirs.text(), options);
    }

    /** One of the two versions {@link #chooseBetween} shows. */
    record Side(String heading, String text) {
    }
}
