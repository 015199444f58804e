package org.journeycanvas.io.mermaid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.journeycanvas.io.mermaid.MermaidJourneyReaderTest.actions;
import static org.journeycanvas.io.mermaid.MermaidJourneyReaderTest.lane;
import static org.journeycanvas.io.mermaid.MermaidJourneyReaderTest.read;
import static org.journeycanvas.io.mermaid.MermaidJourneyReaderTest.scores;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.journeycanvas.model.Card;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.LaneKind;
import org.journeycanvas.model.Persona;
import org.journeycanvas.model.Stage;
import org.journeycanvas.templates.BundledTemplate;
import org.journeycanvas.templates.TemplateCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class MermaidJourneyWriterTest {
    @TempDir
    Path userFolder;

    private JourneyMap template(BundledTemplate bundled) throws Exception {
        TemplateCatalog catalog = new TemplateCatalog(userFolder);
        return catalog.read(catalog.find(bundled.id()).orElseThrow());
    }

    /** Per persona, per stage: the action texts and their scores, as Mermaid can carry them. */
    private static List<String> content(JourneyMap map) {
        List<String> lines = new ArrayList<>();
        for (Persona persona : map.personas()) {
            if (lane(persona, LaneKind.ACTIONS).cards().isEmpty()) {
                continue;
            }
            for (Stage stage : map.stages()) {
                lines.add(persona.name() + " @ " + stage.name() + ": " + actions(persona, stage) + " "
                        + scores(persona, stage).stream()
                                .filter(Objects::nonNull)
                                .toList());
            }
        }
        return lines;
    }

    @ParameterizedTest
    @EnumSource(BundledTemplate.class)
    void everyBundledTemplateRoundTrips(BundledTemplate bundled) throws Exception {
        JourneyMap original = template(bundled);

        JourneyMap back = read(MermaidJourneyWriter.write(original));

        assertThat(back.title()).isEqualTo(original.title());
        assertThat(back.description()).isEqualTo(original.description());
        assertThat(back.stages())
                .extracting(Stage::name)
                .containsExactlyElementsOf(
                        original.stages().stream().map(Stage::name).toList());
        assertThat(back.personas())
                .extracting(Persona::name)
                .containsExactlyElementsOf(
                        original.personas().stream().map(Persona::name).toList());
        assertThat(content(back)).isEqualTo(content(original));
        assertThat(MermaidJourneyWriter.write(back)).isEqualTo(MermaidJourneyWriter.write(original));
    }

    @Test
    void theDocumentedExampleIsWrittenBackAsMermaidWritesIt() throws Exception {
        assertThat(MermaidJourneyWriter.write(read(MermaidJourneyReaderTest.DOCUMENTED)))
                .isEqualTo("""
                        journey
                            title My working day
                            section Go to work
                                Make tea: 5: Me
                                Go upstairs: 3: Me
                                Do work: 1: Me, Cat
                            section Go home
                                Go downstairs: 5: Me
                                Sit down: 5: Me
                        """);
    }

    @Test
    void whatMermaidCannotTakeIsEscapedAndReadBack() throws Exception {
        JourneyMap source = read("journey\nsection S\nA: 3: P, Q\n");
        Persona p = source.personas().get(0).withName("Zoë, chef: 山田");
        Persona q = source.personas().get(1).withName("Zoë, chef: 山田");
        Stage stage = source.stages().get(0).withName("Step: one #1; 100%% done\nreally");
        List<String> texts = List.of(
                "Title page: the cover",
                "journey planning",
                "section two",
                "#1 priority; %%{init}%% <br> then",
                "",
                "Two\nlines 🚀",
                "accDescr { odd");
        JourneyMap map = source.withTitle("Mein Tag: 日本 # 1")
                .withDescription("Line one\n}\n%% not a comment #x;")
                .withStages(List.of(stage))
                .withPersonas(List.of(
                        p.withLanesMapped(lane -> lane.kind() == LaneKind.ACTIONS
                                ? lane.withCards(texts.stream()
                                        .map(text -> Card.of("c" + texts.indexOf(text), stage.id(), text))
                                        .toList())
                                : lane),
                        q));

        String text = MermaidJourneyWriter.write(map);
        JourneyMap back = read(text);

        assertThat(text).contains("section Step#58; one #35;1#59; 100#37;% done really");
        assertThat(back.title()).isEqualTo("Mein Tag: 日本 # 1");
        assertThat(back.description()).isEqualTo("Line one\n}\n%% not a comment #x;");
        assertThat(back.stages()).extracting(Stage::name).containsExactly("Step: one #1; 100%% done really");
        assertThat(back.personas()).extracting(Persona::name).containsExactly("Zoë, chef: 山田", "Zoë, chef: 山田 (2)");
        assertThat(actions(back.personas().get(0), back.stages().get(0))).containsExactlyElementsOf(texts);
        assertThat(scores(back.personas().get(0), back.stages().get(0))).containsOnly(0);
        assertThat(actions(back.personas().get(1), back.stages().get(0))).containsExactly("A");
    }

    @Test
    void sharedTasksShareALineOnlyWhereThatKeepsEachPersonasOrder() throws Exception {
        JourneyMap map = read("journey\nsection S\nX: 2: A, B\nY: 4: A\nY: 4: B\nX: 2: B\n");

        String text = MermaidJourneyWriter.write(map);

        assertThat(text).contains("X: 2: A, B\n        Y: 4: A, B\n        X: 2: B\n");
        assertThat(MermaidJourneyWriter.write(read(text))).isEqualTo(text);
    }

    @Test
    void aMapWithoutTitleOrActionsIsAJourneyOfEmptySections() throws Exception {
        JourneyMap blank = template(BundledTemplate.BLANK).withTitle(" ").withDescription("");

        assertThat(MermaidJourneyWriter.write(blank))
                .isEqualTo("journey\n    section Awareness\n    section Consideration\n    section Purchase\n"
                        + "    section Retention\n    section Advocacy\n");
    }
}
