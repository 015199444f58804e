package org.journeycanvas.layout;

import org.journeycanvas.model.Card;
import org.journeycanvas.model.Opportunity;
import org.journeycanvas.model.OpportunityStatus;

/**
 * The opportunities the view brings forward, by status and owner; every other card is dimmed.
 *
 * @param status the status to bring forward, or null for any
 * @param owner  the owner to bring forward (compared ignoring case and surrounding spaces), or null for any
 */
public record OpportunityHighlight(OpportunityStatus status, String owner) {
    /** Whether the card is one of the highlighted opportunities. */
    public boolean matches(Card card) {
        Opportunity opportunity = card.opportunity();
        if (opportunity == null) {
            return false;
        }
        return (status == null || opportunity.status() == status)
                && (owner == null
                        || owner.strip().equalsIgnoreCase(opportunity.owner().strip()));
    }
}
