package org.journeycanvas.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Set;
import org.journeycanvas.command.AddCardsCommand;
import org.journeycanvas.command.AddConnectorCommand;
import org.journeycanvas.command.Command;
import org.journeycanvas.command.DeleteCardsCommand;
import org.journeycanvas.command.DeleteConnectorsCommand;
import org.journeycanvas.command.ElementList;
import org.journeycanvas.command.Field;
import org.journeycanvas.command.FieldEdit;
import org.journeycanvas.command.ListEdit;
import org.journeycanvas.command.MoveCardsCommand;
import org.journeycanvas.model.Card;
import org.journeycanvas.model.Channel;
import org.journeycanvas.model.Connector;
import org.journeycanvas.model.ConnectorStyle;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.Lane;
import org.journeycanvas.model.LaneKind;
import org.journeycanvas.model.Persona;
import org.journeycanvas.model.Stage;
import org.journeycanvas.testing.InEnglish;
import org.journeycanvas.testing.SampleMaps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(InEnglish.class)
class MapDiffTest {
    private final JourneyMap older = SampleMaps.threeStages();

    @Test
    void equalMapsHaveNoDifferencesWhateverTheirIds() {
        JourneyMap copy =
                new JourneyMap("other-id", older.title(), older.description(), older.stages(), older.personas());
        assertThat(MapDiff.between(older, copy)).isEmpty();
    }

    @Test
    void mapFieldsChangeWithOldAndNewValue() {
        JourneyMap newer = apply(FieldEdit.ofMap(Field.MAP_TITLE, "Fleet journey"));
        assertThat(MapDiff.between(older, newer)).singleElement().satisfies(difference -> {
            Difference.Changed changed = (Difference.Changed) difference;
            assertThat(changed.kind()).isEqualTo(ElementKind.MAP);
            assertThat(changed.field().name()).isEqualTo("title");
            assertThat(changed.oldValue()).isEqualTo("Fleet software: B2B buyer journey");
            assertThat(changed.newValue()).isEqualTo("Fleet journey");
        });
        assertTakenBack(newer);
    }

    @Test
    void cardFieldsChangeOneByOne() {
        JourneyMap newer = apply(
                new FieldEdit<>(Field.CARD_TEXT, "c3", "Live demo"),
                new FieldEdit<>(Field.CARD_SCORE, "e1", -2),
                new FieldEdit<>(Field.CARD_CHANNEL, "c1", Channel.EVENT),
                new FieldEdit<>(Field.CARD_TAGS, "c2", List.of("analyst", "gartner")));
        assertThat(lines(newer))
                .containsExactly(
                        "changed card \"Industry webinar\": channel Webinar → Event",
                        "changed card \"Analyst report\": tags \"analyst\" → \"analyst\", \"gartner\"",
                        "changed card \"Live demo\": text \"Product demo\" → \"Live demo\"",
                        "changed card \"Curious\": score +1 → -2");
        assertTakenBack(newer);
    }

    @Test
    void addedAndRemovedCardsNameTheirPlace() {
        JourneyMap newer = apply(
                AddCardsCommand.one("l-pain", Card.of("n1", "s2", "Pricing unclear"), 0),
                new DeleteCardsCommand(Set.of("c2")));
        List<Difference> differences = MapDiff.between(older, newer);
        assertThat(differences).hasSize(2);
        assertThat(differences.get(0)).isInstanceOf(Difference.Removed.class);
        assertThat(differences.get(0).id()).isEqualTo("c2");
        assertThat(((Difference.Removed) differences.get(0)).place()).isEqualTo(new Place("p1", "l-touch", "s1", 1));
        assertThat(differences.get(1)).isInstanceOf(Difference.Added.class);
        assertThat(lines(newer))
                .containsExactly(
                        "removed card \"Analyst report\" from Dana › Touchpoints › Awareness, position 2",
                        "added card \"Pricing unclear\" at Dana › Pain points › Consideration, position 1");
        assertTakenBack(newer);
    }

