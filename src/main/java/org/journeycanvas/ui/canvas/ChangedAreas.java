package org.journeycanvas.ui.canvas;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.journeycanvas.layout.CardBox;
import org.journeycanvas.layout.ConnectorRoute;
import org.journeycanvas.layout.LaneRow;
import org.journeycanvas.layout.MapGeometry;
import org.journeycanvas.layout.PersonaBand;
import org.journeycanvas.layout.Rect;
import org.journeycanvas.layout.StageColumn;
import org.journeycanvas.model.Card;
import org.journeycanvas.model.MapIndex;
import org.journeycanvas.model.Persona;

/**
 * Where the picture of a map differs after an edit, so the canvas paints only those tiles again: the parts of the
 * lanes whose layout or cards changed ({@link LaneParts}: the cells, and the strip a lane grew or shrank by), the
 * connectors that moved or changed, and the stage headers when their strips did.
 * A lane that grows or shrinks moves everything below it: when nothing below changed but its place, the picture
 * below moved as a whole ({@link Move}), which the canvas follows by moving tiles, else all of it changes.
 * Anything else that moves the rest of the map (a stage added, a persona's header, the map's width) changes
 * everything.
 * Models are compared by identity: an edit replaces what it changes and shares the rest, so an untouched card is
 * the same object, and a replaced one that happens to be equal is only painted again.
 */
final class ChangedAreas {
    private ChangedAreas() {}

    /**
     * What changed in a map's picture: areas of the new layout to paint again, and what moved as a whole, if
     * anything.
     */
    record Changes(List<Rect> areas, Move move) {
        Changes {
            areas = List.copyOf(areas);
        }

        /** The areas to paint again where the move is not followed by moving pixels: the moved area too. */
        List<Rect> withoutMoving() {
            if (move == null) {
                return areas;
            }
            List<Rect> all = new ArrayList<>(areas);
            all.add(move.area());
            return all;
        }
    }

    /**
     * The lane at {@code lane} in its persona's band grew or shrank by {@code by}, and the picture from its old
     * bottom ({@code from}) down moved with it, unchanged. {@code area} is the lane and everything below it, old
     * and new: what is painted again when the move is not followed by moving pixels.
     */
    record Move(int lane, double from, double by, Rect area) {}

    /** What may differ, or null when everything may. */
    static Changes between(MapGeometry before, MapIndex beforeIndex, MapGeometry after, MapIndex afterIndex) {
        Rect oldBounds = before.bounds();
        Rect newBounds = after.bounds();
        if (Double.compare(oldBounds.x(), newBounds.x()) != 0
                || Double.compare(oldBounds.y(), newBounds.y()) != 0
                || Double.compare(oldBounds.width(), newBounds.width()) != 0
                || !before.style().equals(after.style())
                || !sameStagesAboveTheBottom(before.stages(), after.stages())
                || before.personas().size() != after.personas().size()
                || before.stages().stream()
                        .anyMatch(stage -> beforeIndex.stage(stage.stageId()) != afterIndex.stage(stage.stageId()))) {
            return null;
        }
        List<Rect> areas = new ArrayList<>();
        if (!before.strips().equals(after.strips())) {
            Rect bounds = after.bounds();
            areas.add(new Rect(bounds.x(), bounds.y(), bounds.width(), after.headerHeight() - bounds.y()));
        }
        Set<String> changedCards = new HashSet<>();
        for (int i = 0; i < before.personas().size(); i++) {
            PersonaBand old = before.personas().get(i);
            PersonaBand now = after.personas().get(i);
            if (!old.personaId().equals(now.personaId())
                    || old.lanes().size() != now.lanes().size()) {
                return null;
            }
            if (!old.bounds().equals(now.bounds()) || !old.header().equals(now.header())) {
                Double movedFrom = firstMoved(old, now);
                if (movedFrom == null) {
                    return null;
                }
                // A lane grew or shrank: it and all below it moved, the map's width and everything above stayed.
                double bottom = Math.max(oldBounds.maxY(), newBounds.maxY());
                Rect below = new Rect(newBounds.x(), movedFrom, newBounds.width(), bottom - movedFrom);
                addChangedAbove(old, now, beforeIndex, afterIndex, changedCards, areas);
                Move move = UniformMoves.below(before, after, i, beforeIndex, afterIndex, below);
                if (move == null) {
                    areas.add(below);
                } else {
                    LaneRow oldLane = old.lanes().get(move.lane());
                    LaneRow newLane = now.lanes().get(move.lane());
                    collectChangedCards(newLane, beforeIndex, afterIndex, changedCards);
                    LaneParts.addChanged(oldLane, newLane, beforeIndex, afterIndex, areas);
                }
                addChangedConnectors(before, beforeIndex, after, afterIndex, changedCards, areas, move);
                return new Changes(areas, move);
            }
            if (!sameOwnFields(beforeIndex.persona(old.personaId()), afterIndex.persona(now.personaId()))) {
                areas.add(now.bounds());
                continue;
            }
            for (int k = 0; k < old.lanes().size(); k++) {
                LaneRow oldLane = old.lanes().get(k);
                LaneRow newLane = now.lanes().get(k);
                if (!oldLane.bounds().equals(newLane.bounds())) {
                    return null;
                }
                addIfChanged(oldLane, newLane, beforeIndex, afterIndex, changedCards, areas);
            }
        }
        if (!oldBounds.equals(newBounds)) {
            return null;
        }
        addChangedConnectors(before, beforeIndex, after, afterIndex, changedCards, areas, null);
        return new Changes(areas, null);
    }

