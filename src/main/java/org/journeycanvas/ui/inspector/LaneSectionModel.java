package org.journeycanvas.ui.inspector;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.journeycanvas.command.Field;
import org.journeycanvas.i18n.Messages;
import org.journeycanvas.layout.ViewOptions;
import org.journeycanvas.model.Lane;
import org.journeycanvas.ui.EditorActions;
import org.journeycanvas.ui.EditorViewModel;

/** A lane's title, its place in the persona's band, and whether it is collapsed (a view only, not saved). */
public final class LaneSectionModel extends SectionModel {
    private final EditorViewModel editor;
    private final StringProperty title = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final BooleanProperty collapsed = new SimpleBooleanProperty();
    private String laneId;

    public LaneSectionModel(EditorViewModel editor, EditorActions actions) {
        super(actions);
        this.editor = editor;
        onUserChange(title, text -> actions.typeInField(Field.LANE_TITLE, laneId, text));
        onUserChange(collapsed, value -> {
            ViewOptions options = editor.viewOptionsProperty().get();
            editor.viewOptionsProperty().set(options.withLaneCollapsed(laneId, value));
        });
    }

    public void show(Lane lane) {
        fill(() -> {
            laneId = lane.id();
            title.set(lane.title());
            summary.set(Messages.get(
                    "inspector.lane.summary",
                    lane.kind().laneName(),
                    Messages.plural("count.cards", lane.cards().size())));
            collapsed.set(editor.viewOptionsProperty().get().collapsedLaneIds().contains(lane.id()));
        });
    }

    public void moveUp() {
        actions.moveLane(laneId, -1);
    }

    public void moveDown() {
        actions.moveLane(laneId, 1);
    }

    public void delete() {
        actions.deleteLane(laneId);
    }

    public StringProperty titleProperty() {
        return title;
    }

    /** The lane's kind and how many cards it holds. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public BooleanProperty collapsedProperty() {
        return collapsed;
    }
}
