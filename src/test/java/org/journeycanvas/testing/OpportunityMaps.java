package org.journeycanvas.testing;

import java.util.List;
import org.journeycanvas.model.Card;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.Lane;
import org.journeycanvas.model.LaneKind;
import org.journeycanvas.model.Opportunity;
import org.journeycanvas.model.OpportunityStatus;
import org.journeycanvas.model.Persona;
import org.journeycanvas.model.Stage;

/** Maps with ranked opportunities for the opportunity matrix. */
public final class OpportunityMaps {
    private OpportunityMaps() {}

    /**
     * Stages s1 "Research" and s2 "Buy" (green). Dana (p1, #E07A5F): pain point pp1 (s1 "Pricing is unclear"),
     * opportunities o1 "Publish prices" (s1, impact 4 effort 2, addresses pp1), o2 "Price calculator" (s1, 4/2, the
     * same cell), o3 "Free trial" (s2, 5/1), o4 "Rebuild the portal" (s2, 2/5) and u1 "Partner program" (s2, not
     * ranked). Sam (p2, no colour): o5 "Procurement pack" (s1, 3/3) and u2 "Reference calls" (s2, impact 3, no
     * effort). Scores: o3 5, o1 2, o2 2, o5 1, o4 0.4.
     */
    public static JourneyMap ranked() {
        Lane pains = new Lane(
                "l-pain", LaneKind.PAIN_POINTS, "Pain points", List.of(Card.of("pp1", "s1", "Pricing is unclear")));
        Lane danasOpportunities = new Lane(
                "l-opp1",
                LaneKind.OPPORTUNITIES,
                "Opportunities",
                List.of(
                        rated("o1", "s1", "Publish prices", 4, 2, List.of("pp1")),
                        rated("o2", "s1", "Price calculator", 4, 2, List.of()),
                        rated("o3", "s2", "Free trial", 5, 1, List.of()),
                        rated("o4", "s2", "Rebuild the portal", 2, 5, List.of()),
                        Card.of("u1", "s2", "Partner program")));
        Lane samsOpportunities = new Lane(
                "l-opp2",
                LaneKind.OPPORTUNITIES,
                "Opportunities",
                List.of(
                        rated("o5", "s1", "Procurement pack", 3, 3, List.of()),
                        Card.of("u2", "s2", "Reference calls").withOpportunity(Opportunity.UNRATED.withImpact(3))));
        Persona dana = new Persona(
                "p1", "Dana", "Fleet manager", "", "", List.of(), "#E07A5F", null, List.of(pains, danasOpportunities));
        Persona sam = new Persona("p2", "Sam", "Buyer", "", "", List.of(), null, null, List.of(samsOpportunities));
        return new JourneyMap(
                "m1",
                "Fleet software",
                "",
                List.of(Stage.of("s1", "Research"), new Stage("s2", "Buy", "", "#2DA44E")),
                List.of(dana, sam));
    }

    /** An opportunity card ranked with an impact and an effort, owned by "Growth", planned. */
    public static Card rated(String id, String stageId, String text, int impact, int effort, List<String> addresses) {
        return Card.of(id, stageId, text)
                .withOpportunity(new Opportunity(impact, effort, "Growth", OpportunityStatus.PLANNED, addresses));
    }
}
