package org.journeycanvas.io.mermaid;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.journeycanvas.i18n.Messages;
import org.journeycanvas.model.Card;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.Lane;
import org.journeycanvas.model.LaneKind;
import org.journeycanvas.model.Persona;
import org.journeycanvas.model.Stage;

/**
 * Exports a map as a Mermaid {@code journey} that Mermaid draws and {@link MermaidJourneyReader} reads back with the
 * same stages, personas, action texts and scores.
 *
 * <ul>
 *   <li>{@code title} from the map's title (left out when blank); the description as {@code accDescr { … }}.
 *   <li>One {@code section} per stage, in order, also for a stage without tasks.
 *   <li>Per stage, per persona in order, one task per action card in cell order, with the persona's name as actor.
 *       Its score is that of the persona's scored emotion card in the same place in the cell (the last one when
 *       there are fewer), + 3; no scored emotion card gives 3, the middle. A task of the same text and score for
 *       several personas is one line naming them all, as long as that keeps each persona's order.
 *   <li>A persona without action cards is left out: Mermaid has no actor without a task. When no persona is left,
 *       the reader makes one persona again. Thoughts, touchpoints and the other lanes are not exported.
 *   <li>Texts: {@code :}, {@code #}, {@code ;} and {@code %%} become entity codes ({@code #58;}, …), which Mermaid
 *       draws as the character; a comma in an actor's name becomes {@code #44;}; a line break in a task is
 *       {@code <br>}, elsewhere a space; a text that Mermaid would read as a keyword, or an empty one, starts with
 *       an invisible zero-width space. Duplicate persona names are told apart with a number.
 * </ul>
 */
public final class MermaidJourneyWriter {
    private static final String INDENT = "    ";
    private static final int NEUTRAL = 3;

    private MermaidJourneyWriter() {}

    /** The map as Mermaid text, with {@code \n} line ends and a final newline. */
    public static String write(JourneyMap map) {
        StringBuilder out = new StringBuilder("journey\n");
        String title = MermaidText.strip(map.title().replace('\n', ' '));
        if (!title.isEmpty()) {
            out.append(INDENT)
                    .append("title ")
                    .append(MermaidText.encode(title, false, false))
                    .append('\n');
        }
        if (!map.description().isBlank()) {
            out.append(INDENT).append("accDescr {\n");
            for (String line : MermaidText.strip(map.description()).split("\r\n|\r|\n")) {
                out.append(INDENT)
                        .append(INDENT)
                        .append(line.replace("#", "#35;").replace("}", "#125;").replace("%%", "#37;%"))
                        .append('\n');
            }
            out.append(INDENT).append("}\n");
        }
        Map<String, String> actors = actorNames(map);
        for (Stage stage : map.stages()) {
            out.append(INDENT)
                    .append("section ")
                    .append(MermaidText.encode(stage.name(), false, false))
                    .append('\n');
            for (Task task : tasks(map, stage, actors)) {
                out.append(INDENT).append(INDENT).append(MermaidText.encode(task.text, true, false));
                out.append(": ").append(task.score);
                out.append(": ").append(String.join(", ", task.actors)).append('\n');
            }
        }
        return out.toString();
    }

    /** One task line being gathered. */
    private static final class Task {
        final String text;
        final int score;
        final List<String> actors = new ArrayList<>();

        Task(String text, int score) {
            this.text = text;
            this.score = score;
        }
    }

    private static List<Task> tasks(JourneyMap map, Stage stage, Map<String, String> actors) {
        List<Task> tasks = new ArrayList<>();
        for (Persona persona : map.personas()) {
            String actor = actors.get(persona.id());
            if (actor == null) {
                continue;
            }
            List<Card> actions = cellOf(persona, LaneKind.ACTIONS, stage);
            List<Integer> scores = cellOf(persona, LaneKind.EMOTIONS, stage).stream()
                    .map(Card::score)
                    .filter(Objects::nonNull)
                    .toList();
            int last = -1;
            for (int i = 0; i < actions.size(); i++) {
                int score = scores.isEmpty() ? NEUTRAL : scores.get(Math.min(i, scores.size() - 1)) + NEUTRAL;
                String text = actions.get(i).text();
                int at = last + 1;
                while (at < tasks.size() && !(tasks.get(at).text.equals(text) && tasks.get(at).score == score)) {
                    at++;
                }
                if (at == tasks.size()) {
                    tasks.add(new Task(text, score));
                }
                tasks.get(at).actors.add(actor);
                last = at;
            }
        }
        return tasks;
    }

    private static List<Card> cellOf(Persona persona, LaneKind kind, Stage stage) {
        List<Card> cards = new ArrayList<>();
        for (Lane lane : persona.lanes()) {
            if (lane.kind() == kind) {
                cards.addAll(lane.cardsAt(stage.id()));
            }
        }
        return cards;
    }

    /** Each persona with action cards by id, to its actor name as written: unique, never blank. */
    private static Map<String, String> actorNames(JourneyMap map) {
        Map<String, String> names = new HashMap<>();
        Set<String> used = new HashSet<>();
        for (Persona persona : map.personas()) {
            boolean acts = persona.lanes().stream()
                    .anyMatch(lane ->
                            lane.kind() == LaneKind.ACTIONS && !lane.cards().isEmpty());
            if (!acts) {
                continue;
            }
            String base = MermaidText.strip(persona.name().replace('\n', ' '));
            if (base.isEmpty()) {
                base = Messages.get("template.blank.persona");
            }
            String name = base;
            for (int n = 2; !used.add(name); n++) {
                name = base + " (" + n + ")";
            }
            names.put(persona.id(), MermaidText.encode(name, false, true));
        }
        return names;
    }
}
