package claimdesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import claimdesk.model.ReviewerPrefs;
import claimdesk.model.WindowLayout;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
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

    @Test
    void theWindowLayoutAndEachLedgersLastArticleAreReadBack() throws Exception {
        PreferencesStore prefs = new PreferencesStore(home.resolve("settings.properties"));
        assertEquals(WindowLayout.DEFAULT, prefs.windowLayout());
        assertEquals(OptionalLong.empty(), prefs.lastArticle(home.resolve("desk")));

        prefs.saveReviewer(new ReviewerPrefs("Amina Rahimi", "Kabul Fact Desk"));
        prefs.saveWindowLayout(new WindowLayout(1500, 900, true, List.of(0.25, 0.6)));
        prefs.saveLastArticle(home.resolve("desk"), 4);
        prefs.saveLastArticle(home.resolve("other"), 2);

        assertEquals(new WindowLayout(1500, 900, true, List.of(0.25, 0.6)), prefs.windowLayout());
        assertEquals(OptionalLong.of(4), prefs.lastArticle(home.resolve("desk")));
        assertEquals(OptionalLong.of(2), prefs.lastArticle(home.resolve("other")));
        assertEquals("Amina Rahimi", prefs.reviewer().name(), "saving one setting keeps the others");
        assertFalse(Files.readString(home.resolve("settings.properties")).contains(home.toString()),
                "the settings name no ledger folder");
    }

    @Test
    void aLayoutNoWindowCouldHaveGivesTheDefaults() throws Exception {
        Path file = home.resolve("settings.properties");
        PreferencesStore prefs = new PreferencesStore(file);

        Files.writeString(file, "window.width=12\nwindow.height=800\nwindow.dividers=0.7,0.2\n");
        assertEquals(WindowLayout.DEFAULT, prefs.windowLayout());
        Files.writeString(file, "window.width=wide\nwindow.dividers=x\n");
        assertEquals(WindowLayout.DEFAULT, prefs.windowLayout());
    }

    @Test
    void theSecondReviewerIsNotRequiredUntilChosen() throws Exception {
        PreferencesStore prefs = new PreferencesStore(home.resolve("settings.properties"));
        assertEquals(false, prefs.secondReviewRequired(), "one person alone is not held up by default");

        prefs.saveSecondReviewRequired(true);

        assertEquals(true, new PreferencesStore(home.resolve("settings.properties")).secondReviewRequired());
    }
}
