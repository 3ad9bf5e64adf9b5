package claimdesk.store;

import claimdesk.model.ReviewerPrefs;
import claimdesk.model.Sha256;
import claimdesk.model.WindowLayout;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Properties;
import java.util.function.Consumer;
import java.util.stream.Collectors;

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

    /** Whether the person has ever saved a reviewer name; until then the OS user name stands in for it. */
    public boolean reviewerChosen() {
        String name = load().getProperty("reviewer.name");
        return name != null && !name.isBlank();
    }

    public void saveReviewer(ReviewerPrefs prefs) throws IOException {
        save(properties -> {
            properties.setProperty("reviewer.name", prefs.name());
            properties.setProperty("reviewer.organisation", prefs.organisation());
        });
    }

    /**
     * Whether claims in a ledger in a folder need a second reviewer before they are Verified
     * ({@link LedgerStore#requireSecondReview}); off unless chosen, so one person working alone is not held up.
     * A desk asks for second reviews whatever this says.
     */
    public boolean secondReviewRequired() {
        return Boolean.parseBoolean(load().getProperty("review.secondReviewerRequired"));
    }

    public void saveSecondReviewRequired(boolean required) throws IOException {
        save(properties -> properties.setProperty("review.secondReviewerRequired", Boolean.toString(required)));
    }

    /** The main window as it was left; the defaults when it was never saved or the values are unreadable. */
    public WindowLayout windowLayout() {
        Properties properties = load();
        try {
            List<Double> dividers = Arrays.stream(properties.getProperty("window.dividers", "").split(","))
                    .filter(part -> !part.isBlank()).map(Double::valueOf).toList();
            return new WindowLayout(Double.parseDouble(properties.getProperty("window.width", "0")),
                    Double.parseDouble(properties.getProperty("window.height", "0")),
                    Boolean.parseBoolean(properties.getProperty("window.maximized")), dividers);
        } catch (NumberFormatException e) {
            return WindowLayout.DEFAULT;
        }
    }

    public void saveWindowLayout(WindowLayout layout) throws IOException {
        save(properties -> {
            properties.setProperty("window.width", Double.toString(layout.width()));
            properties.setProperty("window.height", Double.toString(layout.height()));
            properties.setProperty("window.maximized", Boolean.toString(layout.maximized()));
            properties.setProperty("window.dividers", layout.dividers().stream().map(String::valueOf)
                    .collect(Collectors.joining(",")));
        });
    }

    /** The article last open in the ledger at {@code ledgerFolder}; each ledger remembers its own. */
    public OptionalLong lastArticle(Path ledgerFolder) {
        return lastArticle(ledgerFolder.toAbsolutePath().normalize().toString());
    }

    /** The last article open in the ledger at {@code location} ({@link LedgerStore#location}). */
    public OptionalLong lastArticle(String location) {
        String value = load().getProperty(lastArticleKey(location));
        try {
            return value == null ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(value));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    public void saveLastArticle(Path ledgerFolder, long articleId) throws IOException {
        saveLastArticle(ledgerFolder.toAbsolutePath().normalize().toString(), articleId);
    }

    public void saveLastArticle(String location, long articleId) throws IOException {
        save(properties -> properties.setProperty(lastArticleKey(location), Long.toString(articleId)));
    }

    // A hash of the location keeps the settings file free of paths and addresses, which may name a sensitive case.
    private static String lastArticleKey(String path) {
        return "ledger." + Sha256.hex(path.getBytes(StandardCharsets.UTF_8)).substring(0, 16) + ".lastArticle";
    }

    private void save(Consumer<Properties> change) throws IOException {
        Properties properties = load();
        change.accept(properties);
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
