package claimdesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import claimdesk.model.ReviewerPrefs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreferencesStoreTest {

    @TempDir
    Path home;

    @Test
    void savedReviewerIsReadBackFromTheXdgConfigFolder() throws Exception {
        PreferencesStore prefs = PreferencesStore.forUser(Map.of("XDG_CONFIG_HOME", home.resolve("cfg").toString()),
                home);

        prefs.saveReviewer(new ReviewerPrefs("Amina Rahimi", "Kabul Fact Desk"));

        assertEquals(new ReviewerPrefs("Amina Rahimi", "Kabul Fact Desk"), prefs.reviewer());
        assertEquals(true, Files.exists(home.resolve("cfg/claimdesk/settings.properties")));
    }

    @Test
    void missingOrDamagedSettingsGiveTheDefaults() throws Exception {
        PreferencesStore prefs = PreferencesStore.forUser(Map.of(), home);
        assertEquals(ReviewerPrefs.DEFAULT_ORGANISATION, prefs.reviewer().organisation());
        assertEquals(System.getProperty("user.name"), prefs.reviewer().name());

        Path file = home.resolve(".config/claimdesk/settings.properties");
        Files.createDirectories(file.getParent());
        Files.write(file, new byte[] {'r', 'e', 'v', 'i', 'e', 'w', 'e', 'r', '.', 'n', 'a', 'm', 'e', '=', '\\', 'u', 'Z'});
        assertEquals(ReviewerPrefs.DEFAULT_ORGANISATION, prefs.reviewer().organisation());
    }
}
