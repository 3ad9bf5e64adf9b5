package claimdesk.ui.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Opens a file with the program the desktop associates with it. We start the platform's opener ourselves because
 * {@code java.awt.Desktop} is off limits (see STYLE.md) and {@code HostServices} needs the {@code Application}
 * object, which the workbench does not hold. The opener runs detached; a failure is handed to {@code onFailure}.
 */
final class SystemViewer implements Consumer<Path> {

    private static final Logger LOG = Logger.getLogger(SystemViewer.class.getName());
    private final Consumer<String> onFailure;

    SystemViewer(Consumer<String> onFailure) {
        this.onFailure = onFailure;
    }

    @Override
    public void accept(Path file) {
        try {
            new ProcessBuilder(command(file)).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot open " + file, e);
            onFailure.accept("Cannot open " + file + ": " + e.getMessage());
        }
    }

    static List<String> command(Path file) {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String path = file.toAbsolutePath().toString();
        if (os.contains("win")) {
            // The empty string is the window title that "start" takes when its first argument is quoted.
            return List.of("cmd", "/c", "start", "", path);
        }
        return List.of(os.contains("mac") ? "open" : "xdg-open", path);
    }
}
