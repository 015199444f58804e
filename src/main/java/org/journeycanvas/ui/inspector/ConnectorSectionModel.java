package org.journeycanvas.ui.inspector;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.journeycanvas.command.Field;
import org.journeycanvas.i18n.Messages;
import org.journeycanvas.model.Connector;
import org.journeycanvas.model.ConnectorStyle;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.ui.EditorActions;

/** A connector: the cards it joins (shown), its label and line style, turning it round and deleting it. */
public final class ConnectorSectionModel extends SectionModel {
    /** How much of a card's text names it here: enough to recognise it, short enough for one line or two. */
    static final int SHORT_TEXT = 40;

    private final ReadOnlyStringWrapper from = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper to = new ReadOnlyStringWrapper("");
    private final StringProperty label = new SimpleStringProperty("");
    private final ObjectProperty<ConnectorStyle> style = new SimpleObjectProperty<>(ConnectorStyle.SOLID);
    private String connectorId;

    public ConnectorSectionModel(EditorActions actions) {
        super(actions);
        onUserChange(label, text -> actions.typeInField(Field.CONNECTOR_LABEL, connectorId, text));
        onUserChange(style, chosen -> {
            if (chosen != null) {
                actions.setField(Field.CONNECTOR_STYLE, connectorId, chosen);
            }
        });
    }

    public void show(Connector connector, JourneyMap map) {
        fill(() -> {
            connectorId = connector.id();
            from.set(cardName(map, connector.fromCardId()));
            to.set(cardName(map, connector.toCardId()));
            label.set(connector.label());
            style.set(connector.style());
        });
    }

    /** Makes the arrow point the other way. */
    public void reverse() {
        actions.reverseConnector(connectorId);
    }

    public void delete() {
        actions.deleteConnector(connectorId);
    }

    public ReadOnlyStringProperty fromProperty() {
        return from.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty toProperty() {
        return to.getReadOnlyProperty();
    }

    public StringProperty labelProperty() {
        return label;
    }

    public ObjectProperty<ConnectorStyle> styleProperty() {
        return style;
    }

    /** A card's text, its first line shortened, or a placeholder when it has none. */
    static String cardName(JourneyMap map, String cardId) {
        String text =
                map.findCard(cardId).map(place -> place.card().text().strip()).orElse("");
        String firstLine = text.lines().findFirst().orElse("");
        if (firstLine.isBlank()) {
            return Messages.get("inspector.connector.cardWithoutText");
        }
        boolean cut = firstLine.length() > SHORT_TEXT || !firstLine.equals(text);
        String shown = firstLine.length() > SHORT_TEXT
                ? firstLine.substring(0, SHORT_TEXT).strip()
                : firstLine;
        return cut ? shown + "…" : shown;
    }
}
