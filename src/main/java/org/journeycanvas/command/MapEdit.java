package org.journeycanvas.command;

import org.journeycanvas.model.JourneyMap;

/** A change to the map's own title or description. */
public sealed interface MapEdit {
    JourneyMap applyTo(JourneyMap map);

    String description();

    record SetTitle(String title) implements MapEdit {
        @Override
        public JourneyMap applyTo(JourneyMap map) {
            return map.withTitle(title);
        }

        @Override
        public String description() {
            return "Rename map";
        }
    }

    record SetDescription(String text) implements MapEdit {
        @Override
        public JourneyMap applyTo(JourneyMap map) {
            return map.withDescription(text);
        }

        @Override
        public String description() {
            return "Edit map description";
        }
    }
}
