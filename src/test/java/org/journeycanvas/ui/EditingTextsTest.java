package org.journeycanvas.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.journeycanvas.command.ElementList;
import org.journeycanvas.command.ListEdit;
import org.journeycanvas.i18n.Messages;
import org.journeycanvas.model.Channel;
import org.journeycanvas.model.LaneKind;
import org.journeycanvas.ui.canvas.PaletteItem;
import org.journeycanvas.ui.inspector.CardSectionModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The editing texts — inspector, palette, canvas, lane kinds, channels, undo labels — in every language. */
class EditingTextsTest {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");
    private static final Pattern FXML_KEY = Pattern.compile("=\"%([^\"]+)\"");

    @AfterEach
    void backToEnglish() {
        Messages.use(Locale.ENGLISH);
    }

    @Test
    void everyKindChannelAndPaletteItemHasItsTexts() {
        for (Locale language : Messages.LANGUAGES) {
            Messages.use(language);
            for (LaneKind kind : LaneKind.values()) {
                assertThat(Stream.of(
                                kind.title(),
                                kind.cardName(),
                                kind.laneName(),
                                Messages.get("new.card." + kind.name()),
                                Messages.get("undo.addCard." + kind.name()),
                                Messages.get("undo.addLane." + kind.name()),
                                Messages.get("canvas.newLane." + kind.name())))
                        .allSatisfy(text -> assertThat(text).isNotBlank());
            }
            for (Channel channel : Channel.values()) {
                assertThat(channel.label()).isNotBlank();
            }
            for (PaletteItem item : PaletteItem.values()) {
                assertThat(item.label()).isNotBlank();
                assertThat(item.toolTip()).isNotBlank();
            }
        }
    }

    @Test
    void theEnglishTextsAreAsBefore() {
        assertThat(LaneKind.PAIN_POINTS.title()).isEqualTo("Pain points");
        assertThat(LaneKind.PAIN_POINTS.cardName()).isEqualTo("Pain point");
        assertThat(Channel.SOCIAL.label()).isEqualTo("Social media");
        assertThat(PaletteItem.PAIN_POINT.toolTip()).isEqualTo("Drag onto a lane to add a pain point");
        assertThat(CardSectionModel.describeScore(1)).isEqualTo("Positive (+1)");
        assertThat(CardSectionModel.describeScore(-2)).isEqualTo("Very negative (-2)");
        assertThat(ListEdit.remove(ElementList.stages(), "s1").undoLabel()).isEqualTo("Delete stage");
    }

    @Test
    void germanSpeaksGerman() {
        Messages.use(Locale.GERMAN);
        assertThat(LaneKind.PAIN_POINTS.title()).isEqualTo("Schmerzpunkte");
        assertThat(LaneKind.TOUCHPOINTS.cardName()).isEqualTo("Berührungspunkt");
        assertThat(Channel.WEBSITE.label()).isEqualTo("Website");
        assertThat(CardSectionModel.describeScore(1)).isEqualTo("Positiv (+1)");
        assertThat(ListEdit.remove(ElementList.personas(), "p1").undoLabel()).isEqualTo("Persona löschen");
    }

    @Test
    void frenchKeepsItsApostrophes() {
        Messages.use(Locale.FRENCH);
        assertThat(Channel.REVIEW_SITE.label()).isEqualTo("Site d'avis");
        assertThat(ListEdit.remove(ElementList.stages(), "s1").undoLabel()).isEqualTo("Supprimer l'étape");
    }

    /** FXML reads a {@code %key} text as it stands, not as a pattern: such texts exist and hold no quote. */
    @Test
    void theInspectorsFxmlTextsExistAndNeedNoPatternReading() throws IOException {
        Path folder = Path.of("src/main/resources/org/journeycanvas/ui/inspector");
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path fxml :
                    files.filter(file -> file.toString().endsWith(".fxml")).toList()) {
                Matcher matcher = FXML_KEY.matcher(Files.readString(fxml));
                while (matcher.find()) {
                    keys.add(matcher.group(1));
                }
            }
        }
        assertThat(keys).hasSizeGreaterThan(20);
        for (String file : new String[] {
            "messages.properties", "messages_de.properties", "messages_fr.properties", "messages_es.properties"
        }) {
            Map<String, String> texts = editingSection(file);
            assertThat(texts).as(file).containsKeys(keys.toArray(String[]::new));
            keys.forEach(key -> assertThat(texts.get(key)).as(file + " " + key).doesNotContain("'", "{"));
        }
    }

    private static Map<String, String> editingSection(String file) throws IOException {
        String all;
        try (InputStream in = Messages.class.getResourceAsStream(file)) {
            all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        int start = all.indexOf("# ==== Editing:");
        int end = all.indexOf("# ==== end of editing ====");
        assertThat(start).as(file).isNotNegative().isLessThan(end);
        Properties properties = new Properties();
        properties.load(new StringReader(all.substring(start, end)));
        Map<String, String> texts = new TreeMap<>();
        properties.stringPropertyNames().forEach(key -> texts.put(key, properties.getProperty(key)));
        return texts;
    }
}
