package claimdesk.ui.reader;

import claimdesk.model.ArticleMetadata;
import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** Edits an article's headline, outlet, author, URL and publication date. OK stays disabled without a headline. */
public final class ArticleDetailsDialog {

    private ArticleDetailsDialog() {
    }

    public static Optional<ArticleMetadata> edit(Window owner, ArticleMetadata current) {
        TextField headline = field("detailsHeadline", current.headline());
        TextField outlet = field("detailsOutlet", current.outlet());
        TextField author = field("detailsAuthor", current.author());
        TextField url = field("detailsUrl", current.url());
        DatePicker date = new DatePicker(current.publishedOn());
        date.setId("detailsDate");

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label("Headline"), headline);
        grid.addRow(1, new Label("Outlet"), outlet);
        grid.addRow(2, new Label("Author"), author);
        grid.addRow(3, new Label("URL"), url);
        grid.addRow(4, new Label("Published"), date);
        headline.setPrefColumnCount(40);

        Dialog<ArticleMetadata> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Article details");
        dialog.setHeaderText("Details of this article, shown above its text and in reports.");
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty()
                .bind(headline.textProperty().isEmpty());
        dialog.setResultConverter(button -> button != ButtonType.OK ? null
                : new ArticleMetadata(headline.getText(), outlet.getText(), author.getText(), url.getText(),
                        date.getValue()));
        return dialog.showAndWait();
    }

    private static TextField field(String id, String value) {
        TextField field = new TextField(value == null ? "" : value);
        field.setId(id);
        return field;
    }
}
