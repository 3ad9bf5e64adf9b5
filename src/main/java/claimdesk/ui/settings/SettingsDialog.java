package claimdesk.ui.settings;

import claimdesk.model.ReviewerPrefs;
import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** Edits who signs the ledger's changes and which organisation publishes reports. */
public final class SettingsDialog {

    private SettingsDialog() {
    }

    public static Optional<ReviewerPrefs> edit(Window owner, ReviewerPrefs current) {
        return edit(owner, current, "Reviewer");
    }

    /** As {@link #edit(Window, ReviewerPrefs)}, with {@code header} above the fields. */
    public static Optional<ReviewerPrefs> edit(Window owner, ReviewerPrefs current, String header) {
        return edit(owner, current, header, false);
    }

    /**
     * With {@code firstStart} the name field starts empty rather than showing the computer's user name, which is
     * only a stand-in; OK with it still empty keeps the stand-in.
     */
    public static Optional<ReviewerPrefs> edit(Window owner, ReviewerPrefs current, String header,
                                               boolean firstStart) {
        TextField name = new TextField(firstStart ? "" : current.name());
        name.setPromptText("Your name as it should appear in reports");
        name.setId("settingsName");
        name.setPrefColumnCount(30);
        TextField organisation = new TextField(current.organisation());
        organisation.setId("settingsOrganisation");
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label("Your name"), name);
        grid.addRow(1, new Label("Organisation"), organisation);
        grid.add(new Label("Your name signs every change in the audit trail; the organisation is the\n"
                + "author of exported reports (ClaimReview)."), 0, 2, 2, 1);
        Dialog<ReviewerPrefs> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Settings");
        dialog.setHeaderText(header);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(button -> button == ButtonType.OK
                ? new ReviewerPrefs(name.getText(), organisation.getText()) : null);
        return dialog.showAndWait();
    }
}
