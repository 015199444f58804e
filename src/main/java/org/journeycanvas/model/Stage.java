package org.journeycanvas.model;

/**
 * A column of the map, shared by every persona. The description doubles as speaker notes when presenting.
 *
 * @param figures what analytics measured at the stage; {@link StageFigures#NONE} when nothing
 */
public record Stage(String id, String name, String description, String color, StageFigures figures) {
    public Stage {
        Invariants.id(id, "id");
        name = Invariants.text(name, "name");
        description = Invariants.text(description, "description");
        Invariants.colorOrNull(color, "color");
        Invariants.required(figures, "figures");
    }

    /** A stage without measured figures. */
    public Stage(String id, String name, String description, String color) {
        this(id, name, description, color, StageFigures.NONE);
    }

    public static Stage of(String id, String name) {
        return new Stage(id, name, "", null);
    }

    /** The same stage under another id: a copy, an import or a map made from a template. */
    public Stage withId(String newId) {
        return new Stage(newId, name, description, color, figures);
    }

    public Stage withName(String newName) {
        return new Stage(id, newName, description, color, figures);
    }

    public Stage withDescription(String newDescription) {
        return new Stage(id, name, newDescription, color, figures);
    }

    public Stage withColor(String newColor) {
        return new Stage(id, name, description, newColor, figures);
    }

    public Stage withFigures(StageFigures newFigures) {
        return new Stage(id, name, description, color, newFigures);
    }
}
