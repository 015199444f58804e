package org.journeycanvas.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where everything on a map is drawn, as computed by {@link MapLayout}; shared by screen, PNG and slides. The
 * connectors are those whose two cards are both laid out.
 *
 * @param strips the strips under the stage headers (funnel, health); the personas start at their bottom
 */
public record MapGeometry(
        Rect bounds,
        LayoutStyle style,
        List<StageColumn> stages,
        List<PersonaBand> personas,
        StageStrips strips,
        List<ConnectorRoute> connectors) {
    public MapGeometry {
        stages = List.copyOf(stages);
        personas = List.copyOf(personas);
        connectors = List.copyOf(connectors);
    }

    /** The geometry of a map without connectors or strips. */
    public MapGeometry(Rect bounds, LayoutStyle style, List<StageColumn> stages, List<PersonaBand> personas) {
        this(bounds, style, stages, personas, StageStrips.none(style), List.of());
    }

    /** The geometry of a map with strips under its stage headers and no connectors yet. */
    public MapGeometry(
            Rect bounds, LayoutStyle style, List<StageColumn> stages, List<PersonaBand> personas, StageStrips strips) {
        this(bounds, style, stages, personas, strips, List.of());
    }

    public MapGeometry withConnectors(List<ConnectorRoute> routes) {
        return new MapGeometry(bounds, style, stages, personas, strips, routes);
    }

    public Optional<ConnectorRoute> connector(String connectorId) {
        return connectors.stream()
                .filter(route -> route.connectorId().equals(connectorId))
                .findFirst();
    }

    /**
     * The connector whose line passes within {@code tolerance} of a position (the nearest one), or whose label is
     * there; the tolerance is in map units, so the caller divides a few pixels by the zoom.
     */
    public Optional<ConnectorRoute> connectorAt(double x, double y, double tolerance) {
        ConnectorRoute nearest = null;
        double nearestDistance = tolerance;
        for (ConnectorRoute route : connectors) {
            double distance = route.distanceTo(x, y);
            if (distance <= nearestDistance) {
                nearest = route;
                nearestDistance = distance;
            }
        }
        return Optional.ofNullable(nearest);
    }

    /** The height of the top of the map: the stage headers and the strips under them, above the first persona. */
    public double headerHeight() {
        return strips.bottom();
    }

    /** A card's box, asked of each lane row's own index (a few dozen look-ups, and nothing to rebuild per edit). */
    public Optional<CardBox> card(String cardId) {
        for (PersonaBand persona : personas) {
            for (LaneRow lane : persona.lanes()) {
                CardBox box = lane.card(cardId);
                if (box != null) {
                    return Optional.of(box);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The boxes of those of the cards that are laid out, for painting a selection or the find results: a few ids
     * are asked row by row, a large set (all selected) is matched in one pass over the boxes, whichever is fewer
     * look-ups.
     */
    public List<CardBox> cards(Set<String> cardIds) {
        int rows = 0;
        int boxes = 0;
        for (PersonaBand persona : personas) {
            for (LaneRow lane : persona.lanes()) {
                rows++;
                boxes += lane.cardCount();
            }
        }
        List<CardBox> found = new ArrayList<>();
        if ((long) cardIds.size() * rows <= boxes) {
            cardIds.forEach(cardId -> card(cardId).ifPresent(found::add));
            return found;
        }
        for (PersonaBand persona : personas) {
            for (LaneRow lane : persona.lanes()) {
                for (CardBox box : lane.cardsById().values()) {
                    if (cardIds.contains(box.cardId())) {
                        found.add(box);
                    }
                }
            }
        }
        return found;
    }

    /** Every card's box in map order: lane by lane, cell by cell, each cell's cards in their order. */
    public List<CardBox> cards() {
        List<CardBox> all = new ArrayList<>();
        for (PersonaBand persona : personas) {
            for (LaneRow lane : persona.lanes()) {
                lane.cells().forEach(cell -> all.addAll(cell.cards()));
            }
        }
        return all;
    }

    public Optional<StageColumn> stage(String stageId) {
        return stages.stream().filter(stage -> stage.stageId().equals(stageId)).findFirst();
    }

    public Optional<LaneRow> lane(String laneId) {
        for (PersonaBand persona : personas) {
            for (LaneRow lane : persona.lanes()) {
                if (lane.laneId().equals(laneId)) {
                    return Optional.of(lane);
                }
            }
        }
        return Optional.empty();
    }

    public Optional<CellBox> cell(String laneId, String stageId) {
        return lane(laneId)
                .flatMap(lane -> lane.cells().stream()
                        .filter(cell -> cell.stageId().equals(stageId))
                        .findFirst());
    }

    /** The stage whose column covers an x position. */
    public Optional<StageColumn> stageAt(double x) {
        int low = 0;
        int high = stages.size() - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            Rect column = stages.get(middle).column();
            if (x < column.x()) {
                high = middle - 1;
            } else if (x >= column.maxX()) {
                low = middle + 1;
            } else {
                return Optional.of(stages.get(middle));
            }
        }
        return Optional.empty();
    }

    /** The persona band that covers a y position. */
    public Optional<PersonaBand> personaAt(double y) {
        for (PersonaBand persona : personas) {
            if (y >= persona.bounds().y() && y < persona.bounds().maxY()) {
                return Optional.of(persona);
            }
        }
        return Optional.empty();
    }

    /** The lane row that covers a y position. */
    public Optional<LaneRow> laneAt(double y) {
        return personaAt(y)
                .flatMap(persona -> persona.lanes().stream()
                        .filter(lane ->
                                y >= lane.bounds().y() && y < lane.bounds().maxY())
                        .findFirst());
    }

    public Hit hit(double x, double y) {
        if (y < headerHeight()) {
            return stageAt(x).<Hit>map(Hit.OnStageHeader::new).orElse(new Hit.Nothing());
        }
        Optional<PersonaBand> persona = personaAt(y);
        if (persona.isEmpty()) {
            return new Hit.Nothing();
        }
        if (persona.get().header().contains(x, y)) {
            return new Hit.OnPersonaHeader(persona.get());
        }
        Optional<LaneRow> lane = laneAt(y);
        if (lane.isEmpty()) {
            return new Hit.Nothing();
        }
        if (lane.get().label().contains(x, y)) {
            return new Hit.OnLaneLabel(lane.get());
        }
        Optional<StageColumn> stage = stageAt(x);
        if (stage.isEmpty()) {
            return new Hit.Nothing();
        }
        CellBox cell = lane.get().cells().get(stage.get().index());
        for (CardBox card : cell.cards()) {
            if (card.contains(x, y)) {
                return new Hit.OnCard(card);
            }
        }
        return new Hit.OnCell(cell);
    }

    /** The cards a rubber band touches, in map order. */
    public List<CardBox> cardsTouching(Rect band) {
        List<CardBox> touched = new ArrayList<>();
        for (PersonaBand persona : personas) {
            if (!persona.bounds().intersects(band)) {
                continue;
            }
            for (LaneRow lane : persona.lanes()) {
                if (!lane.bounds().intersects(band)) {
                    continue;
                }
                for (CellBox cell : lane.cells()) {
                    for (CardBox card : cell.cards()) {
                        if (card.bounds().intersects(band)
                                || card.point() != null
                                        && band.contains(
                                                card.point().x(), card.point().y())) {
                            touched.add(card);
                        }
                    }
                }
            }
        }
        return touched;
    }
}
