package org.journeycanvas.io;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.testing.RandomMaps;

class MapFileRoundTripProperties {
    private final MapFileReader reader = new MapFileReader();
    private final MapFileWriter writer = new MapFileWriter();

    @Property(tries = 1000)
    void randomMapsSurviveTheFileFormatByteForByte(@ForAll long seed) throws MapFileException {
        JourneyMap map = new RandomMaps(seed).next();
        byte[] written = writer.toBytes(map);

        JourneyMap read = reader.read(written, "random.journey");

        assertThat(read).isEqualTo(map);
        assertThat(writer.toBytes(read)).isEqualTo(written);
    }
}
