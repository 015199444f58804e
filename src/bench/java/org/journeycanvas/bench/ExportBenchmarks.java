package org.journeycanvas.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.TimeUnit;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.journeycanvas.export.ExcelExporter;
import org.journeycanvas.export.PngExporter;
import org.journeycanvas.export.PngOptions;
import org.journeycanvas.export.PowerPointExporter;
import org.journeycanvas.export.PptxOptions;
import org.journeycanvas.export.pages.PageOptions;
import org.journeycanvas.export.pages.Paper;
import org.journeycanvas.export.pdf.PdfExporter;
import org.journeycanvas.io.Progress;
import org.journeycanvas.model.Card;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.Lane;
import org.journeycanvas.model.MapGenerator;
import org.journeycanvas.model.Persona;
import org.journeycanvas.model.Stage;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The exports of the reference map; Excel beside bare POI writing the same cells, PDF beside PNG at 1×. Excel is quick enough
 * to average over many runs; the slower exports are timed one run at a time.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Djava.awt.headless=true", "-Xmx2g"})
public class ExportBenchmarks {
    private JourneyMap map;

    @Setup
    public void setUp() {
        map = MapGenerator.reference();
    }

    @Benchmark
    public void png2x() throws IOException {
        new PngExporter().export(map, new PngOptions(2, null, false), OutputStream.nullOutputStream(), Progress.NONE);
    }

    /** The baseline of the PDF's target: under twice the PNG at 1×. */
    @Benchmark
    public void png1x() throws IOException {
        new PngExporter().export(map, new PngOptions(1, null, false), OutputStream.nullOutputStream(), Progress.NONE);
    }

    @Benchmark
    public void pdf() throws IOException {
        new PdfExporter().export(map, PageOptions.WHOLE_MAP, null, OutputStream.nullOutputStream(), Progress.NONE);
    }

    @Benchmark
    public void pdfOnA4Pages() throws IOException {
        new PdfExporter()
                .export(
                        map,
                        new PageOptions(Paper.A4, true, false, null, false),
                        null,
                        OutputStream.nullOutputStream(),
                        Progress.NONE);
    }

    // Fifteen measured iterations for the export and its baseline: a workbook allocates over a gigabyte, and the
    // collections that follow made five iterations' averages differ by half from run to run. Sixteen seconds of
    // warm-up: after ten, the export's first measured iterations still took up to three times its steady 450 ms
    // (it runs more code than the baseline, so the JIT takes longer over it).
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @Warmup(iterations = 8, time = 2)
    @Measurement(iterations = 15, time = 2)
    public void excel() throws IOException {
        new ExcelExporter().export(map, null, OutputStream.nullOutputStream(), Progress.NONE);
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @Warmup(iterations = 8, time = 2)
    @Measurement(iterations = 15, time = 2)
    public void bareExcelSameCells() throws IOException {
        XSSFWorkbook book = new XSSFWorkbook();
        try {
            book.createSheet("Overview");
            // the cards sheet: a row per card, nine cells each (as the export's round trip writes it)
            XSSFSheet cardRows = book.createSheet("Cards");
            int cardRow = 0;
            for (Persona persona : map.personas()) {
                for (Lane lane : persona.lanes()) {
                    for (Card card : lane.cards()) {
                        XSSFRow cells = cardRows.createRow(cardRow++);
                        cells.createCell(0).setCellValue(persona.name());
                        cells.createCell(1).setCellValue(card.stageId());
                        cells.createCell(2).setCellValue(lane.title());
                        cells.createCell(3).setCellValue(card.text());
                        cells.createCell(4).setCellValue(card.note());
                        cells.createCell(5).setCellValue(String.join(", ", card.tags()));
                        cells.createCell(6)
                                .setCellValue(
                                        card.channel() == null
                                                ? ""
                                                : card.channel().name());
                        if (card.score() != null) {
                            cells.createCell(7).setCellValue(card.score());
                        }
                        cells.createCell(8).setCellValue(card.id());
                    }
                }
            }
            // the marker: each card's id and a fingerprint of its row
            XSSFSheet marker = book.createSheet("Marker");
            int markerRow = 0;
            for (Persona persona : map.personas()) {
                for (Lane lane : persona.lanes()) {
                    for (Card card : lane.cards()) {
                        XSSFRow cells = marker.createRow(markerRow++);
                        cells.createCell(0).setCellValue("card");
                        cells.createCell(1).setCellValue(card.id());
                        cells.createCell(2).setCellValue(new StringBuilder(card.id()).reverse() + "#");
                    }
                }
            }
            for (Persona persona : map.personas()) {
                XSSFSheet sheet = book.createSheet(persona.name());
                XSSFRow header = sheet.createRow(1);
                for (int s = 0; s < map.stages().size(); s++) {
                    header.createCell(s + 1).setCellValue(map.stages().get(s).name());
                }
                int row = 2;
                for (Lane lane : persona.lanes()) {
                    XSSFRow cells = sheet.createRow(row++);
                    cells.createCell(0).setCellValue(lane.title());
                    for (int s = 0; s < map.stages().size(); s++) {
                        Stage stage = map.stages().get(s);
                        cells.createCell(s + 1)
                                .setCellValue(String.join(
                                        "\n",
                                        lane.cardsAt(stage.id()).stream()
                                                .map(Card::text)
                                                .toList()));
                    }
                }
            }
            book.write(OutputStream.nullOutputStream());
        } finally {
            // As the exporter does: close() would save the workbook a second time (see UnsavedDocuments).
            book.getPackage().revert();
        }
    }

    @Benchmark
    public void powerPoint() throws IOException {
        new PowerPointExporter()
                .export(map, new PptxOptions(null, false), OutputStream.nullOutputStream(), Progress.NONE);
    }
}
