package org.journeycanvas.ui.inspector;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.journeycanvas.model.Connector;
import org.journeycanvas.model.ConnectorStyle;
import org.journeycanvas.model.IdGenerator;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.testing.SampleMaps;
import org.journeycanvas.ui.EditorActions;
import org.journeycanvas.ui.EditorViewModel;
import org.junit.jupiter.api.Test;

/** The connector section's view model, without a window. */
class ConnectorSectionModelTest {
    private final JourneyMap original =
            SampleMaps.threeStages().withConnectors(List.of(Connector.between("k1", "c1", "c3")));
    private final EditorViewModel editor = new EditorViewModel(original, new IdGenerator());
    private final EditorActions actions = new EditorActions(editor);
    private final ConnectorSectionModel model = new ConnectorSectionModel(actions);

    @Test
    void showingAConnectorNamesItsCardsAndChangesNothing() {
        model.show(connector(), editor.getMap());

        assertThat(model.fromProperty().get()).isEqualTo("Industry webinar");
        assertThat(model.toProperty().get()).isEqualTo("Product demo");
        assertThat(model.labelProperty().get()).isEmpty();
        assertThat(model.styleProperty().get()).isEqualTo(ConnectorStyle.SOLID);
        assertThat(editor.canUndoProperty().get()).isFalse();
    }

    @Test
    void typingALabelIsOneUndoStepUntilTheFieldIsLeftAndTheStyleIsOneMore() {
        model.show(connector(), editor.getMap());
        model.labelProperty().set("i");
        model.labelProperty().set("if the demo fails");
        model.finishTyping();
        model.styleProperty().set(ConnectorStyle.DASHED);

        assertThat(connector()).isEqualTo(new Connector("k1", "c1", "c3", "if the demo fails", ConnectorStyle.DASHED));
        editor.undo();
        assertThat(connector().style()).isEqualTo(ConnectorStyle.SOLID);
        editor.undo();
        assertThat(editor.getMap()).isEqualTo(original);
    }

    @Test
    void reverseAndDeleteGoThroughTheActions() {
        model.show(connector(), editor.getMap());
        model.reverse();
        assertThat(connector().fromCardId()).isEqualTo("c3");
        model.delete();
        assertThat(editor.getMap().connectors()).isEmpty();
    }

    @Test
    void aLongOrEmptyCardTextIsShortenedOrNamedPlainly() {
        String longText = "A very long card text that goes on and on past forty characters";
        JourneyMap map = original.withLanesMapped(lane -> lane.withCardsMapped(card -> switch (card.id()) {
            case "c1" -> card.withText(longText);
            case "c2" -> card.withText("");
            case "c3" -> card.withText("First line\nsecond line");
            default -> card;
        }));

        assertThat(ConnectorSectionModel.cardName(map, "c1"))
                .isEqualTo(
                        longText.substring(0, ConnectorSectionModel.SHORT_TEXT).strip() + "…");
        assertThat(ConnectorSectionModel.cardName(map, "c2")).isEqualTo("(a card without text)");
        assertThat(ConnectorSectionModel.cardName(map, "c3")).isEqualTo("First line…");
    }

    private Connector connector() {
        return editor.getMap().connector("k1").orElseThrow();
    }
}
