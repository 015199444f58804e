package org.journeycanvas.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.journeycanvas.testing.SampleMaps;
import org.junit.jupiter.api.Test;

class ModelInvariantsTest {
    private final JourneyMap sample = SampleMaps.threeStages();

    @Test
    void sampleMapIsValid() {
        assertThat(sample.cardCount()).isEqualTo(4);
        assertThat(sample.ids()).contains("m1", "s1", "p1", "l-touch", "c1", "e1");
    }

    @Test
    void duplicateIdNamesBothPlaces() {
        List<Stage> stages = new ArrayList<>(sample.stages());
        stages.add(Stage.of("c1", "Retention"));
        assertThatThrownBy(() -> sample.withStages(stages))
                .isInstanceOf(MapInvariantException.class)
                .hasMessage("personas[0].lanes[0].cards[0].id: id \"c1\" is already used by stages[3].id");
    }

    @Test
    void cardAtMissingStageIsRejected() {
        Lane lane = sample.personas().get(0).lanes().get(2).withCards(List.of(Card.of("x1", "s9", "Lost")));
        assertThatThrownBy(() -> withLane(2, lane))
                .isInstanceOf(MapInvariantException.class)
                .hasMessage("personas[0].lanes[2].cards[0].stage: no stage \"s9\"");
    }

    @Test
    void cardCannotReferToSomethingThatIsNotAStage() {
        Lane lane = sample.personas().get(0).lanes().get(2).withCards(List.of(Card.of("x1", "p1", "Wrong")));
        assertThatThrownBy(() -> withLane(2, lane)).hasMessage("personas[0].lanes[2].cards[0].stage: no stage \"p1\"");
    }

    @Test
    void scoreOutsideMinusTwoToTwoIsRejected() {
        assertThatThrownBy(() -> Card.of("e2", "s1", "Thrilled").withScore(7))
                .isInstanceOf(MapInvariantException.class)
                .hasMessage("score: must be a whole number from -2 to +2, not 7");
        assertThatThrownBy(() -> Card.of("e2", "s1", "Awful").withScore(-3))
                .hasMessage("score: must be a whole number from -2 to +2, not -3");
    }

    @Test
    void scoreOnlyOnEmotionCards() {
        Card scored = Card.of("x1", "s1", "Webinar").withScore(1);
        assertThatThrownBy(() -> new Lane("l1", LaneKind.TOUCHPOINTS, "Touchpoints", List.of(scored)))
                .isInstanceOf(MapInvariantException.class)
                .hasMessage("cards[0].score: only emotion cards have a score (this is a touchpoints lane)");
    }

    @Test
    void channelOnlyOnTouchpoints() {
        Card withChannel = Card.of("x1", "s1", "Call").withChannel(Channel.PHONE);
        assertThatThrownBy(() -> new Lane("l1", LaneKind.PAIN_POINTS, "Pain points", List.of(withChannel)))
                .hasMessage("cards[0].channel: only touchpoint cards have a channel (this is a pain points lane)");
    }

    @Test
    void coloursMustBeHexOrNull() {
        assertThat(Stage.of("s1", "A").withColor("#1a2B3c").color()).isEqualTo("#1a2B3c");
        assertThat(Stage.of("s1", "A").withColor(null).color()).isNull();
        assertThatThrownBy(() -> Stage.of("s1", "A").withColor("red"))
                .hasMessage("color: \"red\" is not a colour (expected #RRGGBB or null)");
        assertThatThrownBy(() -> Card.of("c", "s1", "x").withColor("#12345"))
                .hasMessage("color: \"#12345\" is not a colour (expected #RRGGBB or null)");
    }

    @Test
    void idsMustBeShortPlainWords() {
        assertThatThrownBy(() -> Stage.of("", "A")).hasMessageStartingWith("id: \"\" is not a valid id");
        assertThatThrownBy(() -> Stage.of("a b", "A")).hasMessageStartingWith("id: \"a b\" is not a valid id");
        assertThatThrownBy(() -> Stage.of(null, "A")).hasMessage("id: an id is required");
    }

    @Test
    void photoMustBeAnEmbeddedPngOrJpeg() {
        assertThatThrownBy(() -> new Persona("p2", "A", "", "", "", List.of(), null, "file:///tmp/me.png", List.of()))
                .hasMessage("photo: a photo must be a data:image/png;base64 or data:image/jpeg;base64 URI");
        assertThatThrownBy(() ->
                        new Persona("p2", "A", "", "", "", List.of(), null, "data:image/gif;base64,R0lG", List.of()))
                .isInstanceOf(MapInvariantException.class);
        assertThatNoException()
                .isThrownBy(() ->
                        new Persona("p2", "A", "", "", "", List.of(), null, "data:image/jpeg;base64,/9j/", List.of()));
        assertThatNoException()
                .isThrownBy(() -> new Persona(
                        "p2", "A", "", "", "", List.of(), null, "data:image/png;base64,iVBORw0KGgo=", List.of()));
    }

    @Test
    void textIsNeverNull() {
        assertThatThrownBy(() -> Card.of("c", "s1", null)).hasMessage("text: text is required (use \"\" for none)");
        assertThatThrownBy(() -> new Persona("p2", "A", "", "", "", null, null, null, List.of()))
                .hasMessage("goals: a list is required (use [] for none)");
    }

    @Test
    void aLoneSurrogateBecomesAReplacementCharacterSoSavingCannotChangeTheText() {
        assertThat(Card.of("c", "s1", "a\uD800b").text()).isEqualTo("a\uFFFDb");
        assertThat(Card.of("c", "s1", "end\uDC00").text()).isEqualTo("end\uFFFD");
        assertThat(Card.of("c", "s1", "emoji 😀 stays").text()).isEqualTo("emoji 😀 stays");
        assertThat(Card.of("c", "s1", "x").withTags(java.util.List.of("\uD83D")).tags())
                .containsExactly("\uFFFD");
    }

    @Test
    void nestedPathsAreJoinedForReporting() {
        MapInvariantException problem = new MapInvariantException("cards[3].stage", "no stage \"s9\"");
        assertThat(problem.within("personas[0].lanes[1]").getMessage())
                .isEqualTo("personas[0].lanes[1].cards[3].stage: no stage \"s9\"");
        assertThat(MapInvariantException.join("goals", "[2]")).isEqualTo("goals[2]");
    }

    @Test
    void listsAreImmutableCopies() {
        List<String> tags = new ArrayList<>(List.of("a"));
        Card card = Card.of("c", "s1", "x").withTags(tags);
        tags.add("b");
        assertThat(card.tags()).containsExactly("a");
    }

    private JourneyMap withLane(int laneIndex, Lane lane) {
        Persona persona = sample.personas().get(0);
        List<Lane> lanes = new ArrayList<>(persona.lanes());
        lanes.set(laneIndex, lane);
        return sample.withPersonas(List.of(persona.withLanes(lanes)));
    }
}
