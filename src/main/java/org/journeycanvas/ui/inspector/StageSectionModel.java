package org.journeycanvas.ui.inspector;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.paint.Color;
import org.journeycanvas.command.Field;
import org.journeycanvas.model.Stage;
import org.journeycanvas.ui.EditorActions;

/** A stage's name, description (the speaker notes) and colour. */
public final class StageSectionModel extends SectionModel {
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty description = new SimpleStringProperty("");
    private final ObjectProperty<Color> color = new SimpleObjectProperty<>(Color.TRANSPARENT);
    private String stageId;

    public StageSectionModel(EditorActions actions) {
        super(actions);
        onUserChange(name, text -> actions.typeInField(Field.STAGE_NAME, stageId, text));
        onUserChange(description, text -> actions.typeInField(Field.STAGE_DESCRIPTION, stageId, text));
        onColorPicked(color, hex -> actions.setField(Field.STAGE_COLOR, stageId, hex));
    }

    public void show(Stage stage) {
        fill(() -> {
            stageId = stage.id();
            name.set(stage.name());
            description.set(stage.description());
            color.set(colorOf(stage.color()));
        });
    }

    /** Gives the stage back the theme's colour. */
    public void resetColor() {
        actions.setField(Field.STAGE_COLOR, stageId, null);
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    public ObjectProperty<Color> colorProperty() {
        return color;
    }
}
