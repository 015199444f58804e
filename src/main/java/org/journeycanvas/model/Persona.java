package org.journeycanvas.model;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Someone whose journey the map follows; owns a band of lanes.
 *
 * @param photo null, or a {@code data:image/png;base64,…} or {@code data:image/jpeg;base64,…} URI
 */
public record Persona(
        String id,
        String name,
        String role,
        String quote,
        String description,
        List<String> goals,
        String color,
        String photo,
        List<Lane> lanes) {
    public Persona {
        Invariants.id(id, "id");
        name = Invariants.text(name, "name");
        role = Invariants.text(role, "role");
        quote = Invariants.text(quote, "quote");
        description = Invariants.text(description, "description");
        goals = Invariants.texts(goals, "goals");
        Invariants.colorOrNull(color, "color");
        Invariants.photoOrNull(photo, "photo");
        lanes = Invariants.list(lanes, "lanes");
    }

    public static Persona of(String id, String name, List<Lane> lanes) {
        return new Persona(id, name, "", "", "", List.of(), null, null, lanes);
    }

    /** The same persona under another id: a copy, or an import whose id the map already uses. */
    public Persona withId(String newId) {
        return new Persona(newId, name, role, quote, description, goals, color, photo, lanes);
    }

    public Persona withName(String newName) {
        return new Persona(id, newName, role, quote, description, goals, color, photo, lanes);
    }

    public Persona withRole(String newRole) {
        return new Persona(id, name, newRole, quote, description, goals, color, photo, lanes);
    }

    public Persona withQuote(String newQuote) {
        return new Persona(id, name, role, newQuote, description, goals, color, photo, lanes);
    }

    public Persona withDescription(String newDescription) {
        return new Persona(id, name, role, quote, newDescription, goals, color, photo, lanes);
    }

    public Persona withGoals(List<String> newGoals) {
        return new Persona(id, name, role, quote, description, newGoals, color, photo, lanes);
    }

    public Persona withColor(String newColor) {
        return new Persona(id, name, role, quote, description, goals, newColor, photo, lanes);
    }

    public Persona withPhoto(String newPhoto) {
        return new Persona(id, name, role, quote, description, goals, color, newPhoto, lanes);
    }

    public Persona withLanes(List<Lane> newLanes) {
        return new Persona(id, name, role, quote, description, goals, color, photo, newLanes);
    }

    /** The persona with every lane passed through the given function. */
    public Persona withLanesMapped(UnaryOperator<Lane> change) {
        boolean any = false;
        Lane[] changed = new Lane[lanes.size()];
        for (int i = 0; i < changed.length; i++) {
            changed[i] = change.apply(lanes.get(i));
            any |= changed[i] != lanes.get(i);
        }
        return any ? withLanes(List.of(changed)) : this;
    }
}
