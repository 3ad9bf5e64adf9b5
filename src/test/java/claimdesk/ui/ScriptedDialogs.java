package claimdesk.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Dialogs with answers set by the test; records what was shown. */
public final class ScriptedDialogs implements Dialogs {

    public boolean confirmAnswer = true;
    public List<Path> filesToImport = List.of();
    public String pastedText;
    public String typedText;
    /** Picks the first option containing this text in {@link #choose}; null cancels. */
    public String choiceContaining;
    public List<String> lastOptions = List.of();
    public final List<String> shown = new ArrayList<>();

    @Override
    public boolean confirm(String title, String message) {
        shown.add("confirm: " + message);
        return confirmAnswer;
    }

    @Override
    public void showError(String title, String message) {
        shown.add("error: " + title + ": " + message);
    }

    @Override
    public void showInformation(String title, String message) {
        shown.add("info: " + message);
    }

    @Override
    public List<Path> chooseFilesToImport() {
        return filesToImport;
    }

    @Override
    public Optional<String> askForText(String title, String question) {
        shown.add("ask: " + question);
        return Optional.ofNullable(typedText);
    }

    @Override
    public Optional<String> choose(String title, String question, List<String> options) {
        shown.add("choose: " + question);
        lastOptions = List.copyOf(options);
        return choiceContaining == null ? Optional.empty()
                : options.stream().filter(option -> option.contains(choiceContaining)).findFirst();
    }

    /** What {@link #chooseBetween} showed last: the message, then each side's heading and text. */
    public List<String> lastComparison = List.of();

    @Override
    public Optional<String> chooseBetween(String title, String message, Side mine, Side theirs,
                                          List<String> options) {
        lastComparison = List.of(message, mine.heading(), mine.text(), theirs.heading(), theirs.text());
        return choose(title, message, options);
    }

    @Override
    public Optional<String> askForPastedText() {
        return Optional.ofNullable(pastedText);
    }
}
