package org.journeycanvas.model;

import org.journeycanvas.i18n.Messages;

/**
 * An arrow from one card to another: a hand-off from a frontstage action to a backstage one, a branch, a loop
 * back to an earlier stage. It refers to its cards by id, so it follows them wherever they move; the map makes
 * sure both ends exist.
 *
 * @param label shown beside the arrow; empty for none
 */
public record Connector(String id, String fromCardId, String toCardId, String label, ConnectorStyle style) {
    public Connector {
        Invariants.id(id, "id");
        Invariants.id(fromCardId, "from");
        Invariants.id(toCardId, "to");
        if (fromCardId.equals(toCardId)) {
            throw new MapInvariantException("to", Messages.get("model.connector.toItself"));
        }
        label = Invariants.text(label, "label");
        Invariants.required(style, "style");
    }

    /** A solid, unlabelled arrow. */
    public static Connector between(String id, String fromCardId, String toCardId) {
        return new Connector(id, fromCardId, toCardId, "", ConnectorStyle.SOLID);
    }

    public Connector withId(String newId) {
        return new Connector(newId, fromCardId, toCardId, label, style);
    }

    public Connector withEnds(String newFromCardId, String newToCardId) {
        return new Connector(id, newFromCardId, newToCardId, label, style);
    }

    public Connector withLabel(String newLabel) {
        return new Connector(id, fromCardId, toCardId, newLabel, style);
    }

    public Connector withStyle(ConnectorStyle newStyle) {
        return new Connector(id, fromCardId, toCardId, label, newStyle);
    }

    /** Whether the arrow starts or ends at this card. */
    public boolean touches(String cardId) {
        return fromCardId.equals(cardId) || toCardId.equals(cardId);
    }
}
