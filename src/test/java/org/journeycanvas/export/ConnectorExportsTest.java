package org.journeycanvas.export;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.journeycanvas.io.Progress;
import org.journeycanvas.layout.ConnectorRoute;
import org.journeycanvas.layout.MapGeometry;
import org.journeycanvas.layout.Point;
import org.journeycanvas.layout.Rect;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.render.MapTheme;
import org.journeycanvas.testing.ConnectedMaps;
import org.journeycanvas.testing.InEnglish;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every export drawn by the painter shows the connectors (the PNG's pixels, the PDF's text, the SVG's paths), and
 * the workbook lists them.
 */
@ExtendWith(InEnglish.class)
class ConnectorExportsTest {
    private static final Pattern PATH = Pattern.compile("<path [^>]*>");
    private static final Pattern POLYGON = Pattern.compile("<polygon [^>]*>");

    @TempDir
    Path folder;

    private final MapExport export = new MapExport();
    private final JourneyMap map = ConnectedMaps.blueprint();

    @Test
    void thePngHasTheLineWhereItsRouteRunsAndNothingElseChanges() throws Exception {
        BufferedImage with = png(map, "with.png");
        BufferedImage without = png(map.withConnectors(List.of()), "without.png");
        MapGeometry geometry = PngExporter.layout(map, null);
        ConnectorRoute loop = geometry.connector("k-loop").orElseThrow();
        // the middle of its vertical piece, along the gutter between two stages
        Point onLine = new Point(
                loop.points().get(1).x(),
                (loop.points().get(1).y() + loop.points().get(2).y()) / 2);
        Rect untouched = geometry.card("f3").orElseThrow().bounds();

        assertThat(with.getRGB(pixel(onLine.x()), pixel(onLine.y())))
                .isNotEqualTo(without.getRGB(pixel(onLine.x()), pixel(onLine.y())));
        assertThat(with.getRGB(pixel(untouched.centerX()), pixel(untouched.maxY() - 2)))
                .isEqualTo(without.getRGB(pixel(untouched.centerX()), pixel(untouched.maxY() - 2)));
    }

    @Test
    void thePdfHoldsTheLabelsAsText() throws Exception {
        Path target = folder.resolve("map.pdf");
        export.export(map, new ExportRequest(ExportFormat.PDF, null, 1, false, false), target, Progress.NONE);

        try (PDDocument pdf = Loader.loadPDF(target.toFile())) {
            assertThat(new PDFTextStripper().getText(pdf))
                    .contains(ConnectedMaps.HAND_OFF_LABEL, ConnectedMaps.BRANCH_LABEL);
        }
    }

    @Test
    void theSvgAndTheWebPageHoldAPathAndAnArrowHeadForEachConnectorOneOfThemDashed() throws Exception {
        for (ExportFormat format : List.of(ExportFormat.SVG, ExportFormat.HTML)) {
            Path target = folder.resolve("map." + format.extension());
            export.export(map, new ExportRequest(format, null, 1, false, false), target, Progress.NONE);
            String text = Files.readString(target, UTF_8);

            List<String> lines = elements(text, PATH, "fill=\"none\"");
            assertThat(lines).as(format.name()).hasSize(3);
            assertThat(lines.stream().filter(path -> path.contains("stroke-dasharray")))
                    .as(format.name())
                    .hasSize(1);
            assertThat(elements(
                            text,
                            POLYGON,
                            "fill=\"" + MapTheme.LIGHT.connector().hex() + "\""))
                    .as("the arrow heads of " + format.name())
                    .hasSize(3);
            assertThat(text).contains(ConnectedMaps.HAND_OFF_LABEL, ConnectedMaps.BRANCH_LABEL);
        }
    }

    @Test
    void theWorkbooksOverviewListsTheConnectors() throws Exception {
        Path target = folder.resolve("map.xlsx");
        export.export(map, new ExportRequest(ExportFormat.XLSX, null, 1, false, false), target, Progress.NONE);

        try (XSSFWorkbook workbook = new XSSFWorkbook(target.toFile())) {
            List<List<String>> rows = new ArrayList<>();
            DataFormatter formatter = new DataFormatter();
            for (Row row : workbook.getSheetAt(0)) {
                List<String> cells = new ArrayList<>();
                row.forEach(cell -> cells.add(formatter.formatCellValue(cell)));
                rows.add(cells);
            }
            assertThat(rows)
                    .contains(
                            List.of("Connectors"),
                            List.of("From card", "To card", "Label", "Line"),
                            List.of(
                                    "Sales rep takes the order (Order)",
                                    "Order desk books it (Order)",
                                    ConnectedMaps.HAND_OFF_LABEL,
                                    "Solid"),
                            List.of(
                                    "Runs the pilot with the customer (Pilot)",
                                    "Sales rep takes the order (Order)",
                                    ConnectedMaps.BRANCH_LABEL,
                                    "Dashed"));
        }
    }

    /** The elements of a kind in the connectors' colour with an attribute. */
    private static List<String> elements(String svg, Pattern kind, String with) {
        String color = MapTheme.LIGHT.connector().hex();
        Matcher matcher = kind.matcher(svg);
        List<String> found = new ArrayList<>();
        while (matcher.find()) {
            String path = matcher.group();
            if (path.contains(color) && path.contains(with)) {
                found.add(path);
            }
        }
        return found;
    }

    private static int pixel(double mapUnits) {
        return (int) Math.round(PngExporter.MARGIN + mapUnits);
    }

    private BufferedImage png(JourneyMap source, String name) throws Exception {
        Path target = folder.resolve(name);
        export.export(source, new ExportRequest(ExportFormat.PNG, null, 1, false, false), target, Progress.NONE);
        return ImageIO.read(target.toFile());
    }
}
