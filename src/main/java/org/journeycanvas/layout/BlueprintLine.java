package org.journeycanvas.layout;

import java.util.ArrayList;
import java.util.List;
import org.journeycanvas.model.BlueprintZone;

/**
 * One of a service blueprint's lines across a persona's band: where a lane of a deeper zone follows a lane of a
 * shallower one (a frontstage lane under the customer's, a backstage lane under the frontstage…), a line named
 * for the zone below it is drawn along the top of that lane. A persona without blueprint lanes has none.
 *
 * @param y the top of the lane below the line
 * @param zone the zone below the line, which names it
 */
public record BlueprintLine(double y, double fromX, double toX, BlueprintZone zone) {
    /** The lines of a persona's band, top to bottom. */
    public static List<BlueprintLine> in(PersonaBand band) {
        return in(band.lanes());
    }

    /** The lines between consecutive lanes of a band (all of it, or the lanes a slide shows), top to bottom. */
    public static List<BlueprintLine> in(List<LaneRow> lanes) {
        List<BlueprintLine> lines = new ArrayList<>();
        for (int i = 1; i < lanes.size(); i++) {
            LaneRow above = lanes.get(i - 1);
            LaneRow below = lanes.get(i);
            BlueprintZone zone = below.kind().zone();
            if (zone.compareTo(above.kind().zone()) > 0) {
                lines.add(new BlueprintLine(
                        below.bounds().y(), below.bounds().x(), below.bounds().maxX(), zone));
            }
        }
        return lines;
    }
}
