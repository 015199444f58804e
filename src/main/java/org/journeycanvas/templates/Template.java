package org.journeycanvas.templates;

import java.nio.file.Path;

/**
 * A template in the catalog: its id (what {@code new --template} takes), its name and one-line description
 * (the map's title and description), and where it comes from.
 *
 * @param userFile the file of one of the user's own templates; null for a bundled one
 */
public record Template(String id, String name, String description, Path userFile) {
    public boolean isBundled() {
        return userFile == null;
    }
}
