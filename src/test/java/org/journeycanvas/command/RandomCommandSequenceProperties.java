package org.journeycanvas.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.journeycanvas.model.Card;
import org.journeycanvas.model.Channel;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.Lane;
import org.journeycanvas.model.LaneKind;
import org.journeycanvas.model.Persona;
import org.journeycanvas.model.Stage;
import org.journeycanvas.testing.RandomMaps;

class RandomCommandSequenceProperties {

    @Property(tries = 300)
    void undoingEverythingGivesBackTheOriginalAndRedoingGivesBackTheEnd(@ForAll long seed) {
        RandomMaps maps = new RandomMaps(seed);
        JourneyMap original = maps.next();
        CommandStack stack = new CommandStack(original);
        for (int i = 0; i < 25; i++) {
            randomCommand(stack.current(), maps).ifPresent(command -> {
                stack.execute(command);
                stack.closeStep();
            });
        }
        JourneyMap end = stack.current();

        while (stack.canUndo()) {
            stack.undo();
        }
        assertThat(stack.current()).isEqualTo(original);
        assertThat(stack.isDirty()).isFalse();

        while (stack.canRedo()) {
            stack.redo();
        }
        assertThat(stack.current()).isEqualTo(end);
        assertThat(stack.isDirty()).isEqualTo(stack.canUndo());
    }

    private static Optional<Command> randomCommand(JourneyMap map, RandomMaps maps) {
        Random random = maps.random();
        List<Stage> stages = map.stages();
        List<Lane> lanes = map.personas().stream().flatMap(p -> p.lanes().stream()).toList();
        List<Card> cards = lanes.stream().flatMap(l -> l.cards().stream()).toList();
        switch (random.nextInt(13)) {
            case 0:
                return Optional.of(ListEdit.insert(ElementList.stages(), Stage.of(maps.freshId(), "New"), random.nextInt(stages.size() + 1)));
            case 1:
                return pick(stages, random).map(s -> new FieldEdit<>(Field.STAGE_NAME, s.id(), "Renamed " + random.nextInt(9)));
            case 2:
                return pick(stages, random).map(s -> ListEdit.move(ElementList.stages(), s.id(), random.nextInt(stages.size())));
            case 3:
                return pick(stages, random).map(s -> ListEdit.remove(ElementList.stages(), s.id()));
            case 4:
                if (stages.isEmpty()) {
                    return Optional.empty();
                }
                return pick(lanes, random).map(lane -> AddCardsCommand.one(lane.id(), card(lane.kind(), maps.freshId(), pick(stages, random).orElseThrow().id(), random), random.nextInt(3)));
            case 5:
                return pick(cards, random).flatMap(card -> pick(lanes, random).map(lane -> new MoveCardsCommand(
                        List.of(card.id()), lane.id(), pick(stages, random).orElseThrow().id(), random.nextInt(3))));
            case 6:
                return pick(cards, random).map(card -> new FieldEdit<>(Field.CARD_TEXT, card.id(), "Edited " + random.nextInt(99)));
            case 8:
                return Optional.of(ListEdit.insert(ElementList.personas(), Persona.of(maps.freshId(), "New", List.of()), random.nextInt(map.personas().size() + 1)));
            case 9:
                return pick(map.personas(), random).map(p -> new FieldEdit<>(Field.PERSONA_NAME, p.id(), "Renamed " + random.nextInt(9)));
            case 10:
                return pick(map.personas(), random).map(p -> random.nextBoolean()
                        ? ListEdit.remove(ElementList.personas(), p.id())
                        : ListEdit.move(ElementList.personas(), p.id(), random.nextInt(map.personas().size())));
            case 11:
                return pick(map.personas(), random).map(p -> ListEdit.addLaneInUsualPlace(p, Lane.of(maps.freshId(), LaneKind.values()[random.nextInt(LaneKind.values().length)])));
            case 12:
                return pick(lanes, random).map(lane -> random.nextBoolean()
                        ? ListEdit.remove(ElementList.lanesOf(map.personaOfLane(lane.id()).orElseThrow().id()), lane.id())
                        : new FieldEdit<>(Field.LANE_TITLE, lane.id(), "Lane " + random.nextInt(9)));
            default:
                return pick(cards, random).map(card -> new DeleteCardsCommand(Set.of(card.id())));
        }
    }

    private static Card card(LaneKind kind, String id, String stageId, Random random) {
        Card card = Card.of(id, stageId, "Card " + id);
        if (kind == LaneKind.EMOTIONS) {
            return card.withScore(random.nextInt(5) - 2);
        }
        return kind == LaneKind.TOUCHPOINTS ? card.withChannel(Channel.values()[random.nextInt(19)]) : card;
    }

    private static <T> Optional<T> pick(List<T> items, Random random) {
        return items.isEmpty() ? Optional.empty() : Optional.of(items.get(random.nextInt(items.size())));
    }
}
