package org.journeycanvas.app;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The app's version. An installed copy reports its installer's: the launcher jpackage made passes that version
 * (the pom's without {@code -SNAPSHOT}) as a system property. Run any other way, the app reports the pom's version
 * as the build wrote it.
 */
public final class AppVersion {
    /** The system property jpackage's launcher sets to the version it was packaged with. */
    static final String LAUNCHER_PROPERTY = "jpackage.app-version";

    private static final String VERSION = of(System.getProperty(LAUNCHER_PROPERTY), builtVersion());

    private AppVersion() {}

    public static String get() {
        return VERSION;
    }

    static String of(String launcherVersion, String builtVersion) {
        return launcherVersion == null || launcherVersion.isBlank() ? builtVersion : launcherVersion;
    }

    static String builtVersion() {
        Properties properties = new Properties();
        try (InputStream in = AppVersion.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            return "unknown";
        }
        return properties.getProperty("version", "unknown");
    }
}
