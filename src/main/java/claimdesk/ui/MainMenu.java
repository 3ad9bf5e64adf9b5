package claimdesk.ui;

import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.VBox;

/** The menu bar and toolbar; every action here has a keyboard shortcut shown beside it. */
final class MainMenu {

    private final Workbench workbench;

    MainMenu(Workbench workbench) {
        this.workbench = workbench;
    }

    VBox build() {
        MenuItem importFiles = item("Import\u2026", "Shortcut+O", () -> workbench.library().chooseAndImport());
        MenuItem paste = item("Paste article\u2026", "Shortcut+Shift+V", () -> workbench.library().pasteArticle());
        MenuItem details = item("Article details\u2026", "Shortcut+I", workbench::editDetails);
        MenuItem updateText = item("Update article text from file\u2026", "Shortcut+Shift+U",
                () -> workbench.library().updateOpenArticleText());
        MenuItem exportCase = new MenuItem("Export case\u2026");
        exportCase.setOnAction(event -> workbench.cases().exportAll());
        MenuItem importCase = new MenuItem("Import case\u2026");
        importCase.setOnAction(event -> workbench.cases().importCase());
        MenuItem restore = new MenuItem("Restore backup\u2026");
        restore.setOnAction(event -> workbench.ledgerFiles().restoreBackup());
        MenuItem protect = new MenuItem("Passphrase protection\u2026");
        protect.setOnAction(event -> workbench.ledgerFiles().protectLedger());
        MenuItem quit = item("Quit", "Shortcut+Q", () -> {
            workbench.close();
            Platform.exit();
        });
        Menu file = new Menu("_File", null, importFiles, paste, new SeparatorMenuItem(), details,
                updateText, new SeparatorMenuItem(), exportCase, importCase, new SeparatorMenuItem(), restore, protect,
                new SeparatorMenuItem(), quit);
        file.getItems().add(file.getItems().indexOf(exportCase) - 1,
                item("Export report\u2026", "Shortcut+E", workbench::exportReport));

        MenuItem undo = item("Undo", "Shortcut+Z", () -> workbench.history().undo());
        undo.textProperty().bind(workbench.history().undoLabelProperty());
        undo.disableProperty().bind(workbench.history().canUndoProperty().not());
        MenuItem redo = item("Redo", "Shortcut+Shift+Z", () -> workbench.history().redo());
        redo.textProperty().bind(workbench.history().redoLabelProperty());
        redo.disableProperty().bind(workbench.history().canRedoProperty().not());
        MenuItem tag = item("Tag selection as claim", "Shortcut+T", () -> workbench.readerView().tagSelection());
        MenuItem delete = item("Delete claim\u2026", "Shortcut+Delete", () -> workbench.ledger().deleteSelected());
        // Not Ctrl+H: text fields take that as Backspace (so typing in the note would lose a letter), and Cmd+H hides
        // the app on a Mac.
        MenuItem claimHistory = item("Claim history\u2026", "Shortcut+Shift+H", () -> workbench.ledger().showHistory());
        claimHistory.disableProperty().bind(workbench.ledger().selectedClaimProperty().isNull());
        MenuItem settings = item("Settings\u2026", "Shortcut+Comma", () -> workbench.settings().edit());
        MenuItem find = item("Find\u2026", "Shortcut+F", workbench::find);
        MenuItem findNext = item("Find next", "F3", workbench::findNext);
        MenuItem findPrevious = item("Find previous", "Shift+F3", workbench::findPrevious);
        // A desk always requires one, so there the item shows as chosen and cannot be changed (VerifyGate).
        CheckMenuItem secondReviewer = new CheckMenuItem("Require a second reviewer for Verified");
        secondReviewer.setId("secondReviewerItem");
        secondReviewer.setSelected(workbench.store().secondReviewRequired());
        secondReviewer.setDisable(workbench.onServer());
        secondReviewer.setOnAction(event -> workbench.settings().requireSecondReview(secondReviewer.isSelected()));
        Menu edit = new Menu("_Edit", null, undo, redo, new SeparatorMenuItem(), tag, delete, claimHistory,
                new SeparatorMenuItem(), find, findNext, findPrevious, new SeparatorMenuItem(), settings, secondReviewer);

        Button importButton = button("Import", "Import articles (Ctrl+O)", () -> workbench.library().chooseAndImport());
        Button tagButton = button("Tag claim", "Tag the selected text as a claim (Ctrl+T)",
                () -> workbench.readerView().tagSelection());
        tagButton.setId("tagClaimButton");
        Button undoButton = button("Undo", "Undo the last ledger change (Ctrl+Z)", () -> workbench.history().undo());
        undoButton.setId("undoButton");
        undoButton.disableProperty().bind(workbench.history().canUndoProperty().not());
        Button redoButton = button("Redo", "Redo (Ctrl+Shift+Z)", () -> workbench.history().redo());
        redoButton.disableProperty().bind(workbench.history().canRedoProperty().not());

        MenuBar bar = new MenuBar(file, edit);
        Button findButton = button("Find", "Find in articles, claims, notes and sources (Ctrl+F)", workbench::find);
        findButton.setId("findButton");
        return new VBox(bar, new ToolBar(importButton, tagButton, undoButton, redoButton, findButton));
    }

    private static MenuItem item(String text, String shortcut, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setAccelerator(KeyCombination.keyCombination(shortcut));
        item.setOnAction(event -> action.run());
        return item;
    }

    private static Button button(String text, String tooltip, Runnable action) {
        Button button = new Button(text);
        button.setTooltip(new Tooltip(tooltip));
        button.setOnAction(event -> action.run());
        return button;
    }
}
