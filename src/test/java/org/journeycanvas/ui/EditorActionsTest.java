package org.journeycanvas.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.journeycanvas.layout.DropTarget;
import org.journeycanvas.layout.Rect;
import org.journeycanvas.model.Card;
import org.journeycanvas.model.Channel;
import org.journeycanvas.model.IdGenerator;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.Lane;
import org.journeycanvas.model.LaneKind;
import org.journeycanvas.testing.SampleMaps;
import org.junit.jupiter.api.Test;

class EditorActionsTest {
    private static final Rect ANYWHERE = new Rect(0, 0, 1, 1);

    private final JourneyMap original = SampleMaps.threeStages();
    private final EditorViewModel editor = new EditorViewModel(original, new IdGenerator(new Random(7)));
    private final EditorActions actions = new EditorActions(editor);

    @Test
    void droppingAKindThePersonaLacksAddsTheLaneAndCardAsOneUndoStep() {
        String cardId = actions.addCard(
                        LaneKind.OPPORTUNITIES,
                        new DropTarget.IntoNewLane("p1", LaneKind.OPPORTUNITIES, "s2", ANYWHERE),
                        0)
                .orElseThrow();

        List<Lane> lanes = editor.getMap().personas().get(0).lanes();
        assertThat(lanes)
                .extracting(Lane::kind)
                .containsExactly(LaneKind.TOUCHPOINTS, LaneKind.EMOTIONS, LaneKind.PAIN_POINTS, LaneKind.OPPORTUNITIES);
        assertThat(lanes.get(3).cards()).extracting(Card::id).containsExactly(cardId);
        assertThat(editor.getSelection().cardIds()).containsExactly(cardId);
        assertThat(editor.undoTextProperty().get()).isEqualTo("Undo Add opportunity");
        editor.undo();
        assertThat(editor.getMap()).isEqualTo(original);
    }

    @Test
    void aPersonaWithAServiceBlueprintHasItsFiveLanesUnderTheUsualOnes() {
        String personaId = actions.addPersona(true);

        assertThat(editor.getMap().persona(personaId).orElseThrow().lanes())
                .extracting(Lane::kind)
                .containsExactly(
                        LaneKind.ACTIONS,
                        LaneKind.TOUCHPOINTS,
                        LaneKind.THOUGHTS,
                        LaneKind.EMOTIONS,
                        LaneKind.PAIN_POINTS,
                        LaneKind.OPPORTUNITIES,
                        LaneKind.PHYSICAL_EVIDENCE,
                        LaneKind.FRONTSTAGE,
                        LaneKind.BACKSTAGE,
                        LaneKind.SUPPORT_PROCESSES,
                        LaneKind.SYSTEMS);
    }

    @Test
    void theBlueprintLanesAPersonaLacksAreAddedInTheirPlacesAsOneUndoStep() {
        actions.addLane("p1", LaneKind.BACKSTAGE);
        JourneyMap withBackstage = editor.getMap();

        actions.addBlueprintLanes("p1");

        assertThat(editor.getMap().personas().get(0).lanes())
                .extracting(Lane::kind)
                .containsExactly(
                        LaneKind.TOUCHPOINTS,
                        LaneKind.EMOTIONS,
                        LaneKind.PAIN_POINTS,
                        LaneKind.PHYSICAL_EVIDENCE,
                        LaneKind.FRONTSTAGE,
                        LaneKind.BACKSTAGE,
                        LaneKind.SUPPORT_PROCESSES,
                        LaneKind.SYSTEMS);
        assertThat(editor.undoTextProperty().get()).isEqualTo("Undo Add service blueprint lanes");
        editor.undo();
        assertThat(editor.getMap()).isEqualTo(withBackstage);

        actions.addBlueprintLanes("p1");
        JourneyMap complete = editor.getMap();
        actions.addBlueprintLanes("p1");
        assertThat(editor.getMap()).isSameAs(complete);
    }

