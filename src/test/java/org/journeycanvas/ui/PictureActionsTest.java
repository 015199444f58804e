package org.journeycanvas.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.journeycanvas.model.Card;
import org.journeycanvas.model.IdGenerator;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.Lane;
import org.journeycanvas.model.LaneKind;
import org.journeycanvas.testing.InEnglish;
import org.journeycanvas.testing.SampleMaps;
import org.journeycanvas.ui.PictureActions.Picture;
import org.journeycanvas.ui.PictureActions.Spot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Where pictures land, each gesture one undo step. */
@ExtendWith(InEnglish.class)
class PictureActionsTest {
    private static final String JPEG = "data:image/jpeg;base64,/9j/4AAQ";

    @Test
    void aPersonaWithoutAStoryboardGetsOneOnTopWithThePictureInOneUndoStep() {
        JourneyMap original = SampleMaps.threeStages();
        EditorViewModel editor = new EditorViewModel(original, new IdGenerator(new Random(3)));

        String status = new PictureActions(editor)
                .put(List.of(new Picture(JPEG, "Fleet dashboard")), new Spot.InCell("l-pain", "s2", 0))
                .orElseThrow();

        Lane storyboard = editor.getMap().personas().get(0).lanes().get(0);
        assertThat(storyboard.kind()).isEqualTo(LaneKind.STORYBOARD);
        assertThat(storyboard.cards())
                .extracting(Card::text, Card::picture, Card::stageId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Fleet dashboard", JPEG, "s2"));
        assertThat(status).isEqualTo("Picture added to the storyboard of Dana at \"Consideration\"");
        assertThat(editor.getSelection().cardIds())
                .containsExactly(storyboard.cards().get(0).id());
        editor.undo();
        assertThat(editor.getMap()).isEqualTo(original);
    }

    @Test
    void severalPicturesOnAStoryboardCardGoAfterItAndOneOnAnotherCardGoesToTheStoryboard() {
        JourneyMap original = SampleMaps.withStoryboard();
        EditorViewModel editor = new EditorViewModel(original, new IdGenerator(new Random(3)));
        PictureActions actions = new PictureActions(editor);

        actions.put(List.of(new Picture(JPEG, "a"), new Picture(JPEG, "b")), new Spot.OnCard("sb1"));
        assertThat(editor.getMap().lane("l-story").orElseThrow().cardsAt("s1"))
                .extracting(Card::text)
                .containsExactly("Dana watches the webinar on her laptop", "a", "b");
        editor.undo();
        assertThat(editor.getMap()).isEqualTo(original);

        actions.put(List.of(new Picture(JPEG, "c")), new Spot.OnCard("c3"));
        assertThat(editor.getMap().lane("l-story").orElseThrow().cardsAt("s2"))
                .extracting(Card::text)
                .containsExactly("The demo in the meeting room", "c");
        assertThat(editor.getMap().findCard("c3").orElseThrow().card().picture())
                .isNull();
    }

    @Test
    void aPlaceThatIsGoneTakesNothing() {
        EditorViewModel editor = new EditorViewModel(SampleMaps.withStoryboard(), new IdGenerator(new Random(3)));
        assertThat(new PictureActions(editor).put(List.of(new Picture(JPEG, "x")), new Spot.OnCard("gone")))
                .isEmpty();
        assertThat(new PictureActions(editor).put(List.of(new Picture(JPEG, "x")), new Spot.InCell("gone", "s1", 0)))
                .isEmpty();
    }
}
