package claimdesk.ui;

import javafx.application.Application;
import javafx.stage.Stage;

/** Placeholder shell: the workbench window is built in the next commit. */
public final class ClaimdeskApp extends Application {

    public static void launchWith(String[] args) {
        Application.launch(ClaimdeskApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("Claimdesk");
        stage.show();
    }
}