    @Test
    void cardsMovedToAnotherStageLaneOrPositionInTheirCell() {
        JourneyMap toStage = apply(new MoveCardsCommand(List.of("c3"), "l-touch", "s3", 0));
        assertThat(lines(toStage))
                .containsExactly("moved card \"Product demo\": Dana › Touchpoints › Consideration, position 1 → "
                        + "Dana › Touchpoints › Decision, position 1");
        assertTakenBack(toStage);

        JourneyMap toLane = apply(new MoveCardsCommand(List.of("c1"), "l-pain", "s1", 0));
        // The channel a pain point cannot hold is part of the move, and comes back with it.
        assertThat(MapDiff.between(older, toLane)).singleElement().isInstanceOf(Difference.Moved.class);
        JourneyMap back = MapDiff.between(older, toLane).get(0).takeBack(toLane).apply(toLane);
        assertThat(back).isEqualTo(older);

        // c2 put before c1: one card moved, not two
        JourneyMap inCell = apply(new MoveCardsCommand(List.of("c2"), "l-touch", "s1", 0));
        assertThat(MapDiff.between(older, inCell)).singleElement().satisfies(difference -> {
            assertThat(difference).isInstanceOf(Difference.Moved.class);
            assertThat(difference.id()).isIn("c1", "c2");
        });
        assertTakenBack(inCell);
    }

    @Test
    void stagesAddedRemovedRenamedAndReordered() {
        JourneyMap newer = apply(
                ListEdit.insert(ElementList.stages(), Stage.of("s4", "Onboarding"), 3),
                new FieldEdit<>(Field.STAGE_NAME, "s1", "Discover"),
                ListEdit.move(ElementList.stages(), "s3", 0));
        assertThat(lines(newer))
                .containsExactly(
                        "moved stage \"Decision\": position 3 → position 1",
                        "changed stage \"Discover\": name \"Awareness\" → \"Discover\"",
                        "added stage \"Onboarding\" at position 4");
        assertTakenBack(newer);

        JourneyMap withoutStage = apply(ListEdit.remove(ElementList.stages(), "s1"));
        assertThat(MapDiff.between(older, withoutStage))
                .extracting(Difference::kind, Difference::id)
                .containsExactly(
                        tuple(ElementKind.STAGE, "s1"),
                        tuple(ElementKind.CARD, "c1"),
                        tuple(ElementKind.CARD, "c2"),
                        tuple(ElementKind.CARD, "e1"));
        assertTakenBack(withoutStage);
    }

    @Test
    void personasAndLanesAddedRemovedAndMoved() {
        Persona sam = Persona.of("p2", "Sam", List.of(Lane.of("l-sam", LaneKind.THOUGHTS)));
        JourneyMap newer = apply(
                ListEdit.insert(ElementList.personas(), sam, 0),
                ListEdit.move(ElementList.lanesOf("p1"), "l-pain", 0),
                new FieldEdit<>(Field.PERSONA_ROLE, "p1", "Fleet manager"),
                new FieldEdit<>(Field.LANE_TITLE, "l-emo", "Feelings"));
        assertThat(lines(newer))
                .containsExactly(
                        "added persona \"Sam\" at position 1",
                        "changed persona \"Dana\": role \"Fleet operations manager\" → \"Fleet manager\"",
                        "added lane \"Thoughts\" at Sam, position 1",
                        "moved lane \"Pain points\": Dana, position 3 → Dana, position 1",
                        "changed lane \"Feelings\": title \"Emotions\" → \"Feelings\"");
        assertTakenBack(newer);
    }

    @Test
    void aLaneMovedToAnotherPersonaIsMovedWithItsCards() {
        Persona sam = Persona.of("p2", "Sam", List.of());
        JourneyMap withSam = apply(ListEdit.insert(ElementList.personas(), sam, 1));
        Lane touch = older.lane("l-touch").orElseThrow();
        JourneyMap moved = apply(
                withSam,
                ListEdit.remove(ElementList.lanesOf("p1"), "l-touch"),
                ListEdit.insert(ElementList.lanesOf("p2"), touch, 0));
        assertThat(MapDiff.between(withSam, moved)).singleElement().satisfies(difference -> {
            Difference.Moved lane = (Difference.Moved) difference;
            assertThat(lane.from()).isEqualTo(new Place("p1", null, null, 0));
            assertThat(lane.to()).isEqualTo(new Place("p2", null, null, 0));
        });
        assertTakenBack(withSam, moved);
    }

