package org.journeycanvas.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The map File → New starts from: the five classic stages and one persona with the usual lanes, no cards. */
public final class BlankMap {
    public static final List<String> CLASSIC_STAGES =
            List.of("Awareness", "Consideration", "Purchase", "Retention", "Advocacy");

    private BlankMap() {
    }

    public static JourneyMap create(IdGenerator ids) {
        Set<String> taken = new HashSet<>();
        List<Stage> stages = new ArrayList<>();
        for (String name : CLASSIC_STAGES) {
            stages.add(Stage.of(take(ids, taken), name));
        }
        return new JourneyMap(take(ids, taken), "Untitled journey", "", stages,
                List.of(newPersona(ids, taken, "Persona")));
    }

    /** A persona with the lanes a new persona starts with, in the usual order. */
    public static Persona newPersona(IdGenerator ids, Set<String> taken, String name) {
        List<Lane> lanes = new ArrayList<>();
        for (LaneKind kind : LaneKind.NEW_PERSONA_LANES) {
            lanes.add(Lane.of(take(ids, taken), kind));
        }
        return Persona.of(take(ids, taken), name, lanes);
    }

    private static String take(IdGenerator ids, Set<String> taken) {
        String id = ids.next(taken);
        taken.add(id);
        return id;
    }
}
