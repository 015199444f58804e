package org.journeycanvas.export;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFPicture;
import org.apache.poi.xssf.usermodel.XSSFShape;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.journeycanvas.io.Progress;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.PhotoUri;
import org.journeycanvas.testing.InEnglish;
import org.journeycanvas.testing.SampleMaps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** A storyboard card's picture is in every export that draws the map, and a real picture in the office files. */
@ExtendWith(InEnglish.class)
class StoryboardExportsTest {
    @TempDir
    Path folder;

    private final MapExport export = new MapExport();
    private final JourneyMap story = SampleMaps.withStoryboard();
    private final String picture = story.findCard("sb1").orElseThrow().card().picture();

    @Test
    void thePngShowsThePicture() throws Exception {
        BufferedImage png = ImageIO.read(exported(ExportFormat.PNG, "story.png").toFile());
        int orange = 0;
        for (int y = 0; y < png.getHeight(); y++) {
            for (int x = 0; x < png.getWidth(); x++) {
                int rgb = png.getRGB(x, y);
                if (Math.abs(((rgb >> 16) & 0xFF) - 255) < 8
                        && Math.abs(((rgb >> 8) & 0xFF) - 200) < 8
                        && (rgb & 0xFF) < 8) {
                    orange++;
                }
            }
        }
        // The 40 × 30 picture fills a frame about 216 × 162 wide, three quarters of it orange.
        assertThat(orange).isGreaterThan(20_000);
    }

    @Test
    void thePdfHoldsThePictureAsAnImage() throws Exception {
        List<int[]> sizes = new ArrayList<>();
        try (PDDocument pdf =
                Loader.loadPDF(exported(ExportFormat.PDF, "story.pdf").toFile())) {
            for (PDPage page : pdf.getPages()) {
                for (COSName name : page.getResources().getXObjectNames()) {
                    PDXObject object = page.getResources().getXObject(name);
                    if (object instanceof PDImageXObject image) {
                        sizes.add(new int[] {image.getWidth(), image.getHeight()});
                    }
                }
            }
        }
        assertThat(sizes).anySatisfy(size -> assertThat(size).containsExactly(40, 30));
    }

    @Test
    void theSvgAndTheWebPageEmbedThePicture() throws Exception {
        String svg = Files.readString(exported(ExportFormat.SVG, "story.svg"), UTF_8);
        assertThat(svg).contains("<image").contains(picture);
        String html = Files.readString(exported(ExportFormat.HTML, "story.html"), UTF_8);
        assertThat(html).contains(picture);
    }

    @Test
    void theSlidesHaveThePictureAsAPictureShapeAndTheCaptionAsText() throws Exception {
        try (InputStream in = Files.newInputStream(exported(ExportFormat.PPTX, "story.pptx"));
                XMLSlideShow slides = new XMLSlideShow(in)) {
            List<byte[]> pictures = new ArrayList<>();
            List<String> texts = new ArrayList<>();
            for (XSLFSlide slide : slides.getSlides()) {
                for (XSLFShape shape : slide.getShapes()) {
                    if (shape instanceof XSLFPictureShape pictureShape) {
                        pictures.add(pictureShape.getPictureData().getData());
                    } else if (shape instanceof org.apache.poi.xslf.usermodel.XSLFTextShape text) {
                        texts.add(text.getText());
                    }
                }
            }
            assertThat(pictures).anySatisfy(data -> assertThat(data).isEqualTo(PhotoUri.bytes(picture)));
            assertThat(texts).contains("Dana watches the webinar on her laptop", "The demo in the meeting room");
            ExportsTest.assertInsideSlide(slides);
        }
    }

    @Test
    void excelListsTheCaptionAndPutsThePictureInTheCardsRowAndUnderTheStoryboardsCaptions() throws Exception {
        try (InputStream in = Files.newInputStream(exported(ExportFormat.XLSX, "story.xlsx"));
                XSSFWorkbook book = new XSSFWorkbook(in)) {
            XSSFSheet cards = book.getSheet(ExcelRoundTripSheets.cardsSheetName());
            int captionRow = -1;
            for (int row = 1; row <= cards.getLastRowNum(); row++) {
                if (cards.getRow(row)
                        .getCell(3)
                        .getStringCellValue()
                        .equals("Dana watches the webinar on her laptop")) {
                    captionRow = row;
                }
            }
            assertThat(captionRow).isPositive();
            List<XSSFPicture> onCards = pictures(cards);
            assertThat(onCards).hasSize(1);
            assertThat(onCards.get(0).getClientAnchor().getRow1()).isEqualTo(captionRow);
            assertThat(onCards.get(0).getPictureData().getData()).isEqualTo(PhotoUri.bytes(picture));
            assertThat(cards.getRow(captionRow).getHeightInPoints()).isEqualTo(ExcelPictures.ROW_POINTS);

            XSSFSheet dana = book.getSheet("Dana");
            List<XSSFPicture> onPersona = pictures(dana);
            assertThat(onPersona).hasSize(1);
            int row = onPersona.get(0).getClientAnchor().getRow1();
            assertThat(dana.getRow(row - 1).getCell(1).getStringCellValue())
                    .isEqualTo("Dana watches the webinar on her laptop");
            assertThat(onPersona.get(0).getClientAnchor().getCol1()).isEqualTo((short) 1);
            assertThat(book.getAllPictures()).as("embedded once").hasSize(1);
        }
    }

    private static List<XSSFPicture> pictures(XSSFSheet sheet) {
        XSSFDrawing drawing = sheet.getDrawingPatriarch();
        if (drawing == null) {
            return List.of();
        }
        List<XSSFPicture> pictures = new ArrayList<>();
        for (XSSFShape shape : drawing.getShapes()) {
            if (shape instanceof XSSFPicture picture) {
                pictures.add(picture);
            }
        }
        return pictures;
    }

    private Path exported(ExportFormat format, String name) throws Exception {
        Path target = folder.resolve(name);
        export.export(story, new ExportRequest(format, null, 1, false, false), target, Progress.NONE);
        return target;
    }
}
