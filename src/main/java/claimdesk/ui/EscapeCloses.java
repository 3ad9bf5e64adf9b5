package claimdesk.ui;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;

/** Escape closes a secondary window (Find, an evidence text), as it does a dialog. */
public final class EscapeCloses {

    private EscapeCloses() {
    }

    /** Installs the key on {@code window}'s scene; call after the scene is set. */
    public static Stage install(Stage window) {
        window.getScene().addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                event.consume();
                window.hide();
            }
        });
        return window;
    }
}
