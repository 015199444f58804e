package org.journeycanvas.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsLanguageTest {
    @TempDir
    Path folder;

    @Test
    void theLanguageIsKeptBetweenRuns() {
        SettingsStore store = new SettingsStore(folder);
        store.save(Settings.DEFAULT.withTheme("DARK").withLanguage("de"));

        Settings loaded = store.load();

        assertThat(loaded.language()).isEqualTo("de");
        assertThat(loaded.theme()).isEqualTo("DARK");
        assertThat(loaded.withRecentFile("a.journey").language()).isEqualTo("de");
    }

    @Test
    void settingsFromBeforeTheLanguageMeanTheSystemsLanguage() throws Exception {
        Files.writeString(folder.resolve("settings.json"), "{\"recentFiles\":[\"a.journey\"],\"theme\":\"DARK\"}");

        Settings loaded = new SettingsStore(folder).load();

        assertThat(loaded.language()).isEmpty();
        assertThat(loaded.theme()).isEqualTo("DARK");
        assertThat(loaded.recentFiles()).containsExactly("a.journey");
    }
}
