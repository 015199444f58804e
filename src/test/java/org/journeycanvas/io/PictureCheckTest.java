package org.journeycanvas.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.PhotoUri;
import org.journeycanvas.testing.SampleMaps;
import org.junit.jupiter.api.Test;

class PictureCheckTest {
    @Test
    void aRealPngOrJpegDecodes() throws Exception {
        assertThat(PictureCheck.decodable(PhotoUri.of(image("png"), true))).isTrue();
        assertThat(PictureCheck.decodable(PhotoUri.of(image("jpeg"), false))).isTrue();
    }

    @Test
    void dataThatIsNotAnImageOrIsCutOffDoesNot() throws Exception {
        assertThat(PictureCheck.decodable(PhotoUri.of("hello".getBytes(StandardCharsets.UTF_8), true)))
                .isFalse();
        byte[] png = image("png");
        byte[] cut = Arrays.copyOf(png, png.length / 2);
        assertThat(PictureCheck.decodable(PhotoUri.of(cut, true))).isFalse();
        assertThat(PictureCheck.decodable("data:image/png;base64,@@not base64@@"))
                .isFalse();
    }

    @Test
    void aPngThatClaimsBillionsOfPixelsIsRefusedBeforeDecoding() throws Exception {
        byte[] png = image("png");
        // IHDR's width and height follow the signature (8 bytes), the chunk's length and type (8 bytes).
        ByteBuffer.wrap(png).putInt(16, 100_000).putInt(20, 100_000);
        CRC32 crc = new CRC32();
        crc.update(png, 12, 17);
        ByteBuffer.wrap(png).putInt(29, (int) crc.getValue());
        assertThat(PictureCheck.decodable(PhotoUri.of(png, true))).isFalse();
    }

    @Test
    void unreadablePathsNameEachBadPhoto() {
        JourneyMap map = SampleMaps.threeStages();
        JourneyMap bad =
                map.withPersonaMapped("p1", persona -> persona.withPhoto(PhotoUri.of(new byte[] {1, 2, 3}, false)));
        assertThat(PictureCheck.unreadablePaths(map)).isEmpty();
        assertThat(PictureCheck.unreadablePaths(bad)).containsExactly("map.personas[0].photo");
    }

    private static byte[] image(String format) throws Exception {
        BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }
}
