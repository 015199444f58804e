package org.journeycanvas.command;

import org.journeycanvas.i18n.Messages;
import org.journeycanvas.model.JourneyMap;

/** Turns a connector round: the arrow then points from its second card to its first. */
public record ReverseConnectorCommand(String connectorId) implements Command {
    @Override
    public String undoLabel() {
        return Messages.get("undo.reverseConnector");
    }

    @Override
    public JourneyMap apply(JourneyMap map) {
        Lookups.connector(map, connectorId);
        return map.withConnectorMapped(
                connectorId, connector -> connector.withEnds(connector.toCardId(), connector.fromCardId()));
    }
}
