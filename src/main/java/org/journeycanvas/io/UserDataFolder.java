package org.journeycanvas.io;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Where the app keeps its own files (log, settings, recovery copies, the user's templates): the XDG data folder
 * on Linux, AppData on Windows, Application Support on macOS. Never beside the user's maps. The system
 * property {@code journeycanvas.dataDir} overrides it, which tests use.
 */
public final class UserDataFolder {
    public static final String OVERRIDE_PROPERTY = "journeycanvas.dataDir";

    private UserDataFolder() {}

    public static Path get() {
        String override = System.getProperty(OVERRIDE_PROPERTY);
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path home = Path.of(System.getProperty("user.home"));
        if (os.contains("win")) {
            String appData = System.getenv("APPDATA");
            return (appData != null ? Path.of(appData) : home.resolve("AppData").resolve("Roaming"))
                    .resolve("Journey Canvas");
        }
        if (os.contains("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("Journey Canvas");
        }
        String xdgData = System.getenv("XDG_DATA_HOME");
        Path base = xdgData != null && !xdgData.isBlank()
                ? Path.of(xdgData)
                : home.resolve(".local").resolve("share");
        return base.resolve("journey-canvas");
    }
}
