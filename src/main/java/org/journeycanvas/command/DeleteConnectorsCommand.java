package org.journeycanvas.command;

import java.util.Set;
import org.journeycanvas.i18n.Messages;
import org.journeycanvas.model.JourneyMap;

/** Removes connectors; their cards stay. (Deleting a card removes its connectors by itself: see JourneyMap.) */
public record DeleteConnectorsCommand(Set<String> connectorIds) implements Command {
    public DeleteConnectorsCommand {
        connectorIds = Set.copyOf(connectorIds);
    }

    @Override
    public String undoLabel() {
        return Messages.plural("undo.deleteConnectors", connectorIds.size());
    }

    @Override
    public JourneyMap apply(JourneyMap map) {
        connectorIds.forEach(connectorId -> Lookups.connector(map, connectorId));
        return map.withConnectors(map.connectors().stream()
                .filter(connector -> !connectorIds.contains(connector.id()))
                .toList());
    }
}
