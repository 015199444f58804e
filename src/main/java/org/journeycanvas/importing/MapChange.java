package org.journeycanvas.importing;

import org.journeycanvas.command.Command;

/** One difference between a map and an edited export of it, shown in the list of changes to accept. */
public interface MapChange {
    /** The change as the list shows it: Card "Sign up" text: "Sign up" → "Register". */
    String description();

    /** A deleted card: applied only after the user confirms. */
    boolean isDeletion();

    /** The change as a step of the one command that applies the accepted changes. */
    Command command();
}
