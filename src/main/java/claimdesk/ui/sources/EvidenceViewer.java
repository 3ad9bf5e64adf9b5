package claimdesk.ui.sources;

import java.io.IOException;
import java.nio.file.Path;

/** Shows evidence: text in the app, other files in the system's viewer. Tests record the calls instead. */
public interface EvidenceViewer {

    /** Shows {@code text} read-only with {@code [start, end)} selected (an empty range selects nothing); FX thread. */
    void showText(String title, String text, int start, int end);

    /**
     * Opens a plain copy of an evidence file (see {@code EvidenceCopies}) with the desktop's viewer for its type.
     * Called off the FX thread.
     */
    void openFile(Path file, String originalName) throws IOException;
}
