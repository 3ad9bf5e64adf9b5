package claimdesk.ui.sources;

import claimdesk.model.Source;
import claimdesk.model.Stance;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * The form for one citation: pick a source from the library or type a new one, then the stance and the passage that
 * matters. OK with a field the ledger would refuse (no title, an address that is not http or https) shows why under
 * the fields and keeps the dialog open with everything typed; an address typed without a scheme gets an offer to
 * put {@code https://} in front.
 */
final class SourceDialog {

    private static final Source NEW = Source.draft(null, "\u2014 new source \u2014", null, null, null, null);

    private final TextField url = field("sourceUrl");
    private final TextField title = field("sourceTitle");
    private final TextField publisher = field("sourcePublisher");
    private final TextField author = field("sourceAuthor");
    private final DatePicker published = new DatePicker();
    private final DatePicker accessed = new DatePicker();
    private final ComboBox<Stance> stance = new ComboBox<>();
    private final TextArea quote = new TextArea();
    private final Label problem = new Label();
    private final Button useHttps = new Button();
    private long sourceId;

    Optional<SourceForm> show(Window owner, String heading, SourceForm initial, List<Source> library) {
        published.setId("sourcePublished");
        accessed.setId("sourceAccessed");
        stance.setId("sourceStance");
        stance.getItems().setAll(Stance.values());
        quote.setId("sourceQuote");
        quote.setWrapText(true);
        quote.setPrefRowCount(3);
        quote.setPromptText("The passage of the source that matters for this claim");
        url.setPromptText("https://\u2026 (optional)");
        fill(initial);
        stance.setValue(initial.stance());
        quote.setText(initial.quote());

        List<Source> choices = new ArrayList<>();
        choices.add(NEW);
        choices.addAll(library);
        ComboBox<Source> pick = new ComboBox<>();
        pick.setId("sourceLibrary");
        pick.getItems().setAll(choices);
        pick.setConverter(new StringConverter<>() {
            @Override
            public String toString(Source source) {
                return source == null ? "" : source.title()
                        + (source.publisher() == null ? "" : " \u00b7 " + source.publisher());
            }

            @Override
            public Source fromString(String text) {
                return null;
            }
        });
        pick.setValue(library.stream().filter(s -> s.id() == initial.sourceId()).findFirst().orElse(NEW));
        pick.valueProperty().addListener((obs, old, chosen) -> fill(chosen == null || chosen == NEW
                ? new SourceForm(0, "", "", "", "", null, accessed.getValue(), null, "")
                : SourceForm.of(chosen, null, "")));
        pick.setMaxWidth(Double.MAX_VALUE);

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        grid.getColumnConstraints().addAll(labels, new ColumnConstraints());
        grid.addRow(0, new Label("From library"), pick);
        grid.addRow(1, new Label("Title"), title);
        grid.addRow(2, new Label("URL"), url);
        grid.addRow(3, new Label("Publisher"), publisher);
        grid.addRow(4, new Label("Author"), author);
        grid.addRow(5, new Label("Published"), published);
        grid.addRow(6, new Label("Accessed"), accessed);
        grid.addRow(7, new Label("Stance"), stance);
        grid.addRow(8, new Label("Quote"), quote);
        problem.setId("sourceProblem");
        // A dialog has a scene of its own, without the main window's stylesheet.
        problem.setStyle("-fx-text-fill: #b3261e;");
        problem.setWrapText(true);
        // Narrower than its text, so a long reason wraps onto a second line instead of being cut.
        problem.setPrefWidth(440);
        // The room is kept from the start: a dialog that grew when refusing would push its buttons off a small screen.
        problem.setMinHeight(40);
        useHttps.setId("useHttps");
        useHttps.setOnAction(event -> {
            String suggested = typed().suggestedUrl();
            if (suggested != null) {
                url.setText(suggested);
                showProblem(null);
            }
        });
        showProblem(null);
        grid.add(new VBox(4, problem, useHttps), 1, 9);
        title.setPrefColumnCount(40);

        Dialog<SourceForm> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(heading);
        dialog.setHeaderText(heading + ". Edits to the source's own details show on every claim that cites it.");
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(title.textProperty().isEmpty());
        dialog.getDialogPane().lookupButton(ButtonType.OK).addEventFilter(ActionEvent.ACTION, event -> {
            String refused = typed().problem();
            if (refused != null) {
                event.consume();
                showProblem(refused);
            }
        });
        dialog.setResultConverter(button -> button != ButtonType.OK ? null : typed());
        return dialog.showAndWait();
    }

    private SourceForm typed() {
        return new SourceForm(sourceId, url.getText(), title.getText(), publisher.getText(), author.getText(),
                published.getValue(), accessed.getValue(), stance.getValue() == null ? Stance.SUPPORTS
                : stance.getValue(), quote.getText());
    }

    /** Shows why the form was refused, with the https:// offer when the address lacks a scheme; null hides both. */
    private void showProblem(String refused) {
        String suggested = refused == null ? null : typed().suggestedUrl();
        problem.setText(refused == null ? "" : "Not saved yet: " + refused + ".");
        problem.setVisible(refused != null);
        useHttps.setText(suggested == null ? "Use https://" : "Use " + suggested);
        useHttps.setVisible(suggested != null);
    }

    /** Shows a source's own fields; the stance and quote belong to the claim and stay as they are. */
    private void fill(SourceForm form) {
        sourceId = form.sourceId();
        url.setText(form.url());
        title.setText(form.title());
        publisher.setText(form.publisher());
        author.setText(form.author());
        published.setValue(form.publishedOn());
        accessed.setValue(form.accessedOn());
    }

    private static TextField field(String id) {
        TextField field = new TextField();
        field.setId(id);
        return field;
    }
}
