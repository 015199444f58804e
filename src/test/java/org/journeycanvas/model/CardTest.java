package org.journeycanvas.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CardTest {
    private final Card card = new Card(
            "c1", "s1", "Webinar", "Hosted by the association", Channel.WEBINAR, null, "#FFE8A3", List.of("events"));

    @Test
    void withIdChangesOnlyTheId() {
        Card copy = card.withId("c2");

        assertThat(copy.id()).isEqualTo("c2");
        assertThat(copy).usingRecursiveComparison().ignoringFields("id").isEqualTo(card);
        assertThat(card.id()).as("the original is untouched").isEqualTo("c1");
    }

    @Test
    void withIdChecksTheNewId() {
        assertThatThrownBy(() -> card.withId("not an id"))
                .isInstanceOf(MapInvariantException.class)
                .hasMessageContaining("is not a valid id");
    }

    private static final String PICTURE = "data:image/jpeg;base64,/9j/4AAQ";

    @Test
    void aPictureIsADataUriAndOnlyAStoryboardCardHoldsOne() {
        Card picture = Card.of("p1", "s1", "Unboxing").withPicture(PICTURE);
        assertThat(new Lane("l1", LaneKind.STORYBOARD, "Storyboard", List.of(picture)).cards())
                .containsExactly(picture);
        assertThatThrownBy(() -> new Lane("l2", LaneKind.NOTES, "Notes", List.of(picture)))
                .isInstanceOf(MapInvariantException.class)
                .hasMessageContaining("cards[0].picture");
        assertThatThrownBy(() -> picture.withPicture("https://example.org/a.png"))
                .isInstanceOf(MapInvariantException.class)
                .hasMessageContaining("picture");
        assertThat(card.picture())
                .as("the eight-part constructor makes a card without one")
                .isNull();
    }

    @Test
    void aCardMovedOutOfTheStoryboardLosesItsPictureOnly() {
        Card picture = Card.of("p1", "s1", "Unboxing").withPicture(PICTURE).withTags(List.of("day one"));
        assertThat(picture.adaptedTo(LaneKind.STORYBOARD)).isSameAs(picture);
        Card moved = picture.adaptedTo(LaneKind.ACTIONS);
        assertThat(moved.picture()).isNull();
        assertThat(moved.withPicture(PICTURE)).isEqualTo(picture);
    }
}
