package org.journeycanvas.export;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.zip.Adler32;
import javax.imageio.ImageIO;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFFreeformShape;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.journeycanvas.export.pages.PageOptions;
import org.journeycanvas.io.Progress;
import org.journeycanvas.io.table.ExportedWorkbook;
import org.journeycanvas.model.Card;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.Lane;
import org.journeycanvas.model.LaneKind;
import org.journeycanvas.model.MapGenerator;
import org.journeycanvas.model.Persona;
import org.journeycanvas.testing.SampleMaps;
import org.journeycanvas.testing.UserCancelled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportsTest {
    /** The heap of the process that exports the large map: a fraction of its picture. */
    private static final long EXPORT_HEAP_BYTES = 256L * 1024 * 1024;

    @TempDir
    Path folder;

    private final MapExport export = new MapExport();
    private final JourneyMap sample = SampleMaps.threeStages();

    @Test
    void pngAtTwiceTheScaleIsTwiceTheSize() throws Exception {
        BufferedImage one = png(sample, new ExportRequest(ExportFormat.PNG, null, 1, false, false));
        BufferedImage two = png(sample, new ExportRequest(ExportFormat.PNG, null, 2, false, false));
        assertThat(two.getWidth()).isEqualTo(2 * one.getWidth());
        assertThat(two.getHeight()).isEqualTo(2 * one.getHeight());
        assertThat(one.getRGB(2, 2)).isEqualTo(0xFFFFFFFF);
    }

    @Test
    void pngCanHaveATransparentBackgroundAndShowOnePersona() throws Exception {
        BufferedImage clear = png(sample, new ExportRequest(ExportFormat.PNG, null, 1, true, false));
        assertThat(clear.getRGB(2, 2) >>> 24).isZero();
        JourneyMap two = withSecondPersona(sample);
        BufferedImage all = png(two, new ExportRequest(ExportFormat.PNG, null, 1, false, false));
        BufferedImage one = png(two, new ExportRequest(ExportFormat.PNG, "p2", 1, false, false));
        assertThat(one.getWidth()).isEqualTo(all.getWidth());
        assertThat(one.getHeight()).isLessThan(all.getHeight());
    }

    /**
     * The picture is about 1.4 GB of pixels, exported by a process whose heap is a small fraction of that: it must be
     * drawn and written in strips. Then every row of the file is decoded, keeping one pixel in four each way.
     */
    @Test
    void pngOfAFourThousandCardMapAtTwiceTheScaleIsWholeAndExportsInAHeapThatCannotHoldIt() throws Exception {
        JourneyMap large = LargePngExport.map();
        assertThat(large.cardCount()).isEqualTo(4000);
        var bounds = PngExporter.layout(large, null).bounds();
        int scale = LargePngExport.SCALE;
        int width = (int) Math.ceil((bounds.width() + 2 * PngExporter.MARGIN) * scale);
        int height = (int) Math.ceil((bounds.height() + 2 * PngExporter.MARGIN) * scale);
        assertThat(4L * width * height).as("bytes of the whole picture").isGreaterThan(4L * EXPORT_HEAP_BYTES);

        Path target = folder.resolve("large.png");
        Process export = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx" + EXPORT_HEAP_BYTES,
                        "-Djava.awt.headless=true",
                        "-cp",
                        System.getProperty("java.class.path"),
                        LargePngExport.class.getName(),
                        target.toString())
                .redirectErrorStream(true)
                .start();
        String output = new String(export.getInputStream().readAllBytes(), UTF_8);
        assertThat(export.waitFor(10, TimeUnit.MINUTES)).isTrue();
        assertThat(export.exitValue()).as(output).isZero();

        int sample = 4;
        BufferedImage decoded = decodeEveryRow(target, sample);
        assertThat(decoded.getWidth()).isEqualTo(ceilDiv(width, sample));
        assertThat(decoded.getHeight()).isEqualTo(ceilDiv(height, sample));
        // Drawn from the top margin to the bottom margin, with no band left blank the way a lost strip would be.
        int margin = (int) (PngExporter.MARGIN * scale / sample);
        int background = decoded.getRGB(0, 0);
        int blankRows = 0;
        for (int y = margin; y < decoded.getHeight() - margin; y++) {
            blankRows = isBlankRow(decoded, y, background) ? blankRows + 1 : 0;
            assertThat(blankRows * sample)
                    .as("blank rows above row %d", y * sample)
                    .isLessThan(200);
        }
        assertThat(isBlankRow(decoded, margin + 1, background))
                .as("the top of the map is drawn")
                .isFalse();
        assertThat(isBlankRow(decoded, decoded.getHeight() - margin - 2, background))
                .as("the bottom of the map is drawn")
                .isFalse();
    }

    @Test
    void rowsCompressedApartJoinIntoOnePngThatDecodesExactly() throws Exception {
        int width = 37;
        int height = 50;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Random random = new Random(3);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, random.nextInt());
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PngWriter png = new PngWriter(out, width, height);
        // Runs of seven rows, so the rows split unevenly and many separately compressed runs are joined.
        for (int top = 0; top < height; top += 7) {
            int rows = Math.min(7, height - top);
            BufferedImage strip = new BufferedImage(width, 7, BufferedImage.TYPE_INT_ARGB);
            strip.setRGB(0, 0, width, rows, image.getRGB(0, top, width, rows, null, 0, width), 0, width);
            png.write(DeflatedRows.encode(strip, rows, top + rows >= height));
        }
        png.finish();
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(out.toByteArray()));
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                assertThat(decoded.getRGB(x, y)).as("pixel %d,%d", x, y).isEqualTo(image.getRGB(x, y));
            }
        }
    }

    @Test
    void aMapDrawnInManyStripsLooksLikeOneDrawnWhole() throws Exception {
        JourneyMap map = withSecondPersona(sample);
        PngOptions options = new PngOptions(1, null, false);
        BufferedImage whole = ImageIO.read(new ByteArrayInputStream(pngBytes(new PngExporter(), map, options)));
        BufferedImage fromStrips =
                ImageIO.read(new ByteArrayInputStream(pngBytes(new PngExporter(whole.getWidth() * 7L), map, options)));
        assertThat(fromStrips.getWidth()).isEqualTo(whole.getWidth());
        assertThat(fromStrips.getHeight()).isEqualTo(whole.getHeight());
        // Anti-aliased edges may round differently where a strip cuts a shape; nothing else may differ.
        for (int y = 0; y < whole.getHeight(); y++) {
            for (int x = 0; x < whole.getWidth(); x++) {
                assertThat(channelDifference(fromStrips.getRGB(x, y), whole.getRGB(x, y)))
                        .as("pixel %d,%d", x, y)
                        .isLessThanOrEqualTo(24);
            }
        }
    }

    @Test
    void adlerChecksumsOfTwoRunsCombineIntoTheChecksumOfBoth() {
        byte[] bytes = new byte[200_000];
        new Random(7).nextBytes(bytes);
        for (int split : new int[] {0, 1, 65_521, 131_042, 199_999}) {
            Adler32 first = new Adler32();
            first.update(bytes, 0, split);
            Adler32 second = new Adler32();
            second.update(bytes, split, bytes.length - split);
            Adler32 both = new Adler32();
            both.update(bytes);
            assertThat(DeflatedRows.combineAdler32(first.getValue(), second.getValue(), bytes.length - split))
                    .as("split at %d", split)
                    .isEqualTo(both.getValue());
        }
    }

    @Test
    void excelHasAnOverviewAndASheetPerPersonaWithEveryCardInItsCell() throws Exception {
        try (XSSFWorkbook book = excel(sample)) {
            assertThat(book.getSheetAt(0).getSheetName()).isEqualTo("Overview");
            XSSFSheet overview = book.getSheet("Overview");
            assertThat(text(overview, 0, 0)).isEqualTo("Fleet software: B2B buyer journey");
            assertThat(allText(overview))
                    .contains("Awareness", "Consideration", "Decision", "Dana", "Fleet operations manager");

            XSSFSheet dana = book.getSheet("Dana");
            int stages = ExcelExporter.STAGE_ROW;
            assertThat(text(dana, stages, 1)).isEqualTo("Awareness");
            assertThat(text(dana, stages, 3)).isEqualTo("Decision");
            assertThat(text(dana, stages + 1, 0)).isEqualTo("Touchpoints");
            assertThat(text(dana, stages + 1, 1)).isEqualTo("Industry webinar (Webinar)\nAnalyst report (Print)");
            assertThat(text(dana, stages + 1, 2)).isEqualTo("Product demo (Demo)");
            assertThat(text(dana, stages + 2, 1)).isEqualTo("Curious (+1)");
            assertThat(dana.getRow(stages + 3).getCell(1).getNumericCellValue()).isEqualTo(1.0);
            assertThat(dana.getPaneInformation().isFreezePane()).isTrue();
            assertThat(dana.getPrintSetup().getLandscape()).isTrue();
            assertThat(dana.getFitToPage()).isTrue();
            assertThat(dana.getRow(stages).getCell(1).getCellStyle().getWrapText())
                    .isTrue();
        }
    }

    @Test
    void personasNamedLikeAnotherSheetInAnyCaseGetNumberedSheets() throws Exception {
        List<Persona> personas = new ArrayList<>(sample.personas());
        personas.add(Persona.of("p2", "OVERVIEW", List.of()));
        personas.add(Persona.of("p3", "dana", List.of()));
        personas.add(Persona.of("p4", "cards", List.of()));
        try (XSSFWorkbook book = excel(sample.withPersonas(personas))) {
            assertThat(book.sheetIterator())
                    .toIterable()
                    .extracting(sheet -> sheet.getSheetName())
                    .containsExactly(
                            "Overview",
                            "Cards",
                            "Dana",
                            "OVERVIEW 2",
                            "dana 2",
                            "cards 2",
                            ExportedWorkbook.MARKER_SHEET);
        }
    }

    @Test
    void excelHasACardsSheetWithARowPerCardAndTheIdsAnImportNeedsHidden() throws Exception {
        try (XSSFWorkbook book = excel(sample)) {
            XSSFSheet cards = book.getSheet("Cards");
            assertThat(book.getSheetIndex(cards)).isEqualTo(1);
            assertThat(rowTexts(cards, 0))
                    .containsExactly("Persona", "Stage", "Lane", "Text", "Note", "Tags", "Channel", "Score", "Card id");
            assertThat(cards.getLastRowNum()).isEqualTo(4);
            assertThat(rowTexts(cards, 3))
                    .containsExactly("Dana", "Awareness", "Emotions", "Curious", "", "", "", "1", "e1");
            assertThat(cards.getRow(3).getCell(7).getNumericCellValue()).isEqualTo(1.0);
            assertThat(text(cards, 2, 5)).isEqualTo("analyst");
            assertThat(text(cards, 2, 6)).isEqualTo("Print");
            assertThat(cards.isColumnHidden(8)).isTrue();
            assertThat(cards.getPaneInformation().isFreezePane()).isTrue();
            assertThat(cards.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:H5");

            XSSFSheet overview = book.getSheet("Overview");
            assertThat(overview.isColumnHidden(ExportedWorkbook.STAGE_ID_COLUMN))
                    .isTrue();
            assertThat(allText(overview)).contains("s1", "s2", "s3");

            int marker = book.getSheetIndex(ExportedWorkbook.MARKER_SHEET);
            assertThat(marker).isEqualTo(book.getNumberOfSheets() - 1);
            assertThat(book.getSheetVisibility(marker)).isEqualTo(SheetVisibility.VERY_HIDDEN);
            assertThat(allText(book.getSheetAt(marker))).contains("m1", "p1", "Overview", "Cards");
        }
    }

    @Test
    void excelDrawsTheEmotionScoresAsANativeLineChart() throws Exception {
        try (XSSFWorkbook book = excel(sample)) {
            XSSFSheet dana = book.getSheet("Dana");
            List<XSSFChart> charts = dana.getDrawingPatriarch().getCharts();
            assertThat(charts).hasSize(1);
            var series = charts.get(0).getChartSeries().get(0).getSeries(0);
            assertThat(series.getCategoryData().getPointAt(0)).isEqualTo("Awareness");
            assertThat(series.getValuesData().getPointAt(0)).isEqualTo(1.0);
            assertThat(series.getValuesData().getDataRangeReference()).contains("$B$" + (ExcelExporter.STAGE_ROW + 4));
        }
    }

    @Test
    void formulaLookingCardsStayText() throws Exception {
        JourneyMap hostile = sample.withLanesMapped(lane -> lane.id().equals("l-pain")
                ? lane.withCards(List.of(
                        Card.of("f1", "s1", "=HYPERLINK(\"http://evil\",\"x\")"),
                        Card.of("f2", "s2", "+1 555 0100"),
                        Card.of("f3", "s3", "@mention")))
                : lane);
        try (XSSFWorkbook book = excel(hostile)) {
            XSSFSheet dana = book.getSheet("Dana");
            int painRow = ExcelExporter.STAGE_ROW + 4;
            for (int column = 1; column <= 3; column++) {
                XSSFCell cell = dana.getRow(painRow).getCell(column);
                assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
                assertThat(cell.getCellStyle().getQuotePrefixed()).isTrue();
            }
            assertThat(text(dana, painRow, 1)).isEqualTo("=HYPERLINK(\"http://evil\",\"x\")");
        }
    }

    @Test
    void slidesHaveATitleAndAPersonaSlideWithEveryCardInsideTheSlide() throws Exception {
        JourneyMap twoEmotions = sample.withLanesMapped(lane -> lane.id().equals("l-emo")
                ? lane.withCardsInserted(
                        "s2", 0, List.of(Card.of("e2", "s2", "Sceptical").withScore(-1)))
                : lane);
        try (XMLSlideShow slides = pptx(twoEmotions, false)) {
            assertThat(slides.getPageSize().getWidth() / slides.getPageSize().getHeight())
                    .isEqualTo(16.0 / 9);
            assertThat(slides.getSlides()).hasSize(2);
            assertThat(texts(slides.getSlides().get(0))).contains("Fleet software: B2B buyer journey");
            XSLFSlide dana = slides.getSlides().get(1);
            assertThat(texts(dana))
                    .contains(
                            "Dana   Fleet operations manager",
                            "Awareness",
                            "Consideration",
                            "Decision",
                            "Touchpoints",
                            "Industry webinar",
                            "Analyst report",
                            "Product demo",
                            "Curious");
            assertThat(dana.getShapes())
                    .filteredOn(XSLFFreeformShape.class::isInstance)
                    .isNotEmpty();
            assertInsideSlide(slides);
        }
    }

    @Test
    void aWideMapContinuesOnFurtherSlidesWithTheHeadersRepeated() throws Exception {
        JourneyMap wide = MapGenerator.generate(1, 12, 200, 4);
        try (XMLSlideShow slides = pptx(wide, false)) {
            assertThat(slides.getSlides()).hasSizeGreaterThan(2);
            List<String> stageNames = new ArrayList<>();
            List<String> allTexts = new ArrayList<>();
            for (XSLFSlide slide :
                    slides.getSlides().subList(1, slides.getSlides().size())) {
                List<String> texts = texts(slide);
                // Its lanes are too tall for one slide too, so they continue at lane boundaries under the headers.
                assertThat(texts).anyMatch(text -> text.matches("Stage \\d+"));
                texts.stream().filter(text -> text.matches("Stage \\d+")).forEach(stageNames::add);
                allTexts.addAll(texts);
            }
            assertThat(stageNames)
                    .containsAll(IntStream.rangeClosed(1, 12)
                            .mapToObj(n -> "Stage " + n)
                            .toList());
            assertThat(allTexts).contains("Actions", "Touchpoints", "Metrics", "Notes");
            for (Card card : wide.personas().get(0).lanes().get(0).cards()) {
                assertThat(slides.getSlides().stream()
                                .anyMatch(slide -> texts(slide).contains(card.text())))
                        .as(card.text())
                        .isTrue();
            }
            assertInsideSlide(slides);
        }
    }

    @Test
    void slidesCanBePicturesOfEachPersona() throws Exception {
        try (XMLSlideShow slides = pptx(withSecondPersona(sample), true)) {
            assertThat(slides.getSlides()).hasSize(3);
            assertThat(slides.getPictureData()).hasSize(2);
            assertInsideSlide(slides);
        }
    }

    @Test
    void aCancelledExportLeavesTheTargetAsItWas() throws Exception {
        Path target = Files.writeString(folder.resolve("map.png"), "the previous export");
        Progress cancelled = UserCancelled.progress();
        for (ExportFormat format : ExportFormat.values()) {
            assertThatThrownBy(() ->
                            export.export(sample, new ExportRequest(format, null, 1, false, false), target, cancelled))
                    .isInstanceOf(CancellationException.class);
        }
        assertThat(Files.readString(target)).isEqualTo("the previous export");
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void anUnknownPersonaOrAnUnwritablePlaceIsAClearError() {
        assertThatThrownBy(() -> export.export(
                        sample,
                        new ExportRequest(ExportFormat.PNG, "nobody", 1, false, false),
                        folder.resolve("x.png"),
                        Progress.NONE))
                .isInstanceOf(ExportException.class)
                .hasMessage("no persona \"nobody\" in this map (personas: p1 Dana)");
        Path nowhere = folder.resolve("missing").resolve("x.xlsx");
        assertThatThrownBy(() -> export.export(
                        sample, new ExportRequest(ExportFormat.XLSX, null, 1, false, false), nowhere, Progress.NONE))
                .hasMessage(nowhere + ": cannot write here: the folder does not exist");
    }

    /** Decodes a PNG row by row, as a decoder must, keeping every {@code sample}-th pixel of every such row. */
    private static BufferedImage decodeEveryRow(Path png, int sample) throws Exception {
        try (var stream = ImageIO.createImageInputStream(png.toFile())) {
            var reader = ImageIO.getImageReaders(stream).next();
            try {
                reader.setInput(stream);
                var param = reader.getDefaultReadParam();
                param.setSourceSubsampling(sample, sample, 0, 0);
                return reader.read(0, param);
            } finally {
                reader.dispose();
            }
        }
    }

    private static boolean isBlankRow(BufferedImage image, int y, int background) {
        for (int x = 0; x < image.getWidth(); x++) {
            if (image.getRGB(x, y) != background) {
                return false;
            }
        }
        return true;
    }

    private static int ceilDiv(int dividend, int divisor) {
        return (dividend + divisor - 1) / divisor;
    }

    private static int channelDifference(int first, int second) {
        int largest = 0;
        for (int shift = 0; shift < 32; shift += 8) {
            largest = Math.max(largest, Math.abs(((first >>> shift) & 0xFF) - ((second >>> shift) & 0xFF)));
        }
        return largest;
    }

    private static byte[] pngBytes(PngExporter exporter, JourneyMap map, PngOptions options) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.export(map, options, out, Progress.NONE);
        return out.toByteArray();
    }

    static void assertInsideSlide(XMLSlideShow slides) {
        Rectangle2D page = new Rectangle2D.Double(
                0, 0, slides.getPageSize().getWidth(), slides.getPageSize().getHeight());
        for (XSLFSlide slide : slides.getSlides()) {
            for (XSLFShape shape : slide.getShapes()) {
                Rectangle2D anchor = shape.getAnchor();
                assertThat(anchor.getMinX()).as(shape.getShapeName()).isGreaterThanOrEqualTo(-0.01);
                assertThat(anchor.getMinY()).isGreaterThanOrEqualTo(-0.01);
                assertThat(anchor.getMaxX()).as(shape.getShapeName()).isLessThanOrEqualTo(page.getMaxX() + 0.01);
                assertThat(anchor.getMaxY()).as(shape.getShapeName()).isLessThanOrEqualTo(page.getMaxY() + 0.01);
            }
        }
    }

    static List<String> texts(XSLFSlide slide) {
        List<String> texts = new ArrayList<>();
        for (XSLFShape shape : slide.getShapes()) {
            if (shape instanceof XSLFTextShape text) {
                text.getTextParagraphs().forEach(paragraph -> texts.add(paragraph.getText()));
            }
        }
        return texts;
    }

    private BufferedImage png(JourneyMap map, ExportRequest request) throws Exception {
        Path target = folder.resolve("map-" + request.scale() + request.transparent() + request.personaId() + ".png");
        export.export(map, request, target, Progress.NONE);
        return ImageIO.read(target.toFile());
    }

    private XSSFWorkbook excel(JourneyMap map) throws Exception {
        Path target = folder.resolve("map.xlsx");
        export.export(map, new ExportRequest(ExportFormat.XLSX, null, 1, false, false), target, Progress.NONE);
        try (InputStream in = Files.newInputStream(target)) {
            return new XSSFWorkbook(in);
        }
    }

    private XMLSlideShow pptx(JourneyMap map, boolean pictures) throws Exception {
        Path target = folder.resolve("map.pptx");
        export.export(map, new ExportRequest(ExportFormat.PPTX, null, 1, false, pictures), target, Progress.NONE);
        try (InputStream in = Files.newInputStream(target)) {
            return new XMLSlideShow(in);
        }
    }

    private static String text(XSSFSheet sheet, int row, int column) {
        return sheet.getRow(row).getCell(column).getStringCellValue();
    }

    private static List<String> rowTexts(XSSFSheet sheet, int row) {
        List<String> texts = new ArrayList<>();
        for (int column = 0; column < sheet.getRow(row).getLastCellNum(); column++) {
            texts.add(new DataFormatter().formatCellValue(sheet.getRow(row).getCell(column)));
        }
        return texts;
    }

    private static String allText(XSSFSheet sheet) {
        StringBuilder text = new StringBuilder();
        sheet.forEach(row -> row.forEach(cell -> {
            if (cell.getCellType() == CellType.STRING) {
                text.append(cell.getStringCellValue()).append('\n');
            }
        }));
        return text.toString();
    }

    private static JourneyMap withSecondPersona(JourneyMap map) {
        List<Persona> personas = new ArrayList<>(map.personas());
        personas.add(Persona.of(
                "p2",
                "Raj",
                List.of(new Lane(
                        "l-raj",
                        LaneKind.ACTIONS,
                        "Actions",
                        List.of(Card.of("r1", "s2", "Asks finance for numbers"))))));
        return map.withPersonas(personas);
    }

    @Test
    void oneSvgPerPersonaNamesEachFileAfterItsPersonaReadablyAndShortly() {
        JourneyMap sample = SampleMaps.threeStages();
        Persona dana = sample.personas().get(0);
        List<Persona> personas = List.of(
                dana,
                new Persona("p2", "प्रिया", "", "", "", List.of(), null, null, List.of()),
                new Persona("p3", "Dana", "", "", "", List.of(), null, null, List.of()),
                new Persona("p4", "x".repeat(300), "", "", "", List.of(), null, null, List.of()),
                new Persona("p5", " / ", "", "", "", List.of(), null, null, List.of()));
        JourneyMap map = new JourneyMap(sample.id(), sample.title(), "", sample.stages(), personas);
        ExportRequest request = new ExportRequest(ExportFormat.SVG, null, 1, false, false)
                .withPages(new PageOptions(null, false, true, null, false));

        List<Path> files = MapExport.targets(map, request, folder.resolve("fleet.svg"));

        assertThat(files)
                .extracting(file -> file.getFileName().toString())
                .containsExactly(
                        "fleet-Dana.svg",
                        "fleet-प्रिया.svg",
                        "fleet-Dana-2.svg",
                        "fleet-" + "x".repeat(40) + ".svg",
                        "fleet-5.svg");
        JourneyMap nobody = new JourneyMap(sample.id(), sample.title(), "", sample.stages(), List.of());
        assertThat(MapExport.targets(nobody, request, folder.resolve("fleet.svg")))
                .as("a map with no personas is one file")
                .containsExactly(folder.resolve("fleet.svg"));
    }
}
