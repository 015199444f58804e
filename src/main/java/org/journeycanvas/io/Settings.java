package org.journeycanvas.io;

import java.util.ArrayList;
import java.util.List;

/**
 * What the app remembers between runs: recently opened maps, the theme, and the last export's choices.
 *
 * @param exportFormat the last export format's file ending ({@code png}, {@code xlsx}, {@code pptx})
 * @param exportFolder the folder of the last export, or "" before the first
 * @param language the interface language's tag ({@code de}), or "" for the system's language
 */
public record Settings(
        List<String> recentFiles,
        String theme,
        String exportFormat,
        int exportScale,
        boolean exportTransparent,
        boolean exportPictures,
        String exportFolder,
        String language) {
    public static final int MAX_RECENT_FILES = 10;
    public static final Settings DEFAULT = new Settings(List.of(), "LIGHT", "png", 2, false, false, "", "");

    public Settings {
        recentFiles = List.copyOf(recentFiles);
        language = language == null ? "" : language;
    }

    /** Settings in the system's language. */
    public Settings(
            List<String> recentFiles,
            String theme,
            String exportFormat,
            int exportScale,
            boolean exportTransparent,
            boolean exportPictures,
            String exportFolder) {
        this(recentFiles, theme, exportFormat, exportScale, exportTransparent, exportPictures, exportFolder, "");
    }

    /** With a file moved to the top of the recent files. */
    public Settings withRecentFile(String file) {
        List<String> files = new ArrayList<>(recentFiles);
        files.remove(file);
        files.add(0, file);
        return new Settings(
                files.subList(0, Math.min(MAX_RECENT_FILES, files.size())),
                theme,
                exportFormat,
                exportScale,
                exportTransparent,
                exportPictures,
                exportFolder,
                language);
    }

    public Settings withoutRecentFile(String file) {
        List<String> files = new ArrayList<>(recentFiles);
        files.remove(file);
        return new Settings(
                files, theme, exportFormat, exportScale, exportTransparent, exportPictures, exportFolder, language);
    }

    public Settings withTheme(String newTheme) {
        return new Settings(
                recentFiles,
                newTheme,
                exportFormat,
                exportScale,
                exportTransparent,
                exportPictures,
                exportFolder,
                language);
    }

    public Settings withExport(String format, int scale, boolean transparent, boolean pictures, String folder) {
        return new Settings(recentFiles, theme, format, scale, transparent, pictures, folder, language);
    }

    /** With the interface language's tag ({@code de}), or "" for the system's language. */
    public Settings withLanguage(String newLanguage) {
        return new Settings(
                recentFiles,
                theme,
                exportFormat,
                exportScale,
                exportTransparent,
                exportPictures,
                exportFolder,
                newLanguage);
    }
}
