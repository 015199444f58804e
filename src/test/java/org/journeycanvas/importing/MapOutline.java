package org.journeycanvas.importing;

import java.util.ArrayList;
import java.util.List;
import org.journeycanvas.model.Card;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.Lane;
import org.journeycanvas.model.Persona;

/**
 * A map written out without its ids, so that a test compares an imported map with the one it expects: the
 * title, the stages in order, then each persona, its lanes (kind and title) and their cards (stage, text, note,
 * tags, channel, score).
 */
final class MapOutline {
    private MapOutline() {}

    static List<String> of(JourneyMap map) {
        List<String> lines = new ArrayList<>();
        lines.add("map " + map.title());
        lines.add("stages "
                + String.join(
                        " | ", map.stages().stream().map(stage -> stage.name()).toList()));
        for (Persona persona : map.personas()) {
            lines.add("persona " + persona.name());
            for (Lane lane : persona.lanes()) {
                lines.add("  " + lane.kind() + " " + lane.title());
                for (Card card : lane.cards()) {
                    lines.add("    " + card(map, card));
                }
            }
        }
        return lines;
    }

    private static String card(JourneyMap map, Card card) {
        StringBuilder line = new StringBuilder();
        line.append('[')
                .append(map.stage(card.stageId()).orElseThrow().name())
                .append("] ")
                .append(card.text());
        if (!card.note().isEmpty()) {
            line.append(" note=").append(card.note());
        }
        if (!card.tags().isEmpty()) {
            line.append(" tags=").append(String.join(",", card.tags()));
        }
        if (card.channel() != null) {
            line.append(" channel=").append(card.channel());
        }
        if (card.score() != null) {
            line.append(" score=").append(card.score());
        }
        return line.toString();
    }
}
