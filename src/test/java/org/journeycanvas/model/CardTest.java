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
}
