package org.journeycanvas.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** A new persona with the lanes every persona starts with, in the usual order. (New maps come from templates.) */
public final class NewPersona {
    private NewPersona() {}

    /** A persona with the lanes a new persona starts with, in the usual order. */
    public static Persona create(IdGenerator ids, Set<String> taken, String name) {
        List<Lane> lanes = new ArrayList<>();
        for (LaneKind kind : LaneKind.NEW_PERSONA_LANES) {
            lanes.add(Lane.of(ids.take(taken), kind));
        }
        return Persona.of(ids.take(taken), name, lanes);
    }
}
