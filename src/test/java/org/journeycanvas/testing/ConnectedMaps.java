package org.journeycanvas.testing;

import java.util.List;
import org.journeycanvas.model.Card;
import org.journeycanvas.model.Connector;
import org.journeycanvas.model.ConnectorStyle;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.Lane;
import org.journeycanvas.model.LaneKind;
import org.journeycanvas.model.Persona;
import org.journeycanvas.model.Stage;

/** A small service blueprint with connectors, for the tests of their drawing and exports. */
public final class ConnectedMaps {
    public static final String HAND_OFF_LABEL = "Hands the order over";
    public static final String BRANCH_LABEL = "if the pilot fails";

    private ConnectedMaps() {}

    /**
     * Stages s1 (Order), s2 (Pilot), s3 (Renew); persona p1 with lanes l-front (f1 at s1, f2 at s2, f3 at s3) and
     * l-back (b1 at s1, b3 at s3). Connectors: k-hand f1 → b1 (solid, labelled {@link #HAND_OFF_LABEL}), k-branch
     * f2 → f1 (dashed, labelled {@link #BRANCH_LABEL}), k-loop b3 → f2 (solid, no label).
     */
    public static JourneyMap blueprint() {
        Lane frontstage = new Lane(
                "l-front",
                LaneKind.FRONTSTAGE,
                "Frontstage",
                List.of(
                        Card.of("f1", "s1", "Sales rep takes the order"),
                        Card.of("f2", "s2", "Runs the pilot with the customer"),
                        Card.of("f3", "s3", "Offers the renewal")));
        Lane backstage = new Lane(
                "l-back",
                LaneKind.BACKSTAGE,
                "Backstage",
                List.of(Card.of("b1", "s1", "Order desk books it"), Card.of("b3", "s3", "Finance checks usage")));
        Persona persona =
                new Persona("p1", "Dana", "Buyer", "", "", List.of(), "#E07A5F", null, List.of(frontstage, backstage));
        return new JourneyMap(
                "m1",
                "Connected blueprint",
                "",
                List.of(Stage.of("s1", "Order"), Stage.of("s2", "Pilot"), Stage.of("s3", "Renew")),
                List.of(persona),
                List.of(
                        new Connector("k-hand", "f1", "b1", HAND_OFF_LABEL, ConnectorStyle.SOLID),
                        new Connector("k-branch", "f2", "f1", BRANCH_LABEL, ConnectorStyle.DASHED),
                        Connector.between("k-loop", "b3", "f2")));
    }
}
