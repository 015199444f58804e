package org.journeycanvas.testing;

import java.util.ArrayList;
import java.util.List;
import org.journeycanvas.model.Card;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.Lane;
import org.journeycanvas.model.LaneKind;
import org.journeycanvas.model.Opportunity;
import org.journeycanvas.model.OpportunityStatus;
import org.journeycanvas.model.Persona;

/**
 * {@link SampleMaps#threeStages()} with pain points and opportunities: pain points pp1 ("Pricing is opaque", s1)
 * and pp2 ("Demo takes weeks", s2) in l-pain; in a new lane l-opp, o1 at s1 (impact 4, effort 2, "Sales ops",
 * planned, addressing pp1), o2 at s1 (done, owner "Ana Ruiz") and o3 at s2, not ranked.
 */
public final class RankedOpportunities {
    public static final Opportunity PLANNED =
            new Opportunity(4, 2, "Sales ops", OpportunityStatus.PLANNED, List.of("pp1"));
    public static final Opportunity DONE = new Opportunity(3, 3, "Ana Ruiz", OpportunityStatus.DONE, List.of());

    private RankedOpportunities() {}

    public static JourneyMap map() {
        JourneyMap sample = SampleMaps.threeStages();
        Persona dana = sample.personas().get(0);
        List<Lane> lanes = new ArrayList<>();
        for (Lane lane : dana.lanes()) {
            lanes.add(
                    lane.id().equals("l-pain")
                            ? lane.withCards(List.of(
                                    Card.of("pp1", "s1", "Pricing is opaque"),
                                    Card.of("pp2", "s2", "Demo takes weeks")))
                            : lane);
        }
        lanes.add(new Lane(
                "l-opp",
                LaneKind.OPPORTUNITIES,
                "Opportunities",
                List.of(
                        Card.of("o1", "s1", "Publish a price calculator").withOpportunity(PLANNED),
                        Card.of("o2", "s1", "Case studies by fleet size").withOpportunity(DONE),
                        Card.of("o3", "s2", "Self-service trial"))));
        return new JourneyMap(
                sample.id(), sample.title(), sample.description(), sample.stages(), List.of(dana.withLanes(lanes)));
    }
}
