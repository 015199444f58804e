package org.journeycanvas.io;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.testing.MapArbitraries;

class MapFileRoundTripProperties {
    private final MapFileReader reader = new MapFileReader();
    private final MapFileWriter writer = new MapFileWriter();

    @Property(tries = 1000)
    void randomMapsSurviveTheFileFormatByteForByte(@ForAll("maps") JourneyMap map) throws MapFileException {
        byte[] written = writer.toBytes(map);

        JourneyMap read = reader.read(written, "random.journey");

        assertThat(read).isEqualTo(map);
        assertThat(writer.toBytes(read)).isEqualTo(written);
    }

    @Provide
    Arbitrary<JourneyMap> maps() {
        return MapArbitraries.maps();
    }
}
