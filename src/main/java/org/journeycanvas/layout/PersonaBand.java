package org.journeycanvas.layout;

import java.util.List;

/** A persona's band: a header across the map (name, role, colour, photo) and the persona's lanes below it. */
public record PersonaBand(String personaId, Rect bounds, Rect header, List<LaneRow> lanes) {
    public PersonaBand {
        lanes = List.copyOf(lanes);
    }
}
