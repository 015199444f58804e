package org.journeycanvas.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.journeycanvas.model.Connector;
import org.journeycanvas.model.ConnectorStyle;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.testing.InEnglish;
import org.journeycanvas.testing.SampleMaps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(InEnglish.class)
class ConnectorCommandsTest {
    private final JourneyMap original = SampleMaps.threeStages();
    private final CommandStack stack = new CommandStack(original);

    @Test
    void addAConnectorThenUndoAndRedo() {
        stack.execute(new AddConnectorCommand(Connector.between("k1", "c1", "e1")));

        assertThat(stack.current().connectors()).extracting(Connector::id).containsExactly("k1");
        assertThat(stack.undoLabel()).contains("Add connector");
        stack.undo();
        assertThat(stack.current()).isEqualTo(original);
        stack.redo();
        assertThat(stack.current().connectors()).hasSize(1);
    }

    @Test
    void aConnectorToACardThatIsNotThereIsAProgrammingError() {
        assertThatThrownBy(() -> stack.execute(new AddConnectorCommand(Connector.between("k1", "c1", "gone"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(stack.current()).isEqualTo(original);
    }

    @Test
    void relabelAndRestyleAreFieldEdits() {
        stack.execute(new AddConnectorCommand(Connector.between("k1", "c1", "e1")));

        stack.execute(new FieldEdit<>(Field.CONNECTOR_LABEL, "k1", "if the demo fails"));
        stack.execute(new FieldEdit<>(Field.CONNECTOR_STYLE, "k1", ConnectorStyle.DASHED));

        Connector edited = stack.current().connector("k1").orElseThrow();
        assertThat(edited.label()).isEqualTo("if the demo fails");
        assertThat(edited.style()).isEqualTo(ConnectorStyle.DASHED);
        assertThat(stack.undoLabel()).contains("Change connector style");
        stack.undo();
        assertThat(stack.current().connector("k1").orElseThrow().style()).isEqualTo(ConnectorStyle.SOLID);
        assertThat(stack.undoLabel()).contains("Edit connector label");
    }

    @Test
    void deleteConnectorsKeepsTheirCards() {
        stack.execute(new AddConnectorCommand(Connector.between("k1", "c1", "e1")));
        stack.execute(new AddConnectorCommand(Connector.between("k2", "c2", "c3")));

        stack.execute(new DeleteConnectorsCommand(Set.of("k1", "k2")));

        assertThat(stack.current().connectors()).isEmpty();
        assertThat(stack.current().cardCount()).isEqualTo(original.cardCount());
        assertThat(stack.undoLabel()).contains("Delete 2 connectors");
    }

    @Test
    void deletingACardDeletesItsConnectorsAndUndoBringsBothBack() {
        stack.execute(new AddConnectorCommand(Connector.between("k1", "c1", "e1")));
        stack.execute(new AddConnectorCommand(Connector.between("k2", "c2", "c3")));

        stack.execute(new DeleteCardsCommand(Set.of("e1")));

        assertThat(stack.current().connectors()).extracting(Connector::id).containsExactly("k2");
        stack.undo();
        assertThat(stack.current().connectors()).extracting(Connector::id).containsExactly("k1", "k2");
    }

    @Test
    void removingAStageOrALaneDeletesTheConnectorsOfItsCards() {
        stack.execute(new AddConnectorCommand(Connector.between("k1", "c1", "c3")));

        stack.execute(ListEdit.remove(ElementList.stages(), "s2"));

        assertThat(stack.current().connectors()).isEmpty();
        stack.undo();
        stack.execute(ListEdit.remove(ElementList.lanesOf("p1"), "l-touch"));
        assertThat(stack.current().connectors()).isEmpty();
    }

    @Test
    void movingAConnectedCardKeepsItsConnector() {
        stack.execute(new AddConnectorCommand(Connector.between("k1", "c1", "e1")));

        stack.execute(new MoveCardsCommand(List.of("c1"), "l-pain", "s3", 0));

        assertThat(stack.current().connectors()).extracting(Connector::id).containsExactly("k1");
    }
}
