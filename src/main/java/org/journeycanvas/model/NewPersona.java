package org.journeycanvas.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** A new persona with the lanes every persona starts with, in the usual order. (New maps come from templates.) */
public final class NewPersona {
    private NewPersona() {}

    /** A persona with the lanes a new persona starts with, in the usual order. */
    public static Persona create(IdGenerator ids, Set<String> taken, String name) {
        return create(ids, taken, name, LaneKind.NEW_PERSONA_LANES);
    }

    /** A persona with the usual lanes and, under them, a service blueprint's. */
    public static Persona withServiceBlueprint(IdGenerator ids, Set<String> taken, String name) {
        List<LaneKind> kinds = new ArrayList<>(LaneKind.NEW_PERSONA_LANES);
        kinds.addAll(LaneKind.BLUEPRINT_LANES);
        return create(ids, taken, name, kinds);
    }

    private static Persona create(IdGenerator ids, Set<String> taken, String name, List<LaneKind> kinds) {
        List<Lane> lanes = new ArrayList<>();
        for (LaneKind kind : kinds) {
            lanes.add(Lane.of(ids.take(taken), kind));
        }
        return Persona.of(ids.take(taken), name, lanes);
    }
}
