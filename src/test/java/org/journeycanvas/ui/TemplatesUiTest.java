package org.journeycanvas.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.Persona;
import org.journeycanvas.render.MapTheme;
import org.journeycanvas.templates.Template;
import org.journeycanvas.templates.TemplateCatalog;
import org.journeycanvas.testing.SampleMaps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class TemplatesUiTest {
    @TempDir
    Path dataFolder;

    private final FakeDialogs dialogs = new FakeDialogs();
    private MainView view;

    @Start
    void start(Stage stage) {
        view = EditorWindow.show(stage, dialogs, dataFolder, 1200, 760);
    }

    @Test
    void newFromTemplateOpensAnUntitledCopyWithFreshIds(FxRobot robot) throws Exception {
        dialogs.templateAnswer = "b2c-customer";
        robot.clickOn("#canvas");
        robot.press(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.N).release(KeyCode.N, KeyCode.SHIFT, KeyCode.SHORTCUT);
        WaitForAsyncUtils.waitForFxEvents();

        JourneyMap map = view.editor().getMap();
        TemplateCatalog catalog = new TemplateCatalog(dataFolder.resolve("templates"));
        JourneyMap template = catalog.read(catalog.find("b2c-customer").orElseThrow());
        assertThat(map.title()).isEqualTo("B2C customer journey");
        assertThat(map.personas()).extracting(Persona::name).containsExactly("Aisha Rahman", "Ben Walker");
        assertThat(map.cardCount()).isEqualTo(template.cardCount());
        assertThat(map.ids()).doesNotContainAnyElementsOf(template.ids());
        assertThat(view.editor().getFile()).isEmpty();
        assertThat(view.editor().isDirty()).isFalse();
    }

    @Test
    void saveAsTemplateAddsItToTheCatalog(FxRobot robot) throws Exception {
        robot.interact(() -> view.editor().open(SampleMaps.threeStages(), null));
        dialogs.templateNameAnswer = "Workshop starter";
        robot.clickOn("File").clickOn("Save as Template…");
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> robot.lookup("#statusLabel")
                        .queryLabeled()
                        .getText()
                        .equals("Saved as template \"Workshop starter\""));
        TemplateCatalog catalog = new TemplateCatalog(dataFolder.resolve("templates"));
        assertThat(catalog.find("workshop-starter")).isPresent();
        assertThat(catalog.list()).extracting(Template::name).last().isEqualTo("Workshop starter");
    }

    @Test
    void theChooserShowsAThumbnailPerTemplateAndDoubleClickChooses(FxRobot robot, @TempDir Path folder)
            throws Exception {
        TemplateCatalog catalog = new TemplateCatalog(folder);
        catalog.save(SampleMaps.threeStages(), "My template");
        List<Template> chosen = new ArrayList<>();
        robot.interact(() -> {
            Stage stage = new Stage();
            stage.setScene(
                    new Scene(new TemplateChooser(catalog, MapTheme.LIGHT, chosen::add, message -> {}), 1050, 640));
            stage.getScene()
                    .getStylesheets()
                    .add(MainView.class.getResource("MainView.css").toExternalForm());
            stage.show();
        });
        for (String id : List.of(
                "b2b-buyer",
                "b2b-customer",
                "b2b-blueprint",
                "b2c-buyer",
                "b2c-customer",
                "user-journey",
                "blank",
                "my-template")) {
            ImageView thumbnail =
                    robot.lookup("#template-" + id + " .image-view").queryAs(ImageView.class);
            assertThat(thumbnail.getImage().getWidth()).as(id).isEqualTo(300);
        }
        robot.doubleClickOn("#template-b2c-buyer");
        assertThat(chosen).extracting(Template::id).containsExactly("b2c-buyer");

        robot.clickOn("#remove-my-template");
        assertThat(catalog.find("my-template")).isEmpty();
        assertThat(robot.lookup("#template-my-template").tryQuery()).isEmpty();
    }
}
