package org.journeycanvas.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import javafx.scene.image.WritableImage;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.Stage;
import org.journeycanvas.model.Card;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.LaneKind;
import org.journeycanvas.testing.InEnglish;
import org.journeycanvas.testing.SampleMaps;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The cards' clipboard with what other programs put beside their text, and with ranked opportunities. */
@ExtendWith({ApplicationExtension.class, InEnglish.class})
class CardClipboardTest {
    @Start
    void start(Stage stage) {
        stage.show();
    }

    @AfterEach
    void clear(FxRobot robot) {
        robot.interact(() -> Clipboard.getSystemClipboard().clear());
    }

    @Test
    void aRankedOpportunityIsCopiedWithTheLinksToThePainPointsCopiedAlong(FxRobot robot) {
        JourneyMap map = SampleMaps.withRankedOpportunity();
        Card opportunity = map.findCard("o1").orElseThrow().card();
        Card painPoint = map.findCard("pp1").orElseThrow().card();
        CardClipboard[] clipboard = new CardClipboard[1];
        List<Card>[] alone = new List[1];
        List<Card>[] both = new List[1];

        robot.interact(() -> {
            clipboard[0] = new CardClipboard(Clipboard.getSystemClipboard());
            clipboard[0].copy(List.of(opportunity), Map.of("o1", LaneKind.OPPORTUNITIES));
            alone[0] = clipboard[0].cards();
            clipboard[0].copy(
                    List.of(painPoint, opportunity), Map.of("pp1", LaneKind.PAIN_POINTS, "o1", LaneKind.OPPORTUNITIES));
            both[0] = clipboard[0].cards();
        });

        assertThat(alone[0]).singleElement().satisfies(card -> {
            assertThat(card.opportunity().impact()).isEqualTo(4);
            assertThat(card.opportunity().addresses()).isEmpty();
        });
        assertThat(both[0]).hasSize(2);
        Card pastedPainPoint = both[0].get(0);
        assertThat(both[0].get(1).opportunity().addresses()).containsExactly(pastedPainPoint.id());
    }

    @Test
    void textCopiedFromASpreadsheetIsTextEvenWithTheBitmapBesideIt(FxRobot robot) {
        boolean[] picture = new boolean[2];

        robot.interact(() -> {
            CardClipboard clipboard = new CardClipboard(Clipboard.getSystemClipboard());
            ClipboardContent content = new ClipboardContent();
            content.putString("Slow onboarding\nNo pricing page");
            content.putImage(new WritableImage(4, 4));
            Clipboard.getSystemClipboard().setContent(content);
            picture[0] = clipboard.holdsPicture();
            ClipboardContent screenshot = new ClipboardContent();
            screenshot.putImage(new WritableImage(4, 4));
            Clipboard.getSystemClipboard().setContent(screenshot);
            picture[1] = clipboard.holdsPicture();
        });

        assertThat(picture[0]).as("text with a bitmap").isFalse();
        assertThat(picture[1]).as("a screenshot").isTrue();
    }
}
