package org.journeycanvas.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.Consumer;
import org.journeycanvas.model.Card;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.testing.InEnglish;
import org.journeycanvas.testing.SampleMaps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A storyboard card's picture in the file: written after the tags, read back, and checked like a photo. */
@ExtendWith(InEnglish.class)
class PictureCardsFileTest {
    private final MapFileWriter writer = new MapFileWriter();
    private final MapFileReader reader = new MapFileReader();

    @Test
    void aPictureRoundTripsAndIsWrittenAfterTheTagsOnlyWhereThereIsOne() throws Exception {
        JourneyMap map = SampleMaps.withStoryboard();
        byte[] bytes = writer.toBytes(map);
        String text = new String(bytes, UTF_8);

        JourneyMap read = reader.read(bytes, "story.journey");

        assertThat(read).isEqualTo(map);
        assertThat(writer.toBytes(read)).isEqualTo(bytes);
        assertThat(text).containsOnlyOnce("\"picture\"");
        assertThat(text).contains("\"tags\": [],\n                \"picture\": \"data:image/png;base64,");
        Card withPicture = read.personas().get(0).lanes().get(0).cards().get(0);
        assertThat(withPicture.picture())
                .isEqualTo(map.personas().get(0).lanes().get(0).cards().get(0).picture());
    }

    @Test
    void aVersionOneFileWithoutPicturesStillOpensUnchanged() throws Exception {
        byte[] v1 = MapFileFormatTest.fixture("v1/design-example.canonical.journey");
        JourneyMap map = reader.read(v1, "v1.journey");
        assertThat(map.personas().stream()
                        .flatMap(persona -> persona.lanes().stream())
                        .flatMap(lane -> lane.cards().stream())
                        .map(Card::picture))
                .containsOnlyNulls();
        assertThat(new String(writer.toBytes(map), UTF_8)).doesNotContain("\"picture\"");
    }

    @Test
    void aPictureThatIsNotAnImageDataUriIsRefusedAtItsPlace() {
        assertThat(reject(story -> card(story).put("picture", "https://example.org/cat.png")))
                .isEqualTo("map.personas[0].lanes[0].cards[0].picture: "
                        + "a picture must be a data:image/png;base64 or data:image/jpeg;base64 URI");
        assertThat(reject(story -> card(story).put("picture", "data:image/gif;base64,R0lGODlh")))
                .endsWith("cards[0].picture: a picture must be a data:image/png;base64 or data:image/jpeg;base64 URI");
        assertThat(reject(story -> card(story).put("picture", 12)))
                .startsWith("map.personas[0].lanes[0].cards[0].picture: expected text");
    }

    @Test
    void aPictureLongerThanAPhotoMayBeIsRefused() {
        String tooLong = "data:image/png;base64," + "A".repeat(FileLimits.DEFAULT.maxPhotoLength());
        // The parser's own limit on any string stops it before the decoder sees the field.
        assertThat(reject(story -> card(story).put("picture", tooLong)))
                .isEqualTo("a text is longer than the limit of 2000000 characters");
    }

    @Test
    void onlyAStoryboardCardMayHoldAPicture() {
        assertThat(reject(story -> ((ObjectNode) story.at("/map/personas/0/lanes/1/cards/0"))
                        .put("picture", "data:image/png;base64,iVBORw0KGgo=")))
                .isEqualTo("map.personas[0].lanes[1].cards[0].picture: "
                        + "only storyboard cards have a picture (this is a touchpoints lane)");
    }

    private static ObjectNode card(ObjectNode root) {
        return (ObjectNode) root.at("/map/personas/0/lanes/0/cards/0");
    }

    private String reject(Consumer<ObjectNode> change) {
        String file = MapTree.edited(new String(writer.toBytes(SampleMaps.withStoryboard()), UTF_8), change);
        MapFileException problem =
                catchThrowableOfType(MapFileException.class, () -> reader.read(file.getBytes(UTF_8), "bad.journey"));
        assertThat(problem).as("the file should be refused").isNotNull();
        return problem.problem();
    }
}
