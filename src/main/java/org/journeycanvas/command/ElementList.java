package org.journeycanvas.command;

import java.util.List;
import java.util.function.Function;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.Lane;
import org.journeycanvas.model.Persona;
import org.journeycanvas.model.Stage;

/**
 * A list in a map that the user adds to, reorders and deletes from: the stages, the personas, or one persona's
 * lanes. {@link ListEdit} changes any of them.
 *
 * @param <E> the element's record type
 */
public final class ElementList<E> {
    private static final ElementList<Stage> STAGES = new ElementList<>(
            "stage",
            JourneyMap::stages,
            (map, stages, removed) -> {
                // The cards go first: a map never holds a card whose stage is gone.
                JourneyMap withoutCards = removed == null
                        ? map
                        : map.withLanesMapped(lane -> lane.withCards(lane.cards().stream()
                                .filter(card -> !card.stageId().equals(removed.id()))
                                .toList()));
                return withoutCards.withStages(stages);
            },
            Stage::id);

    private static final ElementList<Persona> PERSONAS = new ElementList<>(
            "persona", JourneyMap::personas, (map, personas, removed) -> map.withPersonas(personas), Persona::id);

    private final String elementName;
    private final Function<JourneyMap, List<E>> read;
    private final Writer<E> write;
    private final Function<E, String> idOf;

    private ElementList(
            String elementName, Function<JourneyMap, List<E>> read, Writer<E> write, Function<E, String> idOf) {
        this.elementName = elementName;
        this.read = read;
        this.write = write;
        this.idOf = idOf;
    }

    /** The stage columns, left to right. Removing a stage removes the cards at it too. */
    public static ElementList<Stage> stages() {
        return STAGES;
    }

    /** The persona bands, top to bottom. */
    public static ElementList<Persona> personas() {
        return PERSONAS;
    }

    /** One persona's lanes, top to bottom. */
    public static ElementList<Lane> lanesOf(String personaId) {
        return new ElementList<>(
                "lane",
                map -> Lookups.persona(map, personaId).lanes(),
                (map, lanes, removed) -> map.withPersonaMapped(personaId, persona -> persona.withLanes(lanes)),
                Lane::id);
    }

    /**
     * The element's name in the code, "stage": it ends the keys of its undo labels ({@code undo.add.stage}) and
     * names it in programming errors.
     */
    String elementName() {
        return elementName;
    }

    List<E> in(JourneyMap map) {
        return read.apply(map);
    }

    /** The map with the list replaced; {@code removed} is the element taken out, if one was. */
    JourneyMap with(JourneyMap map, List<E> elements, E removed) {
        return write.write(map, elements, removed);
    }

    String idOf(E element) {
        return idOf.apply(element);
    }

    @FunctionalInterface
    private interface Writer<E> {
        JourneyMap write(JourneyMap map, List<E> elements, E removed);
    }
}
