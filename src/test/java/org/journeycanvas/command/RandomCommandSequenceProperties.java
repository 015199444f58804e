package org.journeycanvas.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.journeycanvas.model.Card;
import org.journeycanvas.model.Channel;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.Lane;
import org.journeycanvas.model.LaneKind;
import org.journeycanvas.model.Persona;
import org.journeycanvas.model.Stage;
import org.journeycanvas.testing.MapArbitraries;

/**
 * Random edits of random maps, each its own undo step, all undone and all redone. The edits are drawn as
 * {@link Operation}s, which name elements by number rather than by id, so a failing run shrinks to a short list of
 * small operations on a small map; {@link #command} turns each into the command that does it.
 */
class RandomCommandSequenceProperties {

    @Property(tries = 300)
    void undoingEverythingGivesBackTheOriginalAndRedoingGivesBackTheEnd(
            @ForAll("maps") JourneyMap original, @ForAll("operations") List<Operation> edits) {
        CommandStack stack = new CommandStack(original);
        for (Operation edit : edits) {
            command(edit, stack.current()).ifPresent(command -> {
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

    @Provide
    Arbitrary<JourneyMap> maps() {
        return MapArbitraries.maps();
    }

    @Provide
    Arbitrary<List<Operation>> operations() {
        Arbitrary<Integer> n = Arbitraries.integers().between(0, 9);
        return Arbitraries.<Operation>oneOf(List.of(
                        n.map(Operation.AddStage::new),
                        Combinators.combine(n, n).as(Operation.RenameStage::new),
                        Combinators.combine(n, n).as(Operation.MoveStage::new),
                        n.map(Operation.DeleteStage::new),
                        Combinators.combine(
                                        n,
                                        n,
                                        n,
                                        Arbitraries.of(Channel.class),
                                        Arbitraries.integers().between(Card.MIN_SCORE, Card.MAX_SCORE))
                                .as(Operation.AddCard::new),
                        Combinators.combine(n, n, n, n).as(Operation.MoveCard::new),
                        Combinators.combine(n, n).as(Operation.EditCardText::new),
                        n.map(Operation.DeleteCard::new),
                        n.map(Operation.AddPersona::new),
                        Combinators.combine(n, n).as(Operation.RenamePersona::new),
                        Combinators.combine(n, n).as(Operation.MovePersona::new),
                        n.map(Operation.DeletePersona::new),
                        Combinators.combine(n, Arbitraries.of(LaneKind.class)).as(Operation.AddLane::new),
                        Combinators.combine(n, n).as(Operation.RenameLane::new),
                        n.map(Operation.DeleteLane::new)))
                .list()
                .ofMaxSize(25);
    }

    /**
     * An edit a user could make. Numbers pick elements counting round those the map has at that moment
     * ({@code card} 7 of 3 cards is the second), so any list of operations applies to any map.
     */
    sealed interface Operation {
        record AddStage(int at) implements Operation {}

        record RenameStage(int stage, int name) implements Operation {}

        record MoveStage(int stage, int to) implements Operation {}

        record DeleteStage(int stage) implements Operation {}

        /** A card of the lane's kind: a touchpoint takes the channel, an emotion the score. */
        record AddCard(int lane, int stage, int at, Channel channel, int score) implements Operation {}

        record MoveCard(int card, int lane, int stage, int at) implements Operation {}

        record EditCardText(int card, int text) implements Operation {}

        record DeleteCard(int card) implements Operation {}

        record AddPersona(int at) implements Operation {}

        record RenamePersona(int persona, int name) implements Operation {}

        record MovePersona(int persona, int to) implements Operation {}

        record DeletePersona(int persona) implements Operation {}

        record AddLane(int persona, LaneKind kind) implements Operation {}

        record RenameLane(int lane, int name) implements Operation {}

        record DeleteLane(int lane) implements Operation {}
    }

    /** The command for an operation on this map; none when it names an element the map has none of. */
    static Optional<Command> command(Operation operation, JourneyMap map) {
        List<Stage> stages = map.stages();
        List<Persona> personas = map.personas();
        List<Lane> lanes = personas.stream().flatMap(p -> p.lanes().stream()).toList();
        List<Card> cards = lanes.stream().flatMap(l -> l.cards().stream()).toList();
        if (operation instanceof Operation.AddStage add) {
            return Optional.of(ListEdit.insert(
                    ElementList.stages(), Stage.of(freshId(map), "New"), add.at() % (stages.size() + 1)));
        } else if (operation instanceof Operation.RenameStage rename) {
            return pick(stages, rename.stage())
                    .map(s -> new FieldEdit<>(Field.STAGE_NAME, s.id(), "Renamed " + rename.name()));
        } else if (operation instanceof Operation.MoveStage move) {
            return pick(stages, move.stage())
                    .map(s -> ListEdit.move(ElementList.stages(), s.id(), move.to() % stages.size()));
        } else if (operation instanceof Operation.DeleteStage delete) {
            return pick(stages, delete.stage()).map(s -> ListEdit.remove(ElementList.stages(), s.id()));
        } else if (operation instanceof Operation.AddCard add) {
            return pick(lanes, add.lane())
                    .flatMap(lane -> pick(stages, add.stage())
                            .map(stage -> AddCardsCommand.one(
                                    lane.id(), card(lane.kind(), freshId(map), stage.id(), add), add.at() % 3)));
        } else if (operation instanceof Operation.MoveCard move) {
            return pick(cards, move.card())
                    .flatMap(card -> pick(lanes, move.lane())
                            .flatMap(lane -> pick(stages, move.stage())
                                    .map(stage -> new MoveCardsCommand(
                                            List.of(card.id()), lane.id(), stage.id(), move.at() % 3))));
        } else if (operation instanceof Operation.EditCardText edit) {
            return pick(cards, edit.card())
                    .map(card -> new FieldEdit<>(Field.CARD_TEXT, card.id(), "Edited " + edit.text()));
        } else if (operation instanceof Operation.DeleteCard delete) {
            return pick(cards, delete.card()).map(card -> new DeleteCardsCommand(Set.of(card.id())));
        } else if (operation instanceof Operation.AddPersona add) {
            return Optional.of(ListEdit.insert(
                    ElementList.personas(),
                    Persona.of(freshId(map), "New", List.of()),
                    add.at() % (personas.size() + 1)));
        } else if (operation instanceof Operation.RenamePersona rename) {
            return pick(personas, rename.persona())
                    .map(p -> new FieldEdit<>(Field.PERSONA_NAME, p.id(), "Renamed " + rename.name()));
        } else if (operation instanceof Operation.MovePersona move) {
            return pick(personas, move.persona())
                    .map(p -> ListEdit.move(ElementList.personas(), p.id(), move.to() % personas.size()));
        } else if (operation instanceof Operation.DeletePersona delete) {
            return pick(personas, delete.persona()).map(p -> ListEdit.remove(ElementList.personas(), p.id()));
        } else if (operation instanceof Operation.AddLane add) {
            return pick(personas, add.persona())
                    .map(p -> ListEdit.addLaneInUsualPlace(p, Lane.of(freshId(map), add.kind())));
        } else if (operation instanceof Operation.RenameLane rename) {
            return pick(lanes, rename.lane())
                    .map(lane -> new FieldEdit<>(Field.LANE_TITLE, lane.id(), "Lane " + rename.name()));
        } else if (operation instanceof Operation.DeleteLane delete) {
            return pick(lanes, delete.lane())
                    .map(lane -> ListEdit.remove(
                            ElementList.lanesOf(
                                    map.personaOfLane(lane.id()).orElseThrow().id()),
                            lane.id()));
        }
        throw new IllegalArgumentException("no command for " + operation);
    }

    private static Card card(LaneKind kind, String id, String stageId, Operation.AddCard add) {
        Card card = Card.of(id, stageId, "Card " + id);
        if (kind == LaneKind.EMOTIONS) {
            return card.withScore(add.score());
        }
        return kind == LaneKind.TOUCHPOINTS ? card.withChannel(add.channel()) : card;
    }

    /** An id the map does not use yet. */
    private static String freshId(JourneyMap map) {
        int number = 1;
        while (map.usesId("new" + number)) {
            number++;
        }
        return "new" + number;
    }

    private static <T> Optional<T> pick(List<T> items, int number) {
        return items.isEmpty() ? Optional.empty() : Optional.of(items.get(number % items.size()));
    }
}
