package org.journeycanvas.ui.inspector;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.paint.Color;
import org.journeycanvas.command.Field;
import org.journeycanvas.model.Stage;
import org.journeycanvas.model.StageFigures;
import org.journeycanvas.ui.EditorActions;

/** A stage's name, description (the speaker notes), colour and measured figures. */
public final class StageSectionModel extends SectionModel {
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty description = new SimpleStringProperty("");
    private final ObjectProperty<Color> color = new SimpleObjectProperty<>(Color.TRANSPARENT);
    private final StageFiguresForm figures = new StageFiguresForm();
    private String stageId;
    private StageFigures shownFigures = StageFigures.NONE;

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
            shownFigures = stage.figures();
            figures.show(stage.figures());
        });
    }

    /**
     * Takes the figures typed (Enter in a figure's field, leaving it, or another time unit) as one undo step; a
     * wrong entry only shows its problem.
     */
    public void commitFigures() {
        figures.read().filter(typed -> !typed.equals(shownFigures)).ifPresent(typed -> {
            shownFigures = typed;
            actions.setField(Field.STAGE_FIGURES, stageId, typed);
        });
    }

    public StageFiguresForm figures() {
        return figures;
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