    @Test
    void anEmotionTakesTheScoreItWasDroppedAtAndATouchpointAChannel() {
        String emotion = actions.addCard(
                        LaneKind.EMOTIONS, new DropTarget.IntoCell("l-emo", "s2", 0, ANYWHERE, ANYWHERE), -1)
                .orElseThrow();
        String touchpoint = actions.addCard(
                        LaneKind.TOUCHPOINTS, new DropTarget.IntoCell("l-touch", "s3", 0, ANYWHERE, ANYWHERE), 0)
                .orElseThrow();
        assertThat(editor.getMap().findCard(emotion).orElseThrow().card().score())
                .isEqualTo(-1);
        assertThat(editor.getMap().findCard(touchpoint).orElseThrow().card().channel())
                .isEqualTo(Channel.OTHER);
    }

    @Test
    void aDropWhereNothingFitsChangesNothing() {
        assertThat(actions.addCard(LaneKind.NOTES, new DropTarget.None(), 0)).isEmpty();
        assertThat(actions.addStage(new DropTarget.None())).isEmpty();
        assertThat(editor.canUndoProperty().get()).isFalse();
    }

    @Test
    void movingAStageRightCountsThePositionWithoutIt() {
        actions.moveStage("s1", new DropTarget.StageInsert(2, ANYWHERE));
        assertThat(editor.getMap().stages()).extracting(s -> s.id()).containsExactly("s2", "s1", "s3");
        actions.moveStage("s1", new DropTarget.StageInsert(1, ANYWHERE));
        assertThat(editor.getMap().stages()).extracting(s -> s.id()).containsExactly("s2", "s1", "s3");
        assertThat(editor.undoTextProperty().get()).isEqualTo("Undo Move stage");
    }

    @Test
    void duplicatePutsCopiesRightAfterTheOriginalsAndSelectsThem() {
        editor.select(Selection.cards(List.of("c1"), new Selection.Cell("l-touch", "s1")));
        actions.duplicateSelection();
        List<Card> cell = editor.getMap().lane("l-touch").orElseThrow().cardsAt("s1");
        assertThat(cell)
                .extracting(Card::text)
                .containsExactly("Industry webinar", "Industry webinar", "Analyst report");
        assertThat(cell.get(1).id()).isNotEqualTo("c1");
        assertThat(editor.getSelection().cardIds()).containsExactly(cell.get(1).id());
        editor.undo();
        assertThat(editor.getMap()).isEqualTo(original);
    }

    @Test
    void pasteGoesIntoTheSelectedCellAsCardsOfThatLane() {
        editor.select(Selection.cell(new Selection.Cell("l-pain", "s2")));
        boolean pasted = actions.paste(List.of(
                Card.of("x", "elsewhere", "Slow quote"),
                Card.of("y", "elsewhere", "No pricing page").withChannel(Channel.WEBSITE)));
        assertThat(pasted).isTrue();
        List<Card> cell = editor.getMap().lane("l-pain").orElseThrow().cardsAt("s2");
        assertThat(cell).extracting(Card::text).containsExactly("Slow quote", "No pricing page");
        assertThat(cell).allSatisfy(card -> assertThat(card.channel()).isNull());
        assertThat(editor.undoTextProperty().get()).isEqualTo("Undo Paste 2 cards");
    }

    @Test
    void pasteWithoutASelectedCellDoesNothing() {
        editor.select(Selection.NOTHING);
        assertThat(actions.paste(List.of(Card.of("x", "s", "Text")))).isFalse();
        assertThat(editor.canUndoProperty().get()).isFalse();
    }

    @Test
    void deleteRemovesSelectedCardsOrElseTheSelectedStage() {
        editor.select(new Selection.OfStage("s1"));
        actions.deleteSelection();
        assertThat(editor.getMap().stages()).hasSize(2);
        assertThat(editor.getMap().cardCount()).isEqualTo(1);
        assertThat(editor.getSelection().isNothing()).isTrue();
    }

    @Test
    void titleShowsTheFileAndUnsavedChanges() {
        assertThat(editor.titleProperty().get()).isEqualTo("Untitled — Journey Canvas");
        actions.editText("c1", "Podcast");
        assertThat(editor.titleProperty().get()).isEqualTo("• Untitled — Journey Canvas");
        editor.saved(java.nio.file.Path.of("fleet.journey"), editor.revision());
        assertThat(editor.titleProperty().get()).isEqualTo("fleet.journey — Journey Canvas");
    }
}
