package org.journeycanvas.ui.inspector;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.concurrent.Task;
import javafx.scene.paint.Color;
import org.journeycanvas.command.Field;
import org.journeycanvas.i18n.Messages;
import org.journeycanvas.io.PersonaPhotos;
import org.journeycanvas.io.PhotoException;
import org.journeycanvas.model.LaneKind;
import org.journeycanvas.model.Persona;
import org.journeycanvas.ui.DialogService;
import org.journeycanvas.ui.EditorActions;
import org.journeycanvas.ui.EditorViewModel;

/** A persona's name, role, quote, description, goals, colour and photo; its lanes and its place in the map. */
public final class PersonaSectionModel extends SectionModel {
    private final EditorViewModel editor;
    private final DialogService dialogs;
    private final Executor background;
    private final Consumer<String> status;
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty role = new SimpleStringProperty("");
    private final StringProperty quote = new SimpleStringProperty("");
    private final StringProperty description = new SimpleStringProperty("");
    private final StringProperty goals = new SimpleStringProperty("");
    private final ObjectProperty<Color> color = new SimpleObjectProperty<>(Color.TRANSPARENT);
    private final ReadOnlyObjectWrapper<String> photo = new ReadOnlyObjectWrapper<>();
    private String personaId;

    public PersonaSectionModel(
            EditorViewModel editor,
            EditorActions actions,
            DialogService dialogs,
            Executor background,
            Consumer<String> status) {
        super(actions);
        this.editor = editor;
        this.dialogs = dialogs;
        this.background = background;
        this.status = status;
        onUserChange(name, text -> actions.typeInField(Field.PERSONA_NAME, personaId, text));
        onUserChange(role, text -> actions.typeInField(Field.PERSONA_ROLE, personaId, text));
        onUserChange(quote, text -> actions.typeInField(Field.PERSONA_QUOTE, personaId, text));
        onUserChange(description, text -> actions.typeInField(Field.PERSONA_DESCRIPTION, personaId, text));
        onUserChange(goals, text -> actions.typeInField(Field.PERSONA_GOALS, personaId, splitLines(text)));
        onColorPicked(color, hex -> actions.setField(Field.PERSONA_COLOR, personaId, hex));
    }

    public void show(Persona persona) {
        fill(() -> {
            personaId = persona.id();
            name.set(persona.name());
            role.set(persona.role());
            quote.set(persona.quote());
            description.set(persona.description());
            // A blank line being typed between goals must stay: the field changes only when it means other goals.
            if (!splitLines(goals.get()).equals(persona.goals())) {
                goals.set(String.join("\n", persona.goals()));
            }
            color.set(colorOf(persona.color()));
            photo.set(persona.photo());
        });
    }

    public void resetColor() {
        actions.setField(Field.PERSONA_COLOR, personaId, null);
    }

    /**
     * Asks for a picture and imports it on a background thread (it is decoded, cropped and scaled); the photo
     * is set as one undo step if the persona still exists when that is done.
     */
    public void choosePhoto() {
        String forPersona = personaId;
        dialogs.choosePhoto().ifPresent(file -> importPhoto(forPersona, file));
    }

    private void importPhoto(String forPersona, Path file) {
        status.accept(Messages.get("inspector.photo.importing", String.valueOf(file.getFileName())));
        Task<String> importing = new Task<>() {
            @Override
            protected String call() throws PhotoException {
                return PersonaPhotos.importPhoto(file);
            }
        };
        importing.setOnSucceeded(event -> {
            if (editor.getMap().persona(forPersona).isPresent()) {
                actions.setField(Field.PERSONA_PHOTO, forPersona, importing.getValue());
            }
            status.accept(Messages.get("inspector.photo.added"));
        });
        importing.setOnFailed(event -> {
            status.accept(Messages.get("inspector.photo.notAdded"));
            Throwable failure = importing.getException();
            dialogs.showError(
                    Messages.get("inspector.photo.cannotUse"),
                    failure instanceof PhotoException
                            ? failure.getMessage()
                            : Messages.get("inspector.photo.unexpectedError", String.valueOf(failure)));
        });
        background.execute(importing);
    }

    public void removePhoto() {
        actions.setField(Field.PERSONA_PHOTO, personaId, null);
    }

    public void addBlueprintLanes() {
        actions.addBlueprintLanes(personaId);
    }

    public void addLane(LaneKind kind) {
        actions.addLane(personaId, kind);
    }

    public void moveUp() {
        actions.movePersona(personaId, -1);
    }

    public void moveDown() {
        actions.movePersona(personaId, 1);
    }

    public void delete() {
        actions.deletePersona(personaId);
    }

    static List<String> splitLines(String text) {
        return text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty roleProperty() {
        return role;
    }

    public StringProperty quoteProperty() {
        return quote;
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    /** The goals as typed: one per line. */
    public StringProperty goalsProperty() {
        return goals;
    }

    public ObjectProperty<Color> colorProperty() {
        return color;
    }

    /** The photo as a data URI, or null. */
    public ReadOnlyObjectProperty<String> photoProperty() {
        return photo.getReadOnlyProperty();
    }
}
