package claimdesk.store;

import claimdesk.model.ReviewerPrefs;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Properties;

/**
 * The user's settings, one small record per concern, kept in {@code settings.properties} of the user's config
 * folder ({@code $XDG_CONFIG_HOME/claimdesk}, else {@code ~/.config/claimdesk}): they belong to the person, not to
 * a ledger. A missing or unreadable file gives the defaults; saving writes a temp file and moves it into place.
 */
public final class PreferencesStore {

    private final Path file;

    public PreferencesStore(Path file) {
        this.file = file;
    }

    public static PreferencesStore forUser(Map<String, String> env, Path home) {
        String xdg = env.get("XDG_CONFIG_HOME");
        Path folder = xdg != null && !xdg.isBlank() ? Path.of(xdg, "claimdesk") : home.resolve(".config/claimdesk");
        return new PreferencesStore(folder.resolve("settings.properties"));
    }

    public static PreferencesStore forUser() {
        return forUser(System.getenv(), Path.of(System.getProperty("user.home")));
    }

    public ReviewerPrefs reviewer() {
        Properties properties = load();
        return new ReviewerPrefs(properties.getProperty("reviewer.name"),
                properties.getProperty("reviewer.organisation"));
    }

    public void saveReviewer(ReviewerPrefs prefs) throws IOException {
        Properties properties = load();
        properties.setProperty("reviewer.name", prefs.name());
        properties.setProperty("reviewer.organisation", prefs.organisation());
        Files.createDirectories(file.getParent());
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
            properties.store(out, "Claimdesk settings");
        }
        try {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private Properties load() {
        Properties properties = new Properties();
        if (Files.isReadable(file)) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(in);
            } catch (IOException | IllegalArgumentException e) {
                // A damaged settings file must not keep the app from starting: the defaults apply.
                return new Properties();
            }
        }
        return properties;
    }
}
