package org.journeycanvas.command;

import org.journeycanvas.model.JourneyMap;

/**
 * Adds an imported map's content into the open map as one undo step: its stages and personas join those of
 * the same name (or are added after them), its lanes join the persona's lane of the same kind and title (or
 * are added), and its cards are added at the end of their cells. Ids that clash get fresh ones.
 */
public record AddMapContentCommand(String undoLabel, JourneyMap imported) implements Command {
    @Override
    public JourneyMap apply(JourneyMap map) {
        throw new UnsupportedOperationException("not yet");
    }
}