    @Test
    void aRemovedPersonaComesBackWithItsLanesAndCardsInOneStep() {
        JourneyMap newer = apply(ListEdit.remove(ElementList.personas(), "p1"));
        List<Difference> differences = MapDiff.between(older, newer);
        assertThat(differences).hasSize(1 + 3 + 4);
        Difference persona = differences.get(0);
        assertThat(persona.kind()).isEqualTo(ElementKind.PERSONA);
        assertThat(persona.takeBack(newer).apply(newer)).isEqualTo(older);
    }

    @Test
    void aRemovedCardWhoseLaneAndStageAreGoneBringsThemBack() {
        JourneyMap newer =
                apply(ListEdit.remove(ElementList.lanesOf("p1"), "l-emo"), ListEdit.remove(ElementList.stages(), "s1"));
        Difference emotion = MapDiff.between(older, newer).stream()
                .filter(difference -> difference.id().equals("e1"))
                .findFirst()
                .orElseThrow();
        Command takeBack = emotion.takeBack(newer);
        JourneyMap restored = takeBack.apply(newer);
        assertThat(restored.findCard("e1").orElseThrow().lane().id()).isEqualTo("l-emo");
        assertThat(restored.stages().get(0).id()).isEqualTo("s1");
        assertThat(takeBack.undoLabel()).isEqualTo("Take back change");
    }

    @Test
    void aLaneKindChangedInTheFileIsTakenBack() {
        Lane lane = older.lane("l-pain").orElseThrow();
        JourneyMap newer = older.withLanesMapped(
                l -> l == lane ? new Lane(l.id(), LaneKind.OPPORTUNITIES, l.title(), l.cards()) : l);
        assertThat(lines(newer)).containsExactly("changed lane \"Pain points\": kind Pain points → Opportunities");
        assertTakenBack(newer);

        Lane emotions = older.lane("l-emo").orElseThrow();
        JourneyMap notes = older.withLanesMapped(l -> l == emotions ? ComparedField.withKind(l, LaneKind.NOTES) : l);
        assertThat(lines(notes)).containsExactly("changed lane \"Emotions\": kind Emotions → Notes");
        assertThat(MapDiff.between(older, notes).get(0).takeBack(notes).apply(notes))
                .isEqualTo(older);
    }

    /** Taking back a lane's kind or persona takes the lane out and puts it back: its connectors stay. */
    @Test
    void takingBackALanesKindOrPersonaKeepsItsCardsConnectors() {
        JourneyMap connected = older.withConnectors(List.of(Connector.between("k1", "c1", "e1")));
        Lane touch = connected.lane("l-touch").orElseThrow();
        JourneyMap notes = connected.withLanesMapped(l -> l == touch ? ComparedField.withKind(l, LaneKind.NOTES) : l);

        JourneyMap kindBack =
                MapDiff.between(connected, notes).get(0).takeBack(notes).apply(notes);

        assertThat(kindBack.connectors()).extracting(Connector::id).containsExactly("k1");
        assertThat(MapDiff.between(connected, kindBack)).isEmpty();

        Persona sam = Persona.of("p2", "Sam", List.of());
        JourneyMap withSam = ListEdit.insert(ElementList.personas(), sam, 1).apply(connected);
        JourneyMap moved = ListEdit.insert(
                        ElementList.lanesOf("p2"), withSam.lane("l-touch").orElseThrow(), 0)
                .apply(withSam.withPersonaMapped(
                        "p1",
                        persona -> persona.withLanes(persona.lanes().stream()
                                .filter(lane -> !lane.id().equals("l-touch"))
                                .toList())));
        JourneyMap movedWithConnector = moved.withConnectors(connected.connectors());
        JourneyMap laneBack = MapDiff.between(withSam, movedWithConnector)
                .get(0)
                .takeBack(movedWithConnector)
                .apply(movedWithConnector);

        assertThat(laneBack.connectors()).extracting(Connector::id).containsExactly("k1");
    }

