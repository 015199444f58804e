package org.journeycanvas.model;

import java.util.LinkedHashSet;
import java.util.List;
import org.journeycanvas.i18n.Messages;

/**
 * What makes an opportunity card rankable: its impact and effort (1 to 5, or null while not yet judged), who owns
 * it, where it stands, and the pain points it addresses (ids of pain point cards of the map, checked by the map).
 */
public record Opportunity(
        Integer impact, Integer effort, String owner, OpportunityStatus status, List<String> addresses) {
    public static final int MIN_RATING = 1;
    public static final int MAX_RATING = 5;

    /** An opportunity nobody has judged yet: what a new one starts as in the inspector. */
    public static final Opportunity UNRATED = new Opportunity(null, null, "", OpportunityStatus.IDEA, List.of());

    public Opportunity {
        rating(impact, "impact");
        rating(effort, "effort");
        owner = Invariants.text(owner, "owner");
        Invariants.required(status, "status");
        addresses = Invariants.list(addresses, "addresses");
        for (int i = 0; i < addresses.size(); i++) {
            Invariants.id(addresses.get(i), "addresses[" + i + "]");
        }
        if (new LinkedHashSet<>(addresses).size() != addresses.size()) {
            throw new MapInvariantException("addresses", Messages.get("model.opportunity.repeatedLink"));
        }
    }

    private static void rating(Integer value, String field) {
        if (value != null && (value < MIN_RATING || value > MAX_RATING)) {
            throw new MapInvariantException(field, Messages.get("model.opportunity.rating", value));
        }
    }

    public Opportunity withImpact(Integer newImpact) {
        return new Opportunity(newImpact, effort, owner, status, addresses);
    }

    public Opportunity withEffort(Integer newEffort) {
        return new Opportunity(impact, newEffort, owner, status, addresses);
    }

    public Opportunity withOwner(String newOwner) {
        return new Opportunity(impact, effort, newOwner, status, addresses);
    }

    public Opportunity withStatus(OpportunityStatus newStatus) {
        return new Opportunity(impact, effort, owner, newStatus, addresses);
    }

    public Opportunity withAddresses(List<String> newAddresses) {
        return new Opportunity(impact, effort, owner, status, newAddresses);
    }

    /**
     * Impact over effort, the usual ranking of a prioritisation matrix: high impact for little effort first. Null
     * while either is not judged.
     */
    public Double score() {
        return impact == null || effort == null ? null : (double) impact / effort;
    }
}
