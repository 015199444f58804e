package org.journeycanvas.command;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.journeycanvas.model.Card;
import org.journeycanvas.model.IdGenerator;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.Lane;
import org.journeycanvas.model.Persona;
import org.journeycanvas.model.Spaces;
import org.journeycanvas.model.Stage;

/**
 * Adds an imported map's content into the open map as one undo step: its stages and personas join those of
 * the same name (or are added after them), its lanes join the persona's lane of the same kind and title, a lane
 * titled just by its kind joins the persona's first lane of that kind (or either is added where that kind usually
 * goes), and its cards are added at the end of their cells. Names are
 * compared without case and surrounding spaces. Imported ids that the map already uses get fresh ones; the
 * open map keeps its title, description and every element it had, unchanged.
 */
public record AddMapContentCommand(String undoLabel, JourneyMap imported) implements Command {
    @Override
    public JourneyMap apply(JourneyMap map) {
        Set<String> taken = map.ids();
        IdGenerator ids = new IdGenerator();
        Map<String, String> stageIds = new HashMap<>();
        List<Stage> stages = new ArrayList<>(map.stages());
        for (Stage stage : imported.stages()) {
            Stage same = stages.stream()
                    .filter(existing -> key(existing.name()).equals(key(stage.name())))
                    .findFirst()
                    .orElse(null);
            if (same == null) {
                same = new Stage(freeId(stage.id(), taken, ids), stage.name(), stage.description(), stage.color());
                stages.add(same);
            }
            stageIds.put(stage.id(), same.id());
        }
        List<Persona> personas = new ArrayList<>(map.personas());
        for (Persona persona : imported.personas()) {
            int same = indexByName(personas, persona.name());
            if (same < 0) {
                Persona added = persona.withLanes(List.of()).withId(freeId(persona.id(), taken, ids));
                personas.add(joined(added, persona.lanes(), stageIds, taken, ids));
            } else {
                personas.set(same, joined(personas.get(same), persona.lanes(), stageIds, taken, ids));
            }
        }
        return new JourneyMap(map.id(), map.title(), map.description(), stages, personas, map.connectors());
    }

    /** The persona with the imported lanes joined into its own. */
    private static Persona joined(
            Persona persona,
            List<Lane> importedLanes,
            Map<String, String> stageIds,
            Set<String> taken,
            IdGenerator ids) {
        List<Lane> lanes = new ArrayList<>(persona.lanes());
        for (Lane lane : importedLanes) {
            List<Card> cards = lane.cards().stream()
                    .map(card -> card.withId(freeId(card.id(), taken, ids)).withStageId(stageIds.get(card.stageId())))
                    .toList();
            int same = -1;
            for (int i = 0; i < lanes.size() && same < 0; i++) {
                if (lanes.get(i).kind() == lane.kind()
                        && key(lanes.get(i).title()).equals(key(lane.title()))) {
                    same = i;
                }
            }
            if (same < 0 && key(lane.title()).equals(key(lane.kind().title()))) {
                // A lane titled only by its kind is the kind's lane, whatever the map calls its own.
                for (int i = 0; i < lanes.size() && same < 0; i++) {
                    if (lanes.get(i).kind() == lane.kind()) {
                        same = i;
                    }
                }
            }
            if (same >= 0) {
                List<Card> all = new ArrayList<>(lanes.get(same).cards());
                all.addAll(cards);
                lanes.set(same, lanes.get(same).withCards(all));
            } else {
                lanes.add(
                        ListEdit.usualPlace(lanes, lane.kind()),
                        new Lane(freeId(lane.id(), taken, ids), lane.kind(), lane.title(), cards));
            }
        }
        return persona.withLanes(lanes);
    }

    private static int indexByName(List<Persona> personas, String name) {
        for (int i = 0; i < personas.size(); i++) {
            if (key(personas.get(i).name()).equals(key(name))) {
                return i;
            }
        }
        return -1;
    }

    /** The imported id when the map does not use it yet, else a fresh one; either way it is taken from now on. */
    private static String freeId(String id, Set<String> taken, IdGenerator ids) {
        return taken.add(id) ? id : ids.take(taken);
    }

    private static String key(String name) {
        return Spaces.collapsed(name).toLowerCase(Locale.ROOT);
    }
}
