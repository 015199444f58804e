package org.journeycanvas.command;

import org.journeycanvas.model.JourneyMap;

/**
 * Puts another version of the whole map in place of the open one — the version on disk after another program
 * changed the file — as one undoable step, so nothing the user had is lost.
 */
public record ReplaceMapCommand(String undoLabel, JourneyMap replacement) implements Command {
    @Override
    public JourneyMap apply(JourneyMap map) {
        return replacement;
    }
}
