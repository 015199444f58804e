package org.journeycanvas.ui.inspector;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.journeycanvas.command.Field;
import org.journeycanvas.i18n.Messages;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.ui.EditorActions;

/** The map's own title and description, shown when nothing is selected. */
public final class MapSectionModel extends SectionModel {
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty description = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");

    public MapSectionModel(EditorActions actions) {
        super(actions);
        onUserChange(title, text -> actions.typeInField(Field.MAP_TITLE, "", text));
        onUserChange(description, text -> actions.typeInField(Field.MAP_DESCRIPTION, "", text));
    }

    public void show(JourneyMap map) {
        fill(() -> {
            title.set(map.title());
            description.set(map.description());
            summary.set(Messages.get(
                    "inspector.map.summary",
                    Messages.plural("count.stages", map.stages().size()),
                    Messages.plural("count.personas", map.personas().size()),
                    Messages.plural("count.cards", map.cardCount())));
        });
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    /** How much the map holds, and how to edit the rest. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }
}
