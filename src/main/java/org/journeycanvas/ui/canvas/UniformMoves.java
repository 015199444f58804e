package org.journeycanvas.ui.canvas;

import java.util.List;
import org.journeycanvas.layout.LaneRow;
import org.journeycanvas.layout.MapGeometry;
import org.journeycanvas.layout.PersonaBand;
import org.journeycanvas.layout.Rect;
import org.journeycanvas.model.MapIndex;

/**
 * Whether the part of a map's picture below a lane that grew or shrank moved as a whole: every lane and persona
 * below it the same as before (the same model objects, as an edit shares what it did not change), only lower or
 * higher by how much the lane grew.
 */
final class UniformMoves {
    private UniformMoves() {}

    /**
     * The move below the first lane of a persona's band that changed size, or null when anything below it changed
     * otherwise; {@code below} is the lane and all under it, for {@link ChangedAreas.Move#area()}.
     */
    static ChangedAreas.Move below(
            MapGeometry before,
            MapGeometry after,
            int personaIndex,
            MapIndex beforeIndex,
            MapIndex afterIndex,
            Rect below) {
        PersonaBand old = before.personas().get(personaIndex);
        PersonaBand now = after.personas().get(personaIndex);
        int resized = firstResized(old.lanes(), now.lanes());
        if (resized < 0) {
            return null;
        }
        Rect oldLane = old.lanes().get(resized).bounds();
        Rect newLane = now.lanes().get(resized).bounds();
        double by = newLane.height() - oldLane.height();
        // The persona's own look (its colour runs down its band) is the same, and so is every lane and persona below.
        boolean lanesFollow =
                ChangedAreas.sameOwnFields(beforeIndex.persona(old.personaId()), afterIndex.persona(now.personaId()))
                        && Double.compare(oldLane.y(), newLane.y()) == 0
                        && Double.compare(oldLane.x(), newLane.x()) == 0
                        && Double.compare(oldLane.width(), newLane.width()) == 0
                        && movedBy(old.lanes(), now.lanes(), resized + 1, by, beforeIndex, afterIndex)
                        && now.bounds().equals(grownBy(old.bounds(), by))
                        && personasBelowMovedBy(before, after, personaIndex + 1, by, beforeIndex, afterIndex)
                        && after.bounds().equals(grownBy(before.bounds(), by));
        return lanesFollow ? new ChangedAreas.Move(resized, oldLane.maxY(), by, below) : null;
    }

    private static int firstResized(List<LaneRow> old, List<LaneRow> now) {
        for (int k = 0; k < Math.min(old.size(), now.size()); k++) {
            if (!old.get(k).bounds().equals(now.get(k).bounds())) {
                return k;
            }
        }
        return -1;
    }

    private static boolean personasBelowMovedBy(
            MapGeometry before, MapGeometry after, int first, double by, MapIndex beforeIndex, MapIndex afterIndex) {
        for (int p = first; p < before.personas().size(); p++) {
            PersonaBand old = before.personas().get(p);
            PersonaBand now = after.personas().get(p);
            if (!old.personaId().equals(now.personaId())
                    || !now.bounds().equals(old.bounds().movedDown(by))
                    || !now.header().equals(old.header().movedDown(by))
                    || !ChangedAreas.sameOwnFields(
                            beforeIndex.persona(old.personaId()), afterIndex.persona(now.personaId()))
                    || old.lanes().size() != now.lanes().size()
                    || !movedBy(old.lanes(), now.lanes(), 0, by, beforeIndex, afterIndex)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the lanes from {@code first} on are the same lanes as before, moved down by {@code by}. */
    private static boolean movedBy(
            List<LaneRow> old, List<LaneRow> now, int first, double by, MapIndex beforeIndex, MapIndex afterIndex) {
        if (old.size() != now.size()) {
            return false;
        }
        for (int k = first; k < old.size(); k++) {
            LaneRow oldLane = old.get(k);
            LaneRow newLane = now.get(k);
            if (!oldLane.laneId().equals(newLane.laneId())
                    || oldLane.collapsed() != newLane.collapsed()
                    || oldLane.curves() != newLane.curves()
                    || beforeIndex.lane(oldLane.laneId()) != afterIndex.lane(newLane.laneId())
                    || !newLane.bounds().equals(oldLane.bounds().movedDown(by))) {
                return false;
            }
        }
        return true;
    }

    private static Rect grownBy(Rect bounds, double by) {
        return new Rect(bounds.x(), bounds.y(), bounds.width(), bounds.height() + by);
    }
}
