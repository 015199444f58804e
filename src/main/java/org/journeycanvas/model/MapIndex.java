package org.journeycanvas.model;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;

/**
 * Finds a map's elements by id in constant time. Every map version has one for free: checking the map when it is
 * made ({@link MapChecks}, {@link EditChecks}) fills the same table of elements by id, and the last few versions
 * made keep it here, which is where {@link #of} finds it and where a map made by an edit finds the table of the
 * map it was made from.
 */
public final class MapIndex {
    /** How many versions are kept indexed: an edit makes a map or two on the way to the one the editor shows. */
    private static final int RECENT = 4;

    private static final Deque<MapIndex> recent = new ArrayDeque<>(RECENT);

    private final JourneyMap map;
    private final ElementTable elements;

    /** Indexes a map anew, in the pass that checked it when it was made; {@link #of} finds a recent one's. */
    public MapIndex(JourneyMap map) {
        this(map, MapChecks.checkedElements(map.id(), map.stages(), map.personas(), map.connectors()));
    }

    private MapIndex(JourneyMap map, ElementTable elements) {
        this.map = map;
        this.elements = elements;
    }

    /**
     * The index of a map version, shared by everyone who asks about it: the canvas, new ids and the selection
     * each used to index the editor's map again after every edit. A version made long ago is indexed again.
     */
    public static MapIndex of(JourneyMap map) {
        synchronized (recent) {
            for (Iterator<MapIndex> kept = recent.iterator(); kept.hasNext(); ) {
                MapIndex index = kept.next();
                if (index.map == map) {
                    // To the front: the editor's map stays while other threads make maps of their own.
                    kept.remove();
                    recent.addFirst(index);
                    return index;
                }
            }
        }
        MapIndex index = new MapIndex(map);
        keep(index);
        return index;
    }

    /** Keeps the elements a new map was checked with, as that map's index. */
    static void remember(JourneyMap map, ElementTable elements) {
        keep(new MapIndex(map, elements));
    }

    /**
     * Checks a map as it is made: the short way when a recent map has its id and the very same list of stages (it
     * was made from that one by an edit), else in full. Throws for the first problem.
     */
    static ElementTable checkedElements(
            String mapId, List<Stage> stages, List<Persona> personas, List<Connector> connectors) {
        MapIndex before = recentWith(mapId, stages);
        if (before != null) {
            ElementTable edited = EditChecks.afterEdit(before.map, before.elements, personas, connectors);
            if (edited != null) {
                return edited;
            }
        }
        return MapChecks.checkedElements(mapId, stages, personas, connectors);
    }

    private static MapIndex recentWith(String mapId, List<Stage> stages) {
        synchronized (recent) {
            for (MapIndex index : recent) {
                if (index.map.stages() == stages && index.map.id().equals(mapId)) {
                    return index;
                }
            }
        }
        return null;
    }

    private static void keep(MapIndex index) {
        synchronized (recent) {
            if (recent.size() == RECENT) {
                recent.removeLast();
            }
            recent.addFirst(index);
        }
    }

    /** Whether any element of the map, or the map itself, has this id. */
    public boolean usesId(String id) {
        return elements.get(id) != null;
    }

    public Card card(String cardId) {
        return elements.get(cardId) instanceof Card card ? card : null;
    }

    public Lane lane(String laneId) {
        return elements.get(laneId) instanceof Lane lane ? lane : null;
    }

    public Persona persona(String personaId) {
        return elements.get(personaId) instanceof Persona persona ? persona : null;
    }

    public Stage stage(String stageId) {
        return elements.get(stageId) instanceof Stage stage ? stage : null;
    }

    public Connector connector(String connectorId) {
        return elements.get(connectorId) instanceof Connector connector ? connector : null;
    }
}
