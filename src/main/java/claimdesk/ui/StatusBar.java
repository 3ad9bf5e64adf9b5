package claimdesk.ui;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/** The last message for the reviewer on the left; the running job and its progress on the right. */
final class StatusBar extends HBox {

    StatusBar(FxUiExecutor executor, Session session) {
        Label message = new Label();
        message.setId("statusMessage");
        message.textProperty().bind(session.statusMessageProperty());
        message.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(message, Priority.ALWAYS);
        Label job = new Label();
        job.textProperty().bind(executor.titleProperty());
        ProgressBar progress = new ProgressBar();
        progress.setPrefWidth(140);
        progress.progressProperty().bind(executor.progressProperty());
        progress.visibleProperty().bind(executor.runningProperty().greaterThan(0));
        job.visibleProperty().bind(progress.visibleProperty());
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(8);
        setPadding(new Insets(3, 8, 3, 8));
        getStyleClass().add("status-bar");
        getChildren().addAll(message, job, progress);
    }
}
