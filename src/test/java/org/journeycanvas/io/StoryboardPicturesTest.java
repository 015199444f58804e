package org.journeycanvas.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.DataOutputStream;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.journeycanvas.model.PhotoUri;
import org.journeycanvas.testing.InEnglish;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(InEnglish.class)
class StoryboardPicturesTest {
    @TempDir
    Path folder;

    @Test
    void aLargePngKeepsItsAspectRatioWithItsLongSideAt1024AndStaysAPng() throws Exception {
        String uri = StoryboardPictures.importPicture(image(3000, 1500, "png"));
        assertThat(uri).startsWith("data:image/png;base64,");
        BufferedImage picture = decode(uri);
        assertThat(picture.getWidth()).isEqualTo(1024);
        assertThat(picture.getHeight()).isEqualTo(512);
        assertThat(new Color(picture.getRGB(512, 256))).isEqualTo(Color.BLUE);
        assertThat(new Color(picture.getRGB(3, 256))).isEqualTo(Color.RED);
    }

    @Test
    void aTallJpegStaysAJpegWithItsHeightAt1024() throws Exception {
        String uri = StoryboardPictures.importPicture(image(600, 2400, "jpg"));
        assertThat(uri).startsWith("data:image/jpeg;base64,");
        BufferedImage picture = decode(uri);
        assertThat(picture.getWidth()).isEqualTo(256);
        assertThat(picture.getHeight()).isEqualTo(1024);
    }

    @Test
    void aSmallPictureIsNotEnlarged() throws Exception {
        BufferedImage picture = decode(StoryboardPictures.importPicture(image(200, 120, "png")));
        assertThat(picture.getWidth()).isEqualTo(200);
        assertThat(picture.getHeight()).isEqualTo(120);
    }

    @Test
    void anOpaquePngTooLargeForTheFileBecomesAJpeg() throws Exception {
        BufferedImage noise = noise(1024, 1024, false);
        String uri = StoryboardPictures.importPicture(noise, "noise.png");
        assertThat(uri).startsWith("data:image/jpeg;base64,");
        assertThat(uri.length()).isLessThanOrEqualTo(FileLimits.DEFAULT.maxPhotoLength());
        assertThat(decode(uri).getWidth()).isEqualTo(1024);
    }

    @Test
    void aTransparentPngTooLargeForTheFileStaysAPngAndIsMadeSmaller() throws Exception {
        String uri = StoryboardPictures.importPicture(noise(1024, 768, true), "clip.png");
        assertThat(uri).startsWith("data:image/png;base64,");
        assertThat(uri.length()).isLessThanOrEqualTo(FileLimits.DEFAULT.maxPhotoLength());
        BufferedImage picture = decode(uri);
        assertThat(picture.getWidth()).isLessThan(1024);
        assertThat(picture.getWidth() * 3).isCloseTo(picture.getHeight() * 4, org.assertj.core.data.Offset.offset(4));
        assertThat(picture.getColorModel().hasAlpha()).isTrue();
    }

    @Test
    void bytesAreCheckedLikeAFile() throws Exception {
        byte[] jpeg = Files.readAllBytes(image(300, 200, "jpg"));
        assertThat(StoryboardPictures.importPicture(jpeg, "pasted")).startsWith("data:image/jpeg;base64,");
        assertThatThrownBy(() -> StoryboardPictures.importPicture("GIF89a".getBytes(StandardCharsets.US_ASCII), "x"))
                .isInstanceOf(PhotoException.class)
                .hasMessage("x is not a PNG or JPEG image.");
    }

    @Test
    void aFileThatIsNotAPictureIsRefused() throws Exception {
        Path text = folder.resolve("notes.png");
        Files.writeString(text, "not a picture");
        assertThatThrownBy(() -> StoryboardPictures.importPicture(text))
                .isInstanceOf(PhotoException.class)
                .hasMessage("notes.png is not a PNG or JPEG image.");
        Path broken = folder.resolve("broken.jpg");
        Files.write(broken, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0, 1, 2, 3});
        assertThatThrownBy(() -> StoryboardPictures.importPicture(broken))
                .isInstanceOf(PhotoException.class)
                .hasMessage("broken.jpg is damaged or not a PNG or JPEG image.");
    }

    @Test
    void aFileOverTenMegabytesIsRefused() throws Exception {
        Path huge = folder.resolve("huge.jpg");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(11L * 1024 * 1024);
        }
        assertThatThrownBy(() -> StoryboardPictures.importPicture(huge))
                .isInstanceOf(PhotoException.class)
                .hasMessage("huge.jpg is larger than 10 MB; choose a smaller picture.");
    }

    @Test
    void aDecompressionBombIsRefusedBeforeItIsDecoded() throws Exception {
        Path bomb = folder.resolve("bomb.png");
        try (DataOutputStream out = new DataOutputStream(Files.newOutputStream(bomb))) {
            out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10});
            byte[] header = ByteBuffer.allocate(13)
                    .putInt(60_000)
                    .putInt(60_000)
                    .put((byte) 8)
                    .put((byte) 6)
                    .put((byte) 0)
                    .put((byte) 0)
                    .put((byte) 0)
                    .array();
            chunk(out, "IHDR", header);
            chunk(out, "IEND", new byte[0]);
        }
        assertThatThrownBy(() -> StoryboardPictures.importPicture(bomb))
                .isInstanceOf(PhotoException.class)
                .hasMessage("bomb.png is too large an image (60000×60000 pixels).");
    }

    private static void chunk(DataOutputStream out, String type, byte[] data) throws Exception {
        CRC32 crc = new CRC32();
        crc.update(type.getBytes(StandardCharsets.US_ASCII));
        crc.update(data);
        out.writeInt(data.length);
        out.write(type.getBytes(StandardCharsets.US_ASCII));
        out.write(data);
        out.writeInt((int) crc.getValue());
    }

    private static BufferedImage noise(int width, int height, boolean transparent) {
        BufferedImage image = new BufferedImage(
                width, height, transparent ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Random random = new Random(7);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int rgb = random.nextInt(0x1000000);
                image.setRGB(x, y, transparent ? rgb | (random.nextInt(256) << 24) : rgb | 0xFF000000);
            }
        }
        return image;
    }

    private Path image(int width, int height, String format) throws Exception {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.BLUE);
        g.fillRect(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        Path file = folder.resolve("picture-" + width + "x" + height + "." + format);
        ImageIO.write(image, format.equals("jpg") ? "jpeg" : format, file.toFile());
        return file;
    }

    private static BufferedImage decode(String uri) throws Exception {
        return ImageIO.read(new ByteArrayInputStream(PhotoUri.bytes(uri)));
    }
}
