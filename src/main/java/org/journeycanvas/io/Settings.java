package org.journeycanvas.io;

import java.util.ArrayList;
import java.util.List;

/** What the app remembers between runs: recently opened maps and the theme. */
public record Settings(List<String> recentFiles, String theme) {
    public static final int MAX_RECENT_FILES = 10;
    public static final Settings DEFAULT = new Settings(List.of(), "LIGHT");

    public Settings {
        recentFiles = List.copyOf(recentFiles);
    }

    /** With a file moved to the top of the recent files. */
    public Settings withRecentFile(String file) {
        List<String> files = new ArrayList<>(recentFiles);
        files.remove(file);
        files.add(0, file);
        return new Settings(files.subList(0, Math.min(MAX_RECENT_FILES, files.size())), theme);
    }

    public Settings withoutRecentFile(String file) {
        List<String> files = new ArrayList<>(recentFiles);
        files.remove(file);
        return new Settings(files, theme);
    }

    public Settings withTheme(String newTheme) {
        return new Settings(recentFiles, newTheme);
    }
}
