package org.journeycanvas.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.testing.SampleMaps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MapFileWriterTest {
    private final MapFileWriter writer = new MapFileWriter();
    private final JourneyMap map = SampleMaps.threeStages();

    /** Pictures can add up to more than a file may hold: such a map is not written, and the old file stays. */
    @Test
    void aMapTooLargeToOpenAgainIsNotWritten(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("big.journey");
        writer.write(SampleMaps.threeStages(), file);
        byte[] before = Files.readAllBytes(file);
        String picture = "data:image/jpeg;base64," + "A".repeat(1_990_000);
        JourneyMap huge = SampleMaps.withStoryboard()
                .withLanesMapped(lane -> lane.kind() != org.journeycanvas.model.LaneKind.STORYBOARD
                        ? lane
                        : lane.withCards(java.util.stream.IntStream.range(0, 27)
                                .mapToObj(i -> org.journeycanvas.model.Card.of("big" + i, "s1", "Picture " + i)
                                        .withPicture(picture))
                                .toList()));

        assertThatThrownBy(() -> writer.write(huge, file))
                .isInstanceOf(MapFileException.class)
                .hasMessageContaining("more than the 50 MB a map file may hold");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void savedFileReadsBackAsTheSameMap(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("fleet.journey");
        writer.write(map, file);
        assertThat(new MapFileReader().read(file)).isEqualTo(map);
        assertThat(filesIn(folder)).containsExactly("fleet.journey");
    }

    @Test
    void savingOverAnExistingFileReplacesItWhole(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("fleet.journey");
        Files.writeString(file, "old content that is longer than nothing ".repeat(200));
        writer.write(map, file);
        assertThat(Files.readAllBytes(file)).isEqualTo(writer.toBytes(map));
        assertThat(filesIn(folder)).containsExactly("fleet.journey");
    }

    @Test
    void aWriteThatFailsHalfWayLeavesTheOldFileAndNoTemporaryFile(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("fleet.journey");
        Files.writeString(file, "the old version");
        assertThatThrownBy(() -> AtomicFileWriter.write(file, out -> {
                    out.write("half of the new ver".getBytes());
                    throw new IOException("disk unplugged");
                }))
                .hasMessage("disk unplugged");
        assertThat(Files.readString(file)).isEqualTo("the old version");
        assertThat(filesIn(folder)).containsExactly("fleet.journey");
    }

    @Test
    void savingKeepsTheFilesPermissionsAndNewFilesAreReadableByOthers(@TempDir Path folder) throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(
                folder.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path shared = folder.resolve("shared.journey");
        Files.writeString(shared, "old");
        Files.setPosixFilePermissions(shared, java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw-r--"));
        writer.write(map, shared);
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(shared)))
                .isEqualTo("rw-rw-r--");

        Path fresh = folder.resolve("fresh.journey");
        writer.write(map, fresh);
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh)))
                .isEqualTo("rw-r--r--");
    }

    /** Root may write anywhere, so this runs only as an ordinary user; the test below covers the message path. */
    @Test
    void savingIntoAReadOnlyFolderSaysSoAndLeavesItAlone(@TempDir Path folder) throws Exception {
        org.junit.jupiter.api.Assumptions.assumeFalse("root".equals(System.getProperty("user.name")));
        Path readOnly = Files.createDirectory(folder.resolve("read-only"));
        assertThat(readOnly.toFile().setWritable(false)).isTrue();
        try {
            Path file = readOnly.resolve("fleet.journey");
            assertThat(catchThrowableOfType(MapFileException.class, () -> writer.write(map, file)))
                    .hasMessage(file + ": cannot save here: permission denied (is the folder read-only?)");
            assertThat(filesIn(readOnly)).isEmpty();
        } finally {
            readOnly.toFile().setWritable(true);
        }
    }

    @Test
    void savingIntoAMissingFolderSaysSo(@TempDir Path folder) {
        Path file = folder.resolve("no-such-folder").resolve("fleet.journey");
        assertThat(catchThrowableOfType(MapFileException.class, () -> writer.write(map, file)))
                .hasMessage(file + ": cannot save here: the folder does not exist");
    }

    @Test
    void savingWhereAFileStandsForTheFolderSaysWhy(@TempDir Path folder) throws Exception {
        Path notAFolder = Files.writeString(folder.resolve("plain.txt"), "x");
        Path file = notAFolder.resolve("fleet.journey");
        MapFileException problem = catchThrowableOfType(MapFileException.class, () -> writer.write(map, file));
        assertThat(problem.getMessage()).startsWith(file + ": cannot save");
        assertThat(Files.readString(notAFolder)).isEqualTo("x");
    }

    private static java.util.List<String> filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(path -> path.getFileName().toString()).toList();
        }
    }
}
