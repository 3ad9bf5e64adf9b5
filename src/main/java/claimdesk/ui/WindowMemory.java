package claimdesk.ui;

import claimdesk.model.Article;
import claimdesk.model.WindowLayout;
import claimdesk.store.PreferencesStore;
import java.io.IOException;
import java.util.Arrays;
import java.util.OptionalLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.stage.Stage;

/**
 * What the window keeps for the next start: its size, whether it was maximised, its dividers, and the article last
 * open in this ledger ({@code location}, as {@link claimdesk.store.LedgerStore#location} gives it). FX thread only.
 */
final class WindowMemory {

    private static final Logger LOG = Logger.getLogger(WindowMemory.class.getName());

    private final PreferencesStore prefs;
    private final String location;

    WindowMemory(PreferencesStore prefs, String location) {
        this.prefs = prefs;
        this.location = location;
    }

    WindowLayout layout() {
        return prefs.windowLayout();
    }

    /** The article open when this ledger was last closed; may since have been deleted. Any thread. */
    OptionalLong lastArticle() {
        return prefs.lastArticle(location);
    }

    /** Keeps the window's size, its dividers and the open article; never stops a close. */
    void remember(Stage stage, SplitPane panes, Article open) {
        try {
            Scene scene = stage.getScene();
            if (scene != null && panes != null) {
                double[] dividers = panes.getDividerPositions();
                // A maximised window keeps the size it had before, so un-maximising next time restores it.
                WindowLayout saved = prefs.windowLayout();
                double width = stage.isMaximized() ? saved.width() : scene.getWidth();
                double height = stage.isMaximized() ? saved.height() : scene.getHeight();
                prefs.saveWindowLayout(new WindowLayout(width, height, stage.isMaximized(),
                        Arrays.stream(dividers).boxed().toList()));
            }
            if (open != null) {
                prefs.saveLastArticle(location, open.id());
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "The window layout was not saved", e);
        }
    }
}
