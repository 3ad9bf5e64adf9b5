package claimdesk.ui.sources;

import claimdesk.ui.EscapeCloses;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Shows evidence text in a read-only window of the app, and hands other files to the desktop's own viewer through
 * its opener command (xdg-open, open, start). We avoid java.awt.Desktop: Claimdesk loads no AWT (see ArchitectureTest).
 */
public final class FxEvidenceViewer implements EvidenceViewer {

    private final Window owner;

    public FxEvidenceViewer(Window owner) {
        this.owner = owner;
    }

    @Override
    public void showText(String title, String text, int start, int end) {
        TextArea area = new TextArea(text);
        area.setId("evidenceText");
        area.setEditable(false);
        area.setWrapText(true);
        BorderPane root = new BorderPane(area);
        root.setPadding(new Insets(8));
        Stage window = new Stage();
        window.initOwner(owner);
        window.setTitle(title + " \u2014 evidence text");
        window.setScene(new Scene(root, 720, 560));
        EscapeCloses.install(window).show();
        if (start < end && end <= text.length()) {
            area.selectRange(start, end);
        }
    }

    /** Hands {@code file}, already a private plain copy named like the original, to the desktop's opener. */
    @Override
    public void openFile(Path file, String originalName) throws IOException {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        List<String> command = os.contains("win") ? List.of("cmd", "/c", "start", "\"\"", file.toString())
                : os.contains("mac") ? List.of("open", file.toString()) : List.of("xdg-open", file.toString());
        try {
            new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
        } catch (IOException e) {
            throw new IOException("No viewer could be started (" + command.get(0) + "): " + e.getMessage()
                    + ". A copy is at " + file, e);
        }
    }
}
