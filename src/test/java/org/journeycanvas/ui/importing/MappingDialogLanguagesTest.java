package org.journeycanvas.ui.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.journeycanvas.i18n.Messages;
import org.journeycanvas.io.table.Table;
import org.journeycanvas.io.table.TableRow;
import org.journeycanvas.testing.InEnglish;
import org.journeycanvas.ui.AppTheme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The mapping step in every language: its texts come from the bundles and none is cut off. */
@ExtendWith({ApplicationExtension.class, InEnglish.class})
class MappingDialogLanguagesTest {
    private static final Table TABLE = new Table(
            "interviews.csv",
            "interviews",
            false,
            List.of("Persona", "Stage", "Lane", "Text", "Score"),
            List.of(
                    new TableRow(2, List.of("Dana", "Awareness", "Emotions", "Curious", "4")),
                    new TableRow(3, List.of("Sam", "Purchase", "Emotions", "Relieved", "high")),
                    new TableRow(4, List.of("Sam", "Purchase", "Actions", "", ""))),
            List.of());

    private Stage owner;

    @Start
    void start(Stage primary) {
        owner = primary;
        // A window-modal dialog needs an owner that is really on screen.
        primary.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 400, 300));
        primary.show();
    }

    @ParameterizedTest
    @ValueSource(strings = {"de", "fr", "es"})
    void noTextIsCutOff(String language, FxRobot robot) {
        List<String> cut = new ArrayList<>();
        visit(robot, Locale.forLanguageTag(language), node -> {
            if (node instanceof Labeled labeled) {
                for (Node child : labeled.getChildrenUnmodifiable()) {
                    if (child instanceof Text shown
                            && !shown.getText().equals(labeled.getText())
                            && shown.getText().endsWith("…")) {
                        cut.add(labeled.getText() + " shown as " + shown.getText());
                    }
                }
            }
        });
        assertThat(cut).isEmpty();
    }

    @Test
    void everyTextComesFromABundle(FxRobot robot) {
        Set<String> content = new HashSet<>(TABLE.header());
        TABLE.rows().forEach(row -> content.addAll(row.cells()));
        List<String> plain = new ArrayList<>();
        visit(robot, Messages.PSEUDO, node -> {
            String text = node instanceof Labeled labeled
                    ? labeled.getText()
                    : node instanceof Text shown && !(node.getParent() instanceof Labeled) ? shown.getText() : null;
            if (text != null
                    && text.chars().anyMatch(Character::isLetter)
                    && !(text.startsWith("[") && text.endsWith("]"))
                    && !content.contains(text)) {
                plain.add(text);
            }
        });
        assertThat(plain).isEmpty();
    }

    private void visit(FxRobot robot, Locale language, Consumer<Node> each) {
        Messages.use(language);
        MappingDialog[] dialog = new MappingDialog[1];
        robot.interact(() -> {
            AppTheme.LIGHT.apply();
            TableSource source = new TableSource(
                    "interviews.csv",
                    Messages.get("import.ui.mapping.encoding"),
                    List.of(Messages.get("import.ui.encoding.automatic"), Messages.get("import.ui.encoding.utf8")),
                    0,
                    (choice, progress) -> TABLE);
            dialog[0] = new MappingDialog(
                    owner, new MappingModel(source, TABLE, Runnable::run, Runnable::run), (built, target) -> {});
            dialog[0].show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        walk(dialog[0].window().getScene().getRoot(), each);
        robot.interact(() -> dialog[0].window().close());
    }

    private static void walk(Node node, Consumer<Node> each) {
        if (!node.isVisible()) {
            return;
        }
        each.accept(node);
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> walk(child, each));
        }
    }
}
