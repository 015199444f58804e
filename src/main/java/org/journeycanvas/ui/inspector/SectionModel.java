package org.journeycanvas.ui.inspector;

import java.util.function.Consumer;
import javafx.beans.property.Property;
import javafx.scene.paint.Color;
import org.journeycanvas.ui.EditorActions;

/**
 * What every inspector section's view model shares: it edits through {@link EditorActions}, and it tells the
 * user's changes of its properties from the ones it makes itself while showing an element.
 */
abstract class SectionModel {
    protected final EditorActions actions;
    private boolean filling;

    SectionModel(EditorActions actions) {
        this.actions = actions;
    }

    /** Ends the undo step of typing in a field (the field lost focus). */
    public void finishTyping() {
        actions.finishTyping();
    }

    /** Calls {@code change} with each value the user gives the property, not with those {@link #fill} sets. */
    protected final <T> void onUserChange(Property<T> property, Consumer<T> change) {
        property.addListener((obs, old, value) -> {
            if (!filling) {
                change.accept(value);
            }
        });
    }

    /**
     * Calls {@code change} with the hex code of each colour the user picks. The transparent swatch stands for
     * "no colour of its own" and is only ever shown, never picked.
     */
    protected final void onColorPicked(Property<Color> color, Consumer<String> change) {
        onUserChange(color, value -> {
            if (value != null && value.getOpacity() > 0) {
                change.accept(hex(value));
            }
        });
    }

    /** Sets the properties from the element shown, without taking that for the user's edit. */
    protected final void fill(Runnable filler) {
        filling = true;
        try {
            filler.run();
        } finally {
            filling = false;
        }
    }

    /** The colour picker's value for a stored colour: transparent for none. */
    static Color colorOf(String hex) {
        return hex == null ? Color.TRANSPARENT : Color.web(hex);
    }

    static String hex(Color color) {
        return String.format(
                java.util.Locale.ROOT,
                "#%02X%02X%02X",
                Math.round(color.getRed() * 255),
                Math.round(color.getGreen() * 255),
                Math.round(color.getBlue() * 255));
    }
}
