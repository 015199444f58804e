package org.journeycanvas.layout;

import java.util.List;

/** A stage's header and its column down the whole map. */
public record StageColumn(String stageId, int index, Rect header, Rect column, List<String> nameLines) {
    public StageColumn {
        nameLines = List.copyOf(nameLines);
    }
}