    /**
     * A lane whose cards or layout changed, in place: its changed parts ({@link LaneParts}), and its changed cards
     * for their connectors.
     */
    private static void addIfChanged(
            LaneRow oldLane,
            LaneRow newLane,
            MapIndex beforeIndex,
            MapIndex afterIndex,
            Set<String> changedCards,
            List<Rect> areas) {
        // A lane holds its cards: the same lane object has the same cards, and most lanes are untouched.
        if (beforeIndex.lane(oldLane.laneId()) != afterIndex.lane(newLane.laneId())) {
            collectChangedCards(newLane, beforeIndex, afterIndex, changedCards);
            LaneParts.addChanged(oldLane, newLane, beforeIndex, afterIndex, areas);
        } else if (oldLane != newLane && !oldLane.equals(newLane)) {
            areas.add(newLane.bounds());
        }
    }

    /**
     * Where a persona's band first differs, when only its lanes' heights changed: the top of the first lane that
     * moved or changed size; null if anything else changed (its top, its header, its lanes' order).
     */
    private static Double firstMoved(PersonaBand old, PersonaBand now) {
        if (Double.compare(old.bounds().y(), now.bounds().y()) != 0
                || Double.compare(old.bounds().x(), now.bounds().x()) != 0
                || Double.compare(old.bounds().width(), now.bounds().width()) != 0
                || !old.header().equals(now.header())) {
            return null;
        }
        for (int k = 0; k < old.lanes().size(); k++) {
            LaneRow oldLane = old.lanes().get(k);
            LaneRow newLane = now.lanes().get(k);
            if (!oldLane.laneId().equals(newLane.laneId())) {
                return null;
            }
            if (!oldLane.bounds().equals(newLane.bounds())) {
                return Math.min(oldLane.bounds().y(), newLane.bounds().y());
            }
        }
        return null;
    }

    /** A moved persona's header if its own fields changed, and its lanes above the first that moved. */
    private static void addChangedAbove(
            PersonaBand old,
            PersonaBand now,
            MapIndex beforeIndex,
            MapIndex afterIndex,
            Set<String> changedCards,
            List<Rect> areas) {
        if (!sameOwnFields(beforeIndex.persona(old.personaId()), afterIndex.persona(now.personaId()))) {
            areas.add(now.header());
        }
        for (int k = 0; k < old.lanes().size(); k++) {
            LaneRow oldLane = old.lanes().get(k);
            LaneRow newLane = now.lanes().get(k);
            if (!oldLane.bounds().equals(newLane.bounds())) {
                return;
            }
            addIfChanged(oldLane, newLane, beforeIndex, afterIndex, changedCards, areas);
        }
    }

