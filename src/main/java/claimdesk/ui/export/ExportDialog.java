package claimdesk.ui.export;

import claimdesk.model.Article;
import claimdesk.ui.FxDialogs;
import java.io.File;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.web.WebEngine;
import javafx.scene.web.WebView;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * File › Export report…: the filter on the left, the report as it will look on the right, the destination and the
 * Export button below. After an export a link opens the file in the system's viewer. The window is modal to the
 * main window, so the article that "Only the open article" names cannot change while the reviewer looks at it.
 */
public final class ExportDialog {

    private final ExportViewModel model;
    private final Stage stage = new Stage();
    private final Consumer<Path> opener;

    private ExportDialog(Window owner, ExportViewModel model, ObjectProperty<Article> openArticle) {
        this.model = model;
        this.opener = new SystemViewer(message -> new FxDialogs(stage).showError("Cannot open the report", message));
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle("Export report");
        ScrollPane filters = new ScrollPane(new ExportFilterPane(model, openArticle));
        filters.setFitToWidth(true);
        filters.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        BorderPane root = new BorderPane(preview(), null, null, destinationBar(), filters);
        root.setPadding(new Insets(10));
        BorderPane.setMargin(filters, new Insets(0, 10, 0, 0));
        Scene scene = new Scene(root, 1120, 740);
        scene.getStylesheets().add(ExportDialog.class.getResource("ExportDialog.css").toExternalForm());
        scene.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                stage.close();
            }
        });
        stage.setScene(scene);
        stage.setOnHidden(event -> model.close());
    }

    /** Opens the dialog above {@code owner}; {@code openArticle} names the article the filter may narrow to. */
    public static ExportDialog show(Window owner, ExportViewModel model, ObjectProperty<Article> openArticle) {
        ExportDialog dialog = new ExportDialog(owner, model, openArticle);
        dialog.stage.show();
        return dialog;
    }

    private VBox preview() {
        Label count = new Label();
        count.setId("exportCount");
        count.getStyleClass().add("export-heading");
        count.textProperty().bind(Bindings.createStringBinding(() -> model.problemProperty().get().isEmpty()
                ? "Preview \u2014 " + model.matchCountProperty().get()
                        + (model.matchCountProperty().get() == 1 ? " claim matches" : " claims match")
                : model.problemProperty().get(), model.matchCountProperty(), model.problemProperty()));
        WebView web = new WebView();
        web.setId("exportPreview");
        web.setContextMenuEnabled(false);
        WebEngine engine = web.getEngine();
        // The preview shows our own escaped HTML; no script should ever run in it, even one we failed to escape.
        engine.setJavaScriptEnabled(false);
        engine.loadContent(model.previewHtmlProperty().get());
        model.previewHtmlProperty().addListener((obs, old, html) -> engine.loadContent(html));
        // A click on an article link would leave the preview for the web; the app works offline, so stay put.
        engine.locationProperty().addListener((obs, old, location) -> {
            if (location != null && !location.isEmpty()) {
                Platform.runLater(() -> engine.loadContent(model.previewHtmlProperty().get()));
            }
        });
        VBox.setVgrow(web, Priority.ALWAYS);
        VBox box = new VBox(6, count, web);
        box.getStyleClass().add("export-preview");
        return box;
    }

    private VBox destinationBar() {
        TextField destination = new TextField();
        destination.setId("exportDestination");
        destination.textProperty().bindBidirectional(model.destinationProperty());
        HBox.setHgrow(destination, Priority.ALWAYS);
        Button browse = new Button("Browse\u2026");
        browse.setId("exportBrowse");
        browse.setOnAction(event -> chooseDestination());
        Button export = new Button("Export");
        export.setId("exportButton");
        export.setDefaultButton(true);
        export.disableProperty().bind(model.canExportProperty().not());
        export.setOnAction(event -> model.export());
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(22, 22);
        progress.visibleProperty().bind(model.exportingProperty());
        Button close = new Button("Close");
        close.setCancelButton(true);
        close.setOnAction(event -> stage.close());
        HBox row = new HBox(8, new Label("Save to"), destination, browse, progress, export, close);
        row.setAlignment(Pos.CENTER_LEFT);

        Hyperlink open = new Hyperlink();
        open.setId("exportOpenLink");
        open.textProperty().bind(Bindings.createStringBinding(() -> model.writtenFileProperty().get() == null ? ""
                : "Open " + model.writtenFileProperty().get().getFileName(), model.writtenFileProperty()));
        open.visibleProperty().bind(model.writtenFileProperty().isNotNull());
        open.setOnAction(event -> opener.accept(model.writtenFileProperty().get()));
        VBox bar = new VBox(4, row, open);
        bar.setPadding(new Insets(10, 0, 0, 0));
        return bar;
    }

    /** The chooser lives here, not in {@code Dialogs}: the view model only ever sees the chosen path as text. */
    private void chooseDestination() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export the report to");
        Path current = Path.of(model.destinationProperty().get().strip()).toAbsolutePath();
        if (current.getParent() != null && current.getParent().toFile().isDirectory()) {
            chooser.setInitialDirectory(current.getParent().toFile());
        }
        chooser.setInitialFileName(current.getFileName() == null ? "" : current.getFileName().toString());
        String suffix = model.formatProperty().get().suffix();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(suffix.substring(1).toUpperCase()
                + " files", "*" + suffix));
        File chosen = chooser.showSaveDialog(stage);
        if (chosen != null) {
            model.destinationChosen(chosen.toPath());
        }
    }

    Stage stage() {
        return stage;
    }
}
