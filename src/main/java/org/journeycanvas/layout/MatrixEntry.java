package org.journeycanvas.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.journeycanvas.model.Card;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.Lane;
import org.journeycanvas.model.LaneKind;
import org.journeycanvas.model.Opportunity;
import org.journeycanvas.model.Persona;
import org.journeycanvas.model.Stage;

/**
 * An opportunity card with the persona and stage it belongs to: a dot of the opportunity matrix when it is rated,
 * a row of the Excel sheet either way.
 */
public record MatrixEntry(Card card, Persona persona, Stage stage) {
    /** Rated: both impact and effort are set, so the card has a place on the matrix. */
    public boolean rated() {
        Opportunity opportunity = card.opportunity();
        return opportunity != null && opportunity.impact() != null && opportunity.effort() != null;
    }

    public Integer impact() {
        return card.opportunity() == null ? null : card.opportunity().impact();
    }

    public Integer effort() {
        return card.opportunity() == null ? null : card.opportunity().effort();
    }

    /** Impact over effort, null while unrated. */
    public Double score() {
        return card.opportunity() == null ? null : card.opportunity().score();
    }

    /**
     * Every opportunity card of the map, or of one persona when {@code personaId} is not null, in the map's order:
     * persona by persona, lane by lane, stage by stage, then their order in the cell.
     */
    public static List<MatrixEntry> of(JourneyMap map, String personaId) {
        Map<String, Stage> stages = map.stages().stream().collect(Collectors.toMap(Stage::id, Function.identity()));
        Map<String, Integer> stageOrder = new java.util.HashMap<>();
        for (int i = 0; i < map.stages().size(); i++) {
            stageOrder.put(map.stages().get(i).id(), i);
        }
        List<MatrixEntry> entries = new ArrayList<>();
        for (Persona persona : map.personas()) {
            if (personaId != null && !persona.id().equals(personaId)) {
                continue;
            }
            for (Lane lane : persona.lanes()) {
                if (lane.kind() != LaneKind.OPPORTUNITIES) {
                    continue;
                }
                lane.cards().stream()
                        .sorted(java.util.Comparator.comparing(card -> stageOrder.get(card.stageId())))
                        .forEach(card -> entries.add(new MatrixEntry(card, persona, stages.get(card.stageId()))));
            }
        }
        return entries;
    }
}
