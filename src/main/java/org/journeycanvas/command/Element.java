package org.journeycanvas.command;

import java.util.function.UnaryOperator;
import org.journeycanvas.model.Card;
import org.journeycanvas.model.Connector;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.Lane;
import org.journeycanvas.model.Persona;
import org.journeycanvas.model.Stage;

/**
 * A kind of element in a map that has fields to edit — the map itself, a stage, a persona, a lane, a card, a
 * connector —
 * and how to replace one of them, found by its id, in a map.
 *
 * @param <E> the element's record type
 */
public final class Element<E> {
    /** The map itself; its id is ignored. */
    public static final Element<JourneyMap> MAP = new Element<>((map, id, change) -> change.apply(map));

    public static final Element<Stage> STAGE = new Element<>((map, id, change) -> {
        Stage stage = Lookups.stage(map, id);
        Stage changed = change.apply(stage);
        return map.withStages(
                map.stages().stream().map(s -> s == stage ? changed : s).toList());
    });

    public static final Element<Persona> PERSONA = new Element<>((map, id, change) -> {
        Lookups.persona(map, id);
        return map.withPersonaMapped(id, change);
    });

    public static final Element<Lane> LANE = new Element<>((map, id, change) -> {
        Lane lane = Lookups.lane(map, id);
        Lane changed = change.apply(lane);
        return map.withLanesMapped(l -> l == lane ? changed : l);
    });

    public static final Element<Card> CARD = new Element<>((map, id, change) -> {
        Card card = Lookups.card(map, id).card();
        Card changed = change.apply(card);
        return map.withLanesMapped(lane -> lane.withCardsMapped(c -> c == card ? changed : c));
    });

    public static final Element<Connector> CONNECTOR = new Element<>((map, id, change) -> {
        Lookups.connector(map, id);
        return map.withConnectorMapped(id, change);
    });

    private final Replacer<E> replacer;

    private Element(Replacer<E> replacer) {
        this.replacer = replacer;
    }

    /** The map with the element of this kind and id passed through {@code change}; fails when there is none. */
    JourneyMap replace(JourneyMap map, String id, UnaryOperator<E> change) {
        return replacer.replace(map, id, change);
    }

    @FunctionalInterface
    private interface Replacer<E> {
        JourneyMap replace(JourneyMap map, String id, UnaryOperator<E> change);
    }
}
