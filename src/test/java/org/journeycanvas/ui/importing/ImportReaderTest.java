package org.journeycanvas.ui.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.journeycanvas.export.ExportFormat;
import org.journeycanvas.export.ExportRequest;
import org.journeycanvas.export.MapExport;
import org.journeycanvas.io.Progress;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.testing.InEnglish;
import org.journeycanvas.testing.SampleMaps;
import org.journeycanvas.testing.XlsCopy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** What an import reads a file as, by its kind. */
@ExtendWith(InEnglish.class)
class ImportReaderTest {
    @TempDir
    Path folder;

    @Test
    void anExportOfTheOpenMapSavedAsXlsIsReadAsItsChanges() throws Exception {
        JourneyMap map = SampleMaps.threeStages();
        Path xlsx = folder.resolve("export.xlsx");
        new MapExport().export(map, new ExportRequest(ExportFormat.XLSX, null, 1, false, false), xlsx, Progress.NONE);

        ImportSource source = ImportReader.read(XlsCopy.of(xlsx, folder.resolve("export.xls")), map, Progress.NONE);

        assertThat(source)
                .isInstanceOfSatisfying(
                        ImportSource.Changes.class,
                        changes -> assertThat(changes.changes()).isEmpty());
    }
}
