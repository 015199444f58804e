package org.journeycanvas.importing;

import org.journeycanvas.command.Command;

/**
 * One change found in an edited export.
 *
 * @param step when it is applied among the accepted changes: stages first, then cards placed, then fields, then
 *     deletions (a field edit does not care where its card went; a card is placed in a lane added for it)
 */
record ImportedChange(String description, boolean isDeletion, Command command, Step step) implements MapChange {
    enum Step {
        STAGE,
        PLACE,
        FIELD,
        DELETE
    }
}
