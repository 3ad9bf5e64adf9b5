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
}
