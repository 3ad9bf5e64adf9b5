package claimdesk.ui.ledger;

import claimdesk.model.Claim;
import claimdesk.model.ClaimStatus;
import claimdesk.model.Tags;
import claimdesk.model.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.animation.PauseTransition;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.util.Duration;
import org.controlsfx.control.textfield.TextFields;

/**
 * The selected claim's editable fields. Each edit is saved as soon as it is made: pickers at once, tags on Enter
 * or leaving the field, the note after a short pause in typing or on leaving the field.
 */
final class ClaimDetailView extends GridPane {

    private final LedgerViewModel viewModel;
    private final Label quote = new Label();
    private final Label figureLabel = new Label("Figure");
    private final Label figure = new Label();
    private final TextField tags = new TextField();
    private final TextField claimant = new TextField();
    private final ComboBox<Verdict> verdict = new ComboBox<>();
    /** Stands in for the verdict while a second reviewer must choose theirs without seeing it. */
    private final Label verdictHidden = new Label("Hidden until your second review");
    private final ComboBox<ClaimStatus> status = new ComboBox<>();
    private final TextArea note = new TextArea();
    private final PauseTransition notePause = new PauseTransition(Duration.millis(700));
    private final javafx.scene.layout.HBox statusRow;
    private Claim shown;
    private boolean filling;
    /** Set while a save conflict's outcome is shown: it replaces what is being typed, which the reviewer has seen. */
    private boolean replacing;

