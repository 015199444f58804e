package org.journeycanvas.ui.importing;

import java.util.List;
import org.journeycanvas.importing.MapChange;
import org.journeycanvas.io.table.Table;
import org.journeycanvas.model.JourneyMap;

/** What reading a file to import gave, which decides the next step. */
sealed interface ImportSource {
    /** An Excel export of the open map: its changes, to accept one by one. */
    record Changes(String fileName, List<MapChange> changes) implements ImportSource {
        public Changes {
            changes = List.copyOf(changes);
        }
    }

    /** A table, for the mapping step. */
    record Tabular(TableSource source, Table table) implements ImportSource {}

    /** A Mermaid user journey, already a map. */
    record Mermaid(String fileName, JourneyMap map) implements ImportSource {}
}
