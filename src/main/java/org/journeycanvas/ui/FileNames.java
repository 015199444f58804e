package org.journeycanvas.ui;

/** File names suggested from texts the user wrote (a map's title), for the save and export dialogs. */
public final class FileNames {
    private FileNames() {}

    /** The text with the characters file systems refuse in a name replaced by spaces, stripped; may be empty. */
    public static String cleaned(String text) {
        return text.replaceAll("[\\\\/:*?\"<>|]", " ").strip();
    }
}
