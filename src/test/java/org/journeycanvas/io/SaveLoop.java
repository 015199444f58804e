package org.journeycanvas.io;

import java.nio.file.Path;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.MapGenerator;
import org.journeycanvas.testing.SampleMaps;

/** A process that saves two versions of a map over one file, alternately, until it is killed. */
public final class SaveLoop {
    private SaveLoop() {}

    public static void main(String[] args) throws Exception {
        Path target = Path.of(args[0]);
        JourneyMap small = SampleMaps.threeStages();
        JourneyMap large = MapGenerator.generate(2, 8, 600, 11);
        MapFileWriter writer = new MapFileWriter();
        writer.write(small, target);
        System.out.println("ready");
        System.out.flush();
        for (long i = 0; ; i++) {
            writer.write(i % 2 == 0 ? large : small, target);
        }
    }

    /** The two versions the loop writes, for the test to compare with. */
    public static JourneyMap[] versions() {
        return new JourneyMap[] {SampleMaps.threeStages(), MapGenerator.generate(2, 8, 600, 11)};
    }
}
