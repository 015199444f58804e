package org.journeycanvas.importing;

import java.nio.file.Path;
import java.util.Optional;
import org.journeycanvas.io.Progress;
import org.journeycanvas.io.table.TableReadException;

/** Recognises a workbook the app exported (and someone may have edited since) and reads what can come back. */
public final class ExcelRoundTrip {
    private ExcelRoundTrip() {}

    /** The exported cards and stages, or empty when the workbook is not one of the app's Excel exports. */
    public static Optional<ExportedCards> read(Path workbook, Progress progress) throws TableReadException {
        throw new UnsupportedOperationException("not yet");
    }
}
