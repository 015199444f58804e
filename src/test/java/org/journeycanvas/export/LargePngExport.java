package org.journeycanvas.export;

import java.nio.file.Path;
import org.journeycanvas.io.Progress;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.MapGenerator;

/**
 * A process that exports the four-thousand-card reference map as a PNG at twice the scale, for a test that runs it
 * in a heap too small to hold the picture. Exits with 0 once the file is written, 1 with the message if not.
 */
public final class LargePngExport {
    static final int SCALE = 2;

    private LargePngExport() {}

    public static void main(String[] args) {
        try {
            new MapExport()
                    .export(
                            map(),
                            new ExportRequest(ExportFormat.PNG, null, SCALE, false, false),
                            Path.of(args[0]),
                            Progress.NONE);
        } catch (ExportException e) {
            System.out.println(e.getMessage());
            System.exit(1);
        }
    }

    static JourneyMap map() {
        return MapGenerator.reference();
    }
}
