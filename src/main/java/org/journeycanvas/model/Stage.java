package org.journeycanvas.model;

/** A column of the map, shared by every persona. The description doubles as speaker notes when presenting. */
public record Stage(String id, String name, String description, String color) {
    public Stage {
        Invariants.id(id, "id");
        name = Invariants.text(name, "name");
        description = Invariants.text(description, "description");
        Invariants.colorOrNull(color, "color");
    }

    public static Stage of(String id, String name) {
        return new Stage(id, name, "", null);
    }

    public Stage withName(String newName) {
        return new Stage(id, newName, description, color);
    }

    public Stage withDescription(String newDescription) {
        return new Stage(id, name, newDescription, color);
    }

    public Stage withColor(String newColor) {
        return new Stage(id, name, description, newColor);
    }
}
