package org.journeycanvas.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.journeycanvas.model.BlueprintZone;
import org.journeycanvas.model.Card;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.Lane;
import org.journeycanvas.model.LaneKind;
import org.journeycanvas.model.Persona;
import org.journeycanvas.model.Stage;
import org.journeycanvas.testing.InEnglish;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(InEnglish.class)
class BlueprintLineTest {
    private final MapLayout layout =
            new MapLayout(new TextWrapper((text, style) -> text.length() * 7.0), LayoutStyle.DEFAULT);

    @Test
    void aFullBlueprintHasItsThreeLinesAlongTheTopsOfTheLanesThatStartEachZone() {
        PersonaBand band = band(
                LaneKind.ACTIONS,
                LaneKind.EMOTIONS,
                LaneKind.PHYSICAL_EVIDENCE,
                LaneKind.FRONTSTAGE,
                LaneKind.BACKSTAGE,
                LaneKind.SUPPORT_PROCESSES,
                LaneKind.SYSTEMS);

        List<BlueprintLine> lines = BlueprintLine.in(band);

        assertThat(lines)
                .extracting(BlueprintLine::zone)
                .containsExactly(BlueprintZone.FRONTSTAGE, BlueprintZone.BACKSTAGE, BlueprintZone.SUPPORT);
        assertThat(lines)
                .extracting(BlueprintLine::y)
                .containsExactly(
                        band.lanes().get(3).bounds().y(),
                        band.lanes().get(4).bounds().y(),
                        band.lanes().get(5).bounds().y());
        assertThat(lines.get(0).toX()).isEqualTo(band.lanes().get(3).bounds().maxX());
        assertThat(lines)
                .extracting(line -> line.zone().lineName())
                .containsExactly("Line of interaction", "Line of visibility", "Line of internal interaction");
    }

    @Test
    void aSkippedZoneGivesOneLineNamedForTheZoneBelowIt() {
        assertThat(BlueprintLine.in(band(LaneKind.ACTIONS, LaneKind.BACKSTAGE)))
                .extracting(BlueprintLine::zone)
                .containsExactly(BlueprintZone.BACKSTAGE);
    }

    @Test
    void lanesWithoutABlueprintOrAZoneThatGetsShallowerHaveNoLine() {
        assertThat(BlueprintLine.in(band(LaneKind.ACTIONS, LaneKind.TOUCHPOINTS, LaneKind.PHYSICAL_EVIDENCE)))
                .isEmpty();
        assertThat(BlueprintLine.in(band(LaneKind.SYSTEMS, LaneKind.ACTIONS))).isEmpty();
        assertThat(BlueprintLine.in(band(LaneKind.FRONTSTAGE))).isEmpty();
    }

    private PersonaBand band(LaneKind... kinds) {
        List<Lane> lanes = new ArrayList<>();
        for (int i = 0; i < kinds.length; i++) {
            lanes.add(new Lane("l" + i, kinds[i], kinds[i].title(), List.of(Card.of("c" + i, "s1", "Card " + i))));
        }
        JourneyMap map =
                new JourneyMap("m", "", "", List.of(Stage.of("s1", "Awareness")), List.of(Persona.of("p", "P", lanes)));
        return layout.layout(map).personas().get(0);
    }
}