    private static void collectChangedCards(
            LaneRow lane, MapIndex beforeIndex, MapIndex afterIndex, Set<String> changedCards) {
        for (CardBox box : lane.cardsById().values()) {
            Card now = afterIndex.card(box.cardId());
            if (beforeIndex.card(box.cardId()) != now) {
                changedCards.add(box.cardId());
            }
        }
    }

    /**
     * Connectors that are new, gone, routed otherwise, edited, or end at a changed card: old and new place (and,
     * with a move, the old place moved, where moved pixels still show it). A connector wholly below a move that
     * moved with it is unchanged.
     */
    private static void addChangedConnectors(
            MapGeometry before,
            MapIndex beforeIndex,
            MapGeometry after,
            MapIndex afterIndex,
            Set<String> changedCards,
            List<Rect> areas,
            Move move) {
        Map<String, ConnectorRoute> oldRoutes = new HashMap<>();
        before.connectors().forEach(route -> oldRoutes.put(route.connectorId(), route));
        for (ConnectorRoute route : after.connectors()) {
            ConnectorRoute old = oldRoutes.remove(route.connectorId());
            boolean changed = !Objects.equals(old == null ? null : movedAlong(old, move), route)
                    || beforeIndex.connector(route.connectorId()) != afterIndex.connector(route.connectorId())
                    || changedCards.contains(route.fromCardId())
                    || changedCards.contains(route.toCardId());
            if (changed) {
                areas.add(route.bounds());
                if (old != null) {
                    addOldPlace(old.bounds(), move, areas);
                }
            }
        }
        oldRoutes.values().forEach(gone -> addOldPlace(gone.bounds(), move, areas));
    }

    private static void addOldPlace(Rect old, Move move, List<Rect> areas) {
        areas.add(old);
        if (move != null) {
            areas.add(old.movedDown(move.by()));
        }
    }

    /** Where a route would be had the move carried it: moved when it lies wholly below the move's start. */
    private static ConnectorRoute movedAlong(ConnectorRoute route, Move move) {
        if (move == null || route.bounds().y() < move.from()) {
            return route;
        }
        return new ConnectorRoute(
                route.connectorId(),
                route.fromCardId(),
                route.toCardId(),
                route.points().stream().map(point -> point.movedDown(move.by())).toList(),
                route.labelLines(),
                route.labelBounds() == null ? null : route.labelBounds().movedDown(move.by()));
    }

    /** The same stage columns, but for how far down they reach (which follows the map's height). */
    private static boolean sameStagesAboveTheBottom(List<StageColumn> before, List<StageColumn> after) {
        if (before.size() != after.size()) {
            return false;
        }
        for (int i = 0; i < before.size(); i++) {
            StageColumn old = before.get(i);
            StageColumn now = after.get(i);
            if (!old.stageId().equals(now.stageId())
                    || old.index() != now.index()
                    || !old.header().equals(now.header())
                    || !old.nameLines().equals(now.nameLines())
                    || Double.compare(old.column().x(), now.column().x()) != 0
                    || Double.compare(old.column().y(), now.column().y()) != 0
                    || Double.compare(old.column().width(), now.column().width()) != 0) {
                return false;
            }
        }
        return true;
    }

    /** A persona's own look, not its lanes (which are compared one by one). */
    static boolean sameOwnFields(Persona old, Persona now) {
        return old == now
                || old != null
                        && now != null
                        && old.name().equals(now.name())
                        && old.role().equals(now.role())
                        && old.quote().equals(now.quote())
                        && old.description().equals(now.description())
                        && old.goals().equals(now.goals())
                        && Objects.equals(old.color(), now.color())
                        && Objects.equals(old.photo(), now.photo());
    }
}