    ClaimDetailView(LedgerViewModel viewModel) {
        this.viewModel = viewModel;
        quote.setId("claimQuote");
        quote.setWrapText(true);
        quote.getStyleClass().add("claim-quote");
        // A long quote is cut after a few lines; the reader shows it whole.
        quote.setMaxHeight(72);
        quote.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        figure.setId("claimFigure");
        // Shown only for a claim made from a figure, so other claims keep the form as compact as before.
        for (Label part : List.of(figureLabel, figure)) {
            part.managedProperty().bind(part.visibleProperty());
        }
        tags.setId("tagsField");
        tags.setPromptText("figure, quote, attribution");
        claimant.setId("claimantField");
        claimant.setPromptText("Who made the claim; blank: the source named, else the outlet");
        verdict.setId("verdictChoice");
        verdict.getItems().setAll(Verdict.values());
        status.setId("statusChoice");
        status.getItems().setAll(ClaimStatus.values());
        note.setId("noteField");
        note.setWrapText(true);
        note.setPromptText("What was checked, and against what");
        Button delete = new Button("Delete claim\u2026");
        delete.setId("deleteClaimButton");
        delete.setOnAction(event -> viewModel.deleteSelected());
        Button history = new Button("History\u2026");
        history.setId("historyButton");
        history.setTooltip(new javafx.scene.control.Tooltip("Every change to this claim and its sources (Ctrl+Shift+H)"));
        history.setOnAction(event -> viewModel.showHistory());

        TextFields.bindAutoCompletion(tags, request -> suggestTags(request.getUserText()));
        tags.setOnAction(event -> saveTags());
        tags.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                saveTags();
            }
        });
        claimant.setOnAction(event -> saveClaimant());
        claimant.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                saveClaimant();
            }
        });
        verdict.valueProperty().addListener((obs, old, value) -> {
            if (!filling && value != null) {
                viewModel.setVerdict(value);
            }
        });
        status.valueProperty().addListener((obs, old, value) -> {
            if (!filling && value != null && !viewModel.setStatus(value)) {
                // Refused: show the status the claim kept, after this change event has finished.
                javafx.application.Platform.runLater(() -> fill(shown));
            }
        });
        note.textProperty().addListener((obs, old, text) -> {
            if (!filling) {
                notePause.playFromStart();
            }
        });
        notePause.setOnFinished(event -> saveNote());
        note.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                saveNote();
            }
        });

        viewModel.selectedClaimProperty().addListener((obs, old, claim) -> fill(claim));
        for (TextInputControl field : List.of(note, tags, claimant)) {
            field.textProperty().addListener((obs, old, text) -> markEdited());
        }
        viewModel.replacedProperty().addListener((obs, old, count) -> {
            replacing = true;
            try {
                fill(viewModel.selectedClaimProperty().get());
            } finally {
                replacing = false;
            }
        });

        javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        getColumnConstraints().addAll(labels, new javafx.scene.layout.ColumnConstraints());
        getColumnConstraints().get(1).setHgrow(Priority.ALWAYS);
        setHgap(8);
        setVgap(6);
        setPadding(new Insets(8));
        addRow(0, new Label("Quote"), quote);
        addRow(1, figureLabel, figure);
        addRow(2, new Label("Tags"), tags);
        addRow(3, new Label("Claimed by"), claimant);
        verdictHidden.setId("verdictHidden");
        verdictHidden.setVisible(false);
        verdictHidden.managedProperty().bind(verdictHidden.visibleProperty());
        verdict.managedProperty().bind(verdict.visibleProperty());
        addRow(4, new Label("Verdict"), new javafx.scene.layout.HBox(verdict, verdictHidden));
        // Delete sits beside the status, not on a row of its own, so the form fits at 1280x800 with a figure row.
        javafx.scene.layout.Region gap = new javafx.scene.layout.Region();
        javafx.scene.layout.HBox.setHgrow(gap, Priority.ALWAYS);
        statusRow = new javafx.scene.layout.HBox(8, status, gap, history, delete);
        addRow(5, new Label("Status"), statusRow);
        addRow(6, new Label("Note"), note);
        GridPane.setHgrow(quote, Priority.ALWAYS);
        GridPane.setVgrow(note, Priority.ALWAYS);
        fill(null);
    }

    /** Hides the verdict while {@code hidden} is true (a second review is blind). */
    void hideVerdictWhile(javafx.beans.value.ObservableBooleanValue hidden) {
        verdict.visibleProperty().bind(javafx.beans.binding.Bindings.not(hidden));
        verdictHidden.visibleProperty().bind(hidden);
    }

    /** Puts {@code control} right of the status picker (the second review's button). */
    void addBesideStatus(javafx.scene.Node control) {
        statusRow.getChildren().add(1, control);
    }

    private void fill(Claim claim) {
        boolean sameClaim = shown != null && claim != null && shown.id() == claim.id();
        if (!sameClaim) {
            saveNote();
        }
        filling = true;
        try {
            shown = claim;
            setDisable(claim == null);
            quote.setText(claim == null ? "Select a claim in the ledger or the text." : "\u201c" + claim.quote().exact() + "\u201d");
            boolean fromFigure = claim != null && claim.figure() != null;
            figureLabel.setVisible(fromFigure);
            figure.setVisible(fromFigure);
            figure.setText(fromFigure ? "\u201c" + claim.figure().text() + "\u201d, the figure this claim was made from"
                    : "");
            verdict.setValue(claim == null ? null : claim.verdict());
            status.setValue(claim == null ? null : claim.status());
            if (replacing || !(sameClaim && claimant.isFocused())) {
                claimant.setText(claim == null || claim.claimant() == null ? "" : claim.claimant());
            }
            if (replacing || !(sameClaim && tags.isFocused())) {
                tags.setText(claim == null ? "" : String.join(", ", claim.tags()));
            }
            // Keep what the reviewer is typing: a reload of the same claim must not overwrite the note field.
            if (replacing || !(sameClaim && note.isFocused())) {
                notePause.stop();
                note.setText(claim == null ? "" : claim.note());
            }
        } finally {
            filling = false;
        }
        markEdited();
    }

    /** Tells the view model whether a field holds typing not saved yet, so a desk reload leaves this claim alone. */
    private void markEdited() {
        viewModel.detailEditedProperty().set(shown != null && (!note.getText().equals(shown.note())
                || !Tags.parse(tags.getText()).equals(shown.tags())
                || !typedClaimant().equals(shown.claimant() == null ? "" : shown.claimant())));
    }

    private String typedClaimant() {
        return claimant.getText() == null ? "" : claimant.getText().strip();
    }

    private void saveNote() {
        notePause.stop();
        if (shown != null && !note.getText().equals(shown.note())) {
            viewModel.setNote(shown.id(), note.getText());
        }
    }

    private void saveClaimant() {
        String typed = typedClaimant();
        if (shown != null && !typed.equals(shown.claimant() == null ? "" : shown.claimant())) {
            viewModel.setClaimant(typed);
        }
    }

    private void saveTags() {
        if (shown != null && !Tags.parse(tags.getText()).equals(shown.tags())) {
            viewModel.setTags(tags.getText());
        }
    }

    /** Completes the tag being typed (the text after the last comma) from tags already in use. */
    private List<String> suggestTags(String typed) {
        int comma = typed.lastIndexOf(',');
        String done = comma < 0 ? "" : typed.substring(0, comma + 1) + " ";
        String partial = typed.substring(comma + 1).strip().toLowerCase(Locale.ROOT);
        List<String> suggestions = new ArrayList<>();
        if (partial.isEmpty()) {
            return suggestions;
        }
        for (String tag : viewModel.knownTags()) {
            if (tag.startsWith(partial) && !tag.equals(partial)) {
                suggestions.add(done + tag);
            }
        }
        return suggestions;
    }
}
