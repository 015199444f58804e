package org.journeycanvas.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.Set;
import org.journeycanvas.command.DeleteCardsCommand;
import org.journeycanvas.command.Field;
import org.journeycanvas.model.Connector;
import org.journeycanvas.model.ConnectorStyle;
import org.journeycanvas.model.IdGenerator;
import org.journeycanvas.model.JourneyMap;
import org.junit.jupiter.api.Test;

/** What EditorActions does with connectors, without a window; and how the selection of one lives on. */
class ConnectorActionsTest {
    private final JourneyMap original = ConnectorEditorTest.blueprint();
    private final EditorViewModel editor = new EditorViewModel(original, new IdGenerator(new Random(3)));
    private final EditorActions actions = new EditorActions(editor);

    @Test
    void connectingTwoCardsIsOneUndoStepAndSelectsTheNewConnector() {
        String connectorId = actions.connect("f1", "b2").orElseThrow();

        assertThat(editor.getMap().connectors()).containsExactly(Connector.between(connectorId, "f1", "b2"));
        assertThat(editor.getSelection()).isEqualTo(new Selection.OfConnector(connectorId));
        assertThat(editor.undoTextProperty().get()).isEqualTo("Undo Add connector");
        editor.undo();
        assertThat(editor.getMap()).isEqualTo(original);
        assertThat(editor.getSelection().isNothing()).isTrue();
        editor.redo();
        assertThat(editor.getMap().connectors()).extracting(Connector::id).containsExactly(connectorId);
    }

    @Test
    void aCardIsNotConnectedToItselfNorToACardThatIsGone() {
        assertThat(actions.connect("f1", "f1")).isEmpty();
        assertThat(actions.connect("f1", "gone")).isEmpty();
        assertThat(editor.canUndoProperty().get()).isFalse();
    }

    @Test
    void theSelectedCardsAreConnectedInTheOrderTheyWereChosenOnlyWhenTheyAreTwo() {
        editor.select(Selection.cards(List.of("b2"), null));
        assertThat(actions.connectSelectedCards()).isEmpty();
        editor.select(editor.getSelection().toggled("f1", null));

        actions.connectSelectedCards().orElseThrow();
        assertThat(editor.getMap().connectors()).singleElement().satisfies(connector -> {
            assertThat(connector.fromCardId()).isEqualTo("b2");
            assertThat(connector.toCardId()).isEqualTo("f1");
        });

        editor.select(Selection.cards(List.of("b1", "b2", "f1"), null));
        assertThat(actions.connectSelectedCards()).isEmpty();
    }

    @Test
    void deletingTheSelectedConnectorKeepsItsCards() {
        String connectorId = actions.connect("f1", "b2").orElseThrow();
        JourneyMap connected = editor.getMap();

        actions.deleteSelection();
        assertThat(editor.getMap().connectors()).isEmpty();
        assertThat(editor.getMap().cardCount()).isEqualTo(original.cardCount());
        assertThat(editor.getSelection().isNothing()).isTrue();
        assertThat(editor.undoTextProperty().get()).isEqualTo("Undo Delete connector");
        editor.undo();
        assertThat(editor.getMap()).isEqualTo(connected);
        assertThat(editor.getMap().connector(connectorId)).isPresent();
    }

    @Test
    void deletingACardDeletesItsConnectorsInTheSameUndoStep() {
        actions.connect("f1", "b2");
        actions.connect("b1", "b2");
        actions.connect("f1", "b1");
        JourneyMap connected = editor.getMap();
        editor.select(Selection.cards(List.of("b2"), null));

        actions.deleteSelection();
        assertThat(editor.getMap().connectors()).extracting(Connector::toCardId).containsExactly("b1");
        editor.undo();
        assertThat(editor.getMap()).isEqualTo(connected);
    }

    @Test
    void reversingTurnsTheArrowRoundAsOneUndoStep() {
        String connectorId = actions.connect("f1", "b2").orElseThrow();
        actions.setField(Field.CONNECTOR_LABEL, connectorId, "hand-off");
        actions.setField(Field.CONNECTOR_STYLE, connectorId, ConnectorStyle.DASHED);
        JourneyMap before = editor.getMap();

        actions.reverseConnector(connectorId);
        assertThat(editor.getMap().connector(connectorId))
                .contains(new Connector(connectorId, "b2", "f1", "hand-off", ConnectorStyle.DASHED));
        assertThat(editor.undoTextProperty().get()).isEqualTo("Undo Reverse connector");
        editor.undo();
        assertThat(editor.getMap()).isEqualTo(before);
    }

    @Test
    void aSelectedConnectorIsForgottenWhenItGoesWithItsCard() {
        String connectorId = actions.connect("f1", "b2").orElseThrow();
        Selection selected = editor.getSelection();
        JourneyMap connected = editor.getMap();

        assertThat(selected.retainedIn(connected)).isSameAs(selected);
        assertThat(selected.retainedIn(new DeleteCardsCommand(Set.of("f1")).apply(connected)))
                .isEqualTo(Selection.NOTHING);
        assertThat(selected.cardIds()).isEmpty();
        assertThat(selected.isNothing()).isFalse();
        assertThat(connectorId).isNotBlank();
    }
}
