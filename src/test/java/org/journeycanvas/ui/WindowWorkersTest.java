package org.journeycanvas.ui;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.journeycanvas.command.ElementList;
import org.journeycanvas.command.ListEdit;
import org.journeycanvas.export.ExportFormat;
import org.journeycanvas.export.ExportRequest;
import org.journeycanvas.export.MapExport;
import org.journeycanvas.io.MapFileReader;
import org.journeycanvas.io.SettingsStore;
import org.journeycanvas.model.IdGenerator;
import org.journeycanvas.templates.TemplateCatalog;
import org.journeycanvas.testing.SampleMaps;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** A window's background work: saves are never held up by an export, and nothing runs once the window is gone. */
@ExtendWith(ApplicationExtension.class)
class WindowWorkersTest {
    @TempDir
    Path folder;

    private final WindowWorkers workers = new WindowWorkers();
    private final CountDownLatch exportStarted = new CountDownLatch(1);
    private final CountDownLatch finishExport = new CountDownLatch(1);

    @AfterEach
    void closeWorkers() {
        finishExport.countDown();
        workers.close();
    }

    @Test
    void aSaveStartedDuringALongExportFinishesBeforeIt(FxRobot robot) throws Exception {
        FakeDialogs dialogs = new FakeDialogs();
        EditorViewModel editor = new EditorViewModel(SampleMaps.threeStages(), new IdGenerator());
        AppSettings settings = new AppSettings(new SettingsStore(folder.resolve("data")), workers.saves());
        DocumentFiles files = new DocumentFiles(
                editor, dialogs, settings, workers, new TemplateCatalog(folder.resolve("templates")), status -> {});
        ExportActions exports = new ExportActions(
                editor, dialogs, settings, workers.exports(), status -> {}, (map, request, target, progress) -> {
                    exportStarted.countDown();
                    awaitUninterrupted(finishExport);
                    new MapExport().export(map, request, target, progress);
                });
        robot.interact(() -> editor.execute(ListEdit.remove(ElementList.stages(), "s3")));
        dialogs.exportAnswer = new ExportRequest(ExportFormat.XLSX, null, 1, false, false);
        dialogs.exportTargetAnswer = folder.resolve("fleet.xlsx");
        dialogs.saveAnswer = folder.resolve("fleet.journey");

        robot.interact(exports::export);
        assertThat(exportStarted.await(10, SECONDS)).isTrue();
        robot.interact(files::save);
        WaitForAsyncUtils.waitFor(10, SECONDS, () -> !editor.isDirty());

        assertThat(new MapFileReader().read(folder.resolve("fleet.journey"))).isEqualTo(editor.getMap());
        assertThat(dialogs.progressClosed).isFalse();
        assertThat(folder.resolve("fleet.xlsx")).doesNotExist();

        finishExport.countDown();
        WaitForAsyncUtils.waitFor(20, SECONDS, () -> dialogs.progressClosed);
        try (XSSFWorkbook book = new XSSFWorkbook(folder.resolve("fleet.xlsx").toFile())) {
            assertThat(book.getSheet("Dana")).isNotNull();
        }
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void savesReadsAndExportsEachRunOnTheirOwnThread() throws Exception {
        Set<String> threads = ConcurrentHashMap.newKeySet();
        CountDownLatch ran = new CountDownLatch(3);
        for (var worker : new java.util.concurrent.Executor[] {workers.saves(), workers.reads(), workers.exports()}) {
            worker.execute(() -> {
                threads.add(Thread.currentThread().getName());
                ran.countDown();
            });
        }
        assertThat(ran.await(10, SECONDS)).isTrue();
        assertThat(threads).containsExactlyInAnyOrder("window saves", "window reads", "window exports");
    }

    @Test
    void closingFinishesTheWritesAlreadyAskedForAndTakesNoMoreWork() throws Exception {
        CountDownLatch writing = new CountDownLatch(1);
        CountDownLatch finishWriting = new CountDownLatch(1);
        AtomicBoolean written = new AtomicBoolean();
        workers.saves().execute(() -> {
            writing.countDown();
            awaitUninterrupted(finishWriting);
            written.set(true);
        });
        assertThat(writing.await(10, SECONDS)).isTrue();
        Thread closing = new Thread(workers::close);
        closing.start();
        finishWriting.countDown();
        closing.join();

        assertThat(written).isTrue();
        assertThatThrownBy(() -> workers.saves().execute(() -> {})).isInstanceOf(RejectedExecutionException.class);
        assertThatThrownBy(() -> workers.exports().execute(() -> {})).isInstanceOf(RejectedExecutionException.class);
    }

    private static void awaitUninterrupted(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
