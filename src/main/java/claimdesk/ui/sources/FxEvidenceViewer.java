package claimdesk.ui.sources;

import java.io.IOException;
import java.nio.file.Files;
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
        window.show();
        if (start < end && end <= text.length()) {
            area.selectRange(start, end);
        }
    }

    /**
     * Opens a read-only copy named like the original: viewers pick the type by the name, and the stored evidence
     * (named by its hash) must not be changed by whatever program the desktop chooses.
     */
    @Override
    public void openFile(Path stored, String originalName) throws IOException {
        Path folder = Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir"), "claimdesk-evidence",
                stored.getFileName().toString()));
        Path file = folder.resolve(Path.of(originalName).getFileName().toString());
        // The folder is named by the content hash, so a copy already there has the same bytes.
        if (!Files.exists(file)) {
            Files.copy(stored, file);
            file.toFile().setReadOnly();
        }
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
