package org.journeycanvas.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PersonaPhotosTest {
    @TempDir
    Path folder;

    @Test
    void aPngIsCroppedToACentredSquareAndScaledTo256() throws Exception {
        Path png = image(800, 400, "png");
        String uri = PersonaPhotos.importPhoto(png);
        assertThat(uri).startsWith("data:image/png;base64,");
        BufferedImage photo = decode(uri);
        assertThat(photo.getWidth()).isEqualTo(256);
        assertThat(photo.getHeight()).isEqualTo(256);
        assertThat(new Color(photo.getRGB(128, 128))).isEqualTo(Color.BLUE);
        assertThat(new Color(photo.getRGB(2, 128))).isEqualTo(Color.BLUE);
    }

    @Test
    void aJpegStaysAJpeg() throws Exception {
        String uri = PersonaPhotos.importPhoto(image(300, 600, "jpg"));
        assertThat(uri).startsWith("data:image/jpeg;base64,");
        assertThat(decode(uri).getWidth()).isEqualTo(256);
    }

    @Test
    void aSmallImageIsNotEnlarged() throws Exception {
        assertThat(decode(PersonaPhotos.importPhoto(image(100, 80, "png"))).getWidth())
                .isEqualTo(80);
    }

    @Test
    void aTextFileRenamedPngIsRefused() throws Exception {
        Path fake = Files.writeString(folder.resolve("dana.png"), "not really a picture");
        assertThatThrownBy(() -> PersonaPhotos.importPhoto(fake))
                .isInstanceOf(PhotoException.class)
                .hasMessage("dana.png is not a PNG or JPEG image.");
    }

    @Test
    void aTruncatedPngIsRefused() throws Exception {
        byte[] whole = Files.readAllBytes(image(200, 200, "png"));
        Path broken = Files.write(folder.resolve("broken.png"), java.util.Arrays.copyOf(whole, 60));
        assertThatThrownBy(() -> PersonaPhotos.importPhoto(broken))
                .isInstanceOf(PhotoException.class)
                .hasMessage("broken.png is damaged or not a PNG or JPEG image.");
    }

    @Test
    void aFileOverTenMegabytesIsRefused() throws Exception {
        Path huge = folder.resolve("huge.jpg");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(11L * 1024 * 1024);
        }
        assertThatThrownBy(() -> PersonaPhotos.importPhoto(huge))
                .isInstanceOf(PhotoException.class)
                .hasMessage("huge.jpg is larger than 10 MB; choose a smaller photo.");
    }

    @Test
    void aDecompressionBombIsRefusedBeforeItIsDecoded() throws Exception {
        Path bomb = folder.resolve("bomb.png");
        try (var out = new java.io.DataOutputStream(Files.newOutputStream(bomb))) {
            out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10});
            chunk(
                    out,
                    "IHDR",
                    java.nio.ByteBuffer.allocate(13)
                            .putInt(60_000)
                            .putInt(60_000)
                            .put((byte) 8)
                            .put((byte) 6)
                            .put((byte) 0)
                            .put((byte) 0)
                            .put((byte) 0)
                            .array());
            chunk(out, "IEND", new byte[0]);
        }
        assertThatThrownBy(() -> PersonaPhotos.importPhoto(bomb))
                .isInstanceOf(PhotoException.class)
                .hasMessage("bomb.png is too large an image (60000×60000 pixels).");
    }

    private static void chunk(java.io.DataOutputStream out, String type, byte[] data) throws Exception {
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(type.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        crc.update(data);
        out.writeInt(data.length);
        out.write(type.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        out.write(data);
        out.writeInt((int) crc.getValue());
    }

    private Path image(int width, int height, String format) throws Exception {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.BLUE);
        int side = Math.min(width, height);
        g.fillRect((width - side) / 2, (height - side) / 2, side, side);
        g.dispose();
        Path file = folder.resolve("photo-" + width + "x" + height + "." + format);
        ImageIO.write(image, format.equals("jpg") ? "jpeg" : format, file.toFile());
        return file;
    }

    private static BufferedImage decode(String uri) throws Exception {
        byte[] bytes = Base64.getDecoder().decode(uri.substring(uri.indexOf(',') + 1));
        return ImageIO.read(new ByteArrayInputStream(bytes));
    }
}
