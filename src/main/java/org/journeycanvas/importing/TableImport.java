package org.journeycanvas.importing;

import java.util.List;
import org.journeycanvas.model.JourneyMap;

/**
 * What importing a table gives: the map built from its rows, the rows left out and why, and notes for the user
 * (the reader's, such as hidden rows skipped, and the importer's, such as which score scale it assumed).
 */
public record TableImport(JourneyMap map, List<SkippedRow> skipped, List<String> notes) {
    public TableImport {
        skipped = List.copyOf(skipped);
        notes = List.copyOf(notes);
    }

    /** What the map holds, as the preview counts it. */
    public record Summary(int personas, int stages, int lanes, int cards) {}

    public Summary summary() {
        int lanes = map.personas().stream()
                .mapToInt(persona -> persona.lanes().size())
                .sum();
        return new Summary(map.personas().size(), map.stages().size(), lanes, map.cardCount());
    }
}
