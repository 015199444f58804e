package org.journeycanvas.io.mermaid;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.journeycanvas.i18n.Messages;
import org.journeycanvas.model.Card;
import org.journeycanvas.model.IdGenerator;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.Lane;
import org.journeycanvas.model.LaneKind;
import org.journeycanvas.model.NewPersona;
import org.journeycanvas.model.Persona;
import org.journeycanvas.model.Stage;

/**
 * Imports a Mermaid {@code journey} (the text GitHub, GitLab, Notion and Obsidian draw) as a map with fresh ids.
 * Written by hand because no Java library parses Mermaid; {@link MermaidJourneyParser} says which grammar rules
 * it follows.
 *
 * <ul>
 *   <li>{@code title} is the map's title ({@code accTitle} when there is no {@code title}); {@code accDescr} is its
 *       description.
 *   <li>Each {@code section} is a stage, in order; tasks before the first section get a stage of their own.
 *   <li>Each actor is a persona, in the order of first appearance, with the lanes a new persona has; with no
 *       actor anywhere there is one persona, named as the blank template names its own.
 *   <li>Each task puts, for each of its actors (or for that one persona when it names none), an action card with
 *       its text at its stage, and an emotion card with score − 3 (Mermaid's 1…5 is the map's −2…+2). Two tasks of
 *       one actor in one section keep both: the model allows several cards in an emotion cell, and the curve runs
 *       through them left to right, as Mermaid draws the tasks.
 * </ul>
 */
public final class MermaidJourneyReader {
    private static final int NEUTRAL = 3;

    private final IdGenerator ids;

    public MermaidJourneyReader() {
        this(new IdGenerator());
    }

    public MermaidJourneyReader(IdGenerator ids) {
        this.ids = ids;
    }

    /**
     * Whether a text is meant as a Mermaid journey (its first statement is {@code journey}), for paste: such a text
     * is imported rather than pasted as a card, and its problems are shown.
     */
    public static boolean isJourney(String text) {
        return MermaidJourneyParser.isJourney(text);
    }

    /** The map a Mermaid journey describes; every problem, with its line number, when it is not one. */
    public JourneyMap read(String text) throws MermaidFormatException {
        ParsedJourney parsed = MermaidJourneyParser.parse(text);
        Set<String> taken = new HashSet<>();
        String mapId = ids.take(taken);
        List<Stage> stages = new ArrayList<>();
        Map<String, Cells> personas = new LinkedHashMap<>();
        String unnamed = Messages.get("template.blank.persona");
        for (ParsedJourney.Section section : parsed.sections()) {
            String name = section.name() == null ? Messages.get("import.mermaid.unnamedStage") : section.name();
            Stage stage = Stage.of(ids.take(taken), name);
            stages.add(stage);
            for (ParsedJourney.Task task : section.tasks()) {
                List<String> actors = task.actors().isEmpty() ? List.of(unnamed) : task.actors();
                for (String actor : actors) {
                    Cells cells = personas.computeIfAbsent(actor, key -> new Cells());
                    cells.actions.add(Card.of(ids.take(taken), stage.id(), task.text()));
                    cells.emotions.add(Card.of(ids.take(taken), stage.id(), "").withScore(task.score() - NEUTRAL));
                }
            }
        }
        if (personas.isEmpty()) {
            personas.put(unnamed, new Cells());
        }
        List<Persona> people = new ArrayList<>();
        personas.forEach((name, cells) -> people.add(
                NewPersona.create(ids, taken, name).withLanesMapped(lane -> lane.withCards(cells.of(lane)))));
        String title = parsed.title() != null && !parsed.title().isBlank()
                ? parsed.title()
                : parsed.accTitle() == null ? "" : parsed.accTitle();
        String description = parsed.accDescr() == null ? "" : parsed.accDescr();
        return new JourneyMap(mapId, title, description, stages, people);
    }

    /** One persona's cards while they are gathered. */
    private static final class Cells {
        final List<Card> actions = new ArrayList<>();
        final List<Card> emotions = new ArrayList<>();

        List<Card> of(Lane lane) {
            return lane.kind() == LaneKind.ACTIONS
                    ? actions
                    : lane.kind() == LaneKind.EMOTIONS ? emotions : lane.cards();
        }
    }
}
