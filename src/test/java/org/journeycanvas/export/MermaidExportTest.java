package org.journeycanvas.export;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.journeycanvas.io.Progress;
import org.journeycanvas.io.mermaid.MermaidJourneyReader;
import org.journeycanvas.model.Card;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.Lane;
import org.journeycanvas.model.LaneKind;
import org.journeycanvas.model.Persona;
import org.journeycanvas.model.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MermaidExportTest {
    private static final String JOURNEY = """
            journey
                title Café onboarding
                section Sign up
                    Find the form: 3: Maya, Omar
                    Fill it in: 2: Maya
                section First use
                    Öffne die App: 5: Omar
            """;

    @TempDir
    Path folder;

    @Test
    void theWholeMapIsWrittenAsUtf8MermaidThatReadsBackTheSame() throws Exception {
        JourneyMap map = new MermaidJourneyReader().read(JOURNEY);
        Path target = folder.resolve("onboarding.mmd");

        new MapExport()
                .export(map, new ExportRequest(ExportFormat.MERMAID, null, 1, false, false), target, Progress.NONE);

        JourneyMap back = new MermaidJourneyReader().read(Files.readString(target, UTF_8));
        assertThat(back.title()).isEqualTo("Café onboarding");
        assertThat(back.stages()).extracting(Stage::name).containsExactly("Sign up", "First use");
        assertThat(back.personas()).extracting(Persona::name).containsExactly("Maya", "Omar");
        assertThat(actions(back.personas().get(0))).containsExactly("Find the form", "Fill it in");
        assertThat(actions(back.personas().get(1))).containsExactly("Find the form", "Öffne die App");
        assertThat(scores(back.personas().get(1))).containsExactly(0, 2);
        assertThat(MapExport.targets(map, new ExportRequest(ExportFormat.MERMAID, null, 1, false, false), target))
                .containsExactly(target);
    }

    @Test
    void onePersonaIsWrittenAloneWhenTheRequestNamesIt() throws Exception {
        JourneyMap map = new MermaidJourneyReader().read(JOURNEY);
        Persona omar = map.personas().get(1);
        Path target = folder.resolve("omar.mmd");

        new MapExport()
                .export(
                        map,
                        new ExportRequest(ExportFormat.MERMAID, omar.id(), 1, false, false),
                        target,
                        Progress.NONE);

        String text = Files.readString(target, UTF_8);
        assertThat(text).doesNotContain("Maya").contains("Öffne die App: 5: Omar");
        JourneyMap back = new MermaidJourneyReader().read(text);
        assertThat(back.personas()).extracting(Persona::name).containsExactly("Omar");
        assertThat(back.stages()).hasSize(2);
    }

    private static List<String> actions(Persona persona) {
        return cards(persona, LaneKind.ACTIONS).stream().map(Card::text).toList();
    }

    private static List<Integer> scores(Persona persona) {
        return cards(persona, LaneKind.EMOTIONS).stream().map(Card::score).toList();
    }

    private static List<Card> cards(Persona persona, LaneKind kind) {
        return persona.lanes().stream()
                .filter(lane -> lane.kind() == kind)
                .map(Lane::cards)
                .flatMap(List::stream)
                .toList();
    }
}
