package org.journeycanvas.ui.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.journeycanvas.export.ExportFormat;
import org.journeycanvas.export.ExportRequest;
import org.journeycanvas.export.MapExport;
import org.journeycanvas.io.Progress;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.testing.InEnglish;
import org.journeycanvas.testing.SampleMaps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** What the reader takes a file for, before any dialog shows it. */
@ExtendWith(InEnglish.class)
class ImportReaderTest {
    @TempDir
    Path folder;

    @Test
    void anExportOfTheOpenMapSavedAsXlsIsStillItsChanges() throws Exception {
        JourneyMap map = SampleMaps.threeStages();
        Path xlsx = folder.resolve("fleet.xlsx");
        new MapExport().export(map, new ExportRequest(ExportFormat.XLSX, null, 1, false, false), xlsx, Progress.NONE);
        // the reader goes by the content, so only the name says .xls here
        Path xls = Files.copy(xlsx, folder.resolve("fleet.xls"));

        ImportSource source = ImportReader.read(xls, map, Progress.NONE);

        assertThat(source).isInstanceOf(ImportSource.Changes.class);
        assertThat(((ImportSource.Changes) source).changes()).isEmpty();
    }
}
