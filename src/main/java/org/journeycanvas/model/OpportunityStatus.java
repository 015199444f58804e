package org.journeycanvas.model;

import org.journeycanvas.i18n.Messages;

/** Where an opportunity stands, from a first idea to done. */
public enum OpportunityStatus {
    IDEA,
    PLANNED,
    IN_PROGRESS,
    DONE;

    /** The status as the interface names it ("In progress"). */
    public String title() {
        return Messages.get("opportunity.status." + name());
    }

    /** Whether the opportunity is still to be done: an idea, planned or in progress. */
    public boolean isOpen() {
        return this != DONE;
    }
}
