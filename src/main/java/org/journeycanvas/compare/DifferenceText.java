package org.journeycanvas.compare;

import org.journeycanvas.i18n.Messages;
import org.journeycanvas.model.Card;
import org.journeycanvas.model.Connector;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.Lane;
import org.journeycanvas.model.Persona;
import org.journeycanvas.model.Stage;

/**
 * A difference as one line in the interface language, such as {@code changed card "Demo": text "Demo" → "Live
 * demo"}: places are named by the persona, lane and stage names of the map they are in (the older map for where an
 * element was, the newer for where it is).
 */
public final class DifferenceText {
    private final MapSide older;
    private final MapSide newer;

    public DifferenceText(JourneyMap older, JourneyMap newer) {
        this.older = new MapSide(older);
        this.newer = new MapSide(newer);
    }

    /** "3 differences", or the line that says there are none. */
    public static String summary(int count) {
        return count == 0 ? Messages.get("compare.same") : Messages.plural("compare.summary", count);
    }

    public String describe(Difference difference) {
        if (difference.kind() == ElementKind.CONNECTOR && !(difference instanceof Difference.Changed)) {
            boolean added = difference instanceof Difference.Added;
            Connector connector = (Connector)
                    (added ? ((Difference.Added) difference).element() : ((Difference.Removed) difference).element());
            return Messages.get(
                    added ? "compare.line.addedConnector" : "compare.line.removedConnector",
                    connectorName(added ? newer : older, connector));
        }
        if (difference instanceof Difference.Added added) {
            return Messages.get(
                    "compare.line.added",
                    name(added.kind(), added.element()),
                    place(newer, added.kind(), added.place()));
        }
        if (difference instanceof Difference.Removed removed) {
            return Messages.get(
                    "compare.line.removed",
                    name(removed.kind(), removed.element()),
                    place(older, removed.kind(), removed.place()));
        }
        if (difference instanceof Difference.Moved moved) {
            return Messages.get(
                    "compare.line.moved",
                    name(moved.kind(), moved.element()),
                    place(older, moved.kind(), moved.from()),
                    place(newer, moved.kind(), moved.to()));
        }
        Difference.Changed changed = (Difference.Changed) difference;
        if (changed.field() == ComparedField.CONNECTOR_ENDS) {
            Connector now = (Connector) changed.element();
            Connector then = ComparedField.CONNECTOR_ENDS.with(now, changed.oldValue());
            return Messages.get(
                    "compare.line.connectorEnds",
                    connectorName(newer, now),
                    ElementNames.connector(then.withLabel(""), older::cardText));
        }
        return Messages.get(
                "compare.line.changed",
                changed.kind() == ElementKind.CONNECTOR
                        ? connectorName(newer, (Connector) changed.element())
                        : name(changed.kind(), changed.element()),
                ElementNames.field(changed.field()),
                ElementNames.value(changed.field(), changed.oldValue()),
                ElementNames.value(changed.field(), changed.newValue()));
    }

    private static String connectorName(MapSide side, Connector connector) {
        return ElementNames.element(ElementKind.CONNECTOR, ElementNames.connector(connector, side::cardText));
    }

    static String name(ElementKind kind, Object element) {
        String name;
        if (element instanceof Stage stage) {
            name = stage.name();
        } else if (element instanceof Persona persona) {
            name = persona.name();
        } else if (element instanceof Lane lane) {
            name = lane.title();
        } else if (element instanceof Card card) {
            name = card.text();
        } else {
            name = "";
        }
        return ElementNames.element(kind, name);
    }

    private static String place(MapSide side, ElementKind kind, Place place) {
        String position = String.valueOf(place.index() + 1);
        return switch (kind) {
            case LANE -> Messages.get("compare.place.lane", personaName(side, place.personaId()), position);
            case CARD ->
                Messages.get(
                        "compare.place.card",
                        personaName(side, place.personaId()),
                        ElementNames.shortened(side.lanes.get(place.laneId()).title()),
                        ElementNames.shortened(side.stages.get(place.stageId()).name()),
                        position);
            default -> Messages.get("compare.place.position", position);
        };
    }

    private static String personaName(MapSide side, String personaId) {
        return ElementNames.shortened(side.personas.get(personaId).name());
    }
}
