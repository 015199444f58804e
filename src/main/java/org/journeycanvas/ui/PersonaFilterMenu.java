package org.journeycanvas.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import org.journeycanvas.i18n.Messages;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.Persona;

/** View → Show Persona: all personas, or one at a time. A view only: never saved, never undone. */
final class PersonaFilterMenu {
    private final Menu menu;
    private final EditorViewModel editor;
    /** The personas (id and name) the menu lists, so it is rebuilt only when they change. */
    private List<String> listed = List.of();

    PersonaFilterMenu(Menu menu, EditorViewModel editor) {
        this.menu = menu;
        this.editor = editor;
        editor.mapProperty().addListener((obs, old, map) -> update(map));
        update(editor.getMap());
    }

    private void update(JourneyMap map) {
        List<String> personas =
                map.personas().stream().map(p -> p.id() + "\n" + p.name()).toList();
        if (!personas.equals(listed)) {
            listed = personas;
            fill(map);
        }
    }

    private void fill(JourneyMap map) {
        ToggleGroup group = new ToggleGroup();
        String shown = editor.viewOptionsProperty().get().onlyPersonaId();
        if (shown != null && map.persona(shown).isEmpty()) {
            editor.viewOptionsProperty().set(editor.viewOptionsProperty().get().withOnlyPersona(null));
            shown = null;
        }
        List<MenuItem> items = new ArrayList<>();
        RadioMenuItem all = new RadioMenuItem(Messages.get("personaFilter.all"));
        all.setToggleGroup(group);
        all.setSelected(shown == null);
        all.setOnAction(event -> showOnly(null));
        items.add(all);
        items.add(new SeparatorMenuItem());
        for (Persona persona : map.personas()) {
            RadioMenuItem item = new RadioMenuItem(
                    persona.name().isBlank() ? Messages.get("personaFilter.unnamed") : persona.name());
            item.setMnemonicParsing(false);
            item.setToggleGroup(group);
            item.setSelected(persona.id().equals(shown));
            item.setOnAction(event -> showOnly(persona.id()));
            items.add(item);
        }
        menu.getItems().setAll(items);
    }

    private void showOnly(String personaId) {
        editor.viewOptionsProperty().set(editor.viewOptionsProperty().get().withOnlyPersona(personaId));
        editor.select(Selection.NOTHING);
        fill(editor.getMap());
    }
}
