package org.journeycanvas.command;

import java.util.ArrayList;
import java.util.List;
import org.journeycanvas.i18n.Messages;
import org.journeycanvas.model.Connector;
import org.journeycanvas.model.JourneyMap;

/** Draws a new connector between two cards of the map. */
public record AddConnectorCommand(Connector connector) implements Command {
    @Override
    public String undoLabel() {
        return Messages.get("undo.addConnector");
    }

    @Override
    public JourneyMap apply(JourneyMap map) {
        Lookups.card(map, connector.fromCardId());
        Lookups.card(map, connector.toCardId());
        List<Connector> connectors = new ArrayList<>(map.connectors());
        connectors.add(connector);
        return map.withConnectors(connectors);
    }
}