    @Test
    void connectorsAddedRemovedAndChanged() {
        JourneyMap withArrows = apply(
                new AddConnectorCommand(Connector.between("k1", "c1", "c3")),
                new AddConnectorCommand(Connector.between("k2", "c2", "c3")));
        JourneyMap newer = apply(
                withArrows,
                new DeleteConnectorsCommand(Set.of("k2")),
                new FieldEdit<>(Field.CONNECTOR_STYLE, "k1", ConnectorStyle.DASHED),
                new AddConnectorCommand(Connector.between("k3", "c3", "e1").withLabel("feels")));
        DifferenceText text = new DifferenceText(withArrows, newer);
        assertThat(MapDiff.between(withArrows, newer).stream().map(text::describe))
                .containsExactly(
                        "removed connector \"Analyst report\" → \"Product demo\"",
                        "changed connector \"Industry webinar\" → \"Product demo\": style solid → dashed",
                        "added connector \"Product demo\" → \"Curious\" (\"feels\")");
        assertTakenBack(withArrows, newer);

        JourneyMap rewired = withArrows.withConnectorMapped("k1", connector -> connector.withEnds("e1", "c1"));
        assertThat(lines(withArrows, rewired))
                .containsExactly("changed connector \"Curious\" → \"Industry webinar\": it joined \"Industry webinar\""
                        + " → \"Product demo\" before");
        assertTakenBack(withArrows, rewired);
    }

    @Test
    void aConnectorTakenBackBringsBackTheCardItJoined() {
        JourneyMap withArrow = apply(new AddConnectorCommand(Connector.between("k1", "c1", "c3")));
        JourneyMap newer = apply(withArrow, new DeleteCardsCommand(Set.of("c3")));
        Difference connector = MapDiff.between(withArrow, newer).stream()
                .filter(difference -> difference.kind() == ElementKind.CONNECTOR)
                .findFirst()
                .orElseThrow();
        assertThat(connector.takeBack(newer).apply(newer)).isEqualTo(withArrow);
    }

    @Test
    void aDifferenceTakenBackAlreadyNoLongerFits() {
        JourneyMap newer = apply(new DeleteCardsCommand(Set.of("c1")));
        Difference removed = MapDiff.between(older, newer).get(0);
        assertThatThrownBy(() -> removed.takeBack(older)).isInstanceOf(IllegalArgumentException.class);
    }

    /** Each difference alone, taken back on the newer map, leaves the others; all of them give the older map. */
    private void assertTakenBack(JourneyMap newer) {
        assertTakenBack(older, newer);
    }

    private static void assertTakenBack(JourneyMap before, JourneyMap newer) {
        List<Difference> differences = MapDiff.between(before, newer);
        for (Difference difference : differences) {
            JourneyMap undone = difference.takeBack(newer).apply(newer);
            assertThat(MapDiff.between(before, undone))
                    .as("after taking back %s", difference)
                    .hasSizeLessThan(differences.size());
        }
        JourneyMap current = newer;
        for (int i = 0;
                i < 3 * differences.size() && !MapDiff.between(before, current).isEmpty();
                i++) {
            current = MapDiff.between(before, current).get(0).takeBack(current).apply(current);
        }
        assertThat(MapDiff.between(before, current)).isEmpty();
    }

    private List<String> lines(JourneyMap newer) {
        return lines(older, newer);
    }

    private static List<String> lines(JourneyMap before, JourneyMap newer) {
        DifferenceText text = new DifferenceText(before, newer);
        return MapDiff.between(before, newer).stream().map(text::describe).toList();
    }

    private JourneyMap apply(Command... commands) {
        return apply(older, commands);
    }

    private static JourneyMap apply(JourneyMap map, Command... commands) {
        JourneyMap result = map;
        for (Command command : commands) {
            result = command.apply(result);
        }
        return result;
    }
}
