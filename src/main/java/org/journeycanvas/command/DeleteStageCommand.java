package org.journeycanvas.command;

import org.journeycanvas.model.JourneyMap;

/** Removes a stage column and every card at that stage. */
public record DeleteStageCommand(String stageId) implements Command {
    @Override
    public String description() {
        return "Delete stage";
    }

    @Override
    public JourneyMap apply(JourneyMap map) {
        Lookups.stage(map, stageId);
        JourneyMap withoutCards = map.withLanesMapped(lane -> lane.withCards(
                lane.cards().stream().filter(card -> !card.stageId().equals(stageId)).toList()));
        return withoutCards.withStages(withoutCards.stages().stream()
                .filter(stage -> !stage.id().equals(stageId))
                .toList());
    }
}
