package org.journeycanvas.export;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.apache.poi.sl.usermodel.Insets2D;
import org.apache.poi.sl.usermodel.ShapeType;
import org.apache.poi.sl.usermodel.VerticalAlignment;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFAutoShape;
import org.apache.poi.xslf.usermodel.XSLFConnectorShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.journeycanvas.layout.MatrixColouring;
import org.journeycanvas.layout.MatrixDot;
import org.journeycanvas.layout.MatrixEntry;
import org.journeycanvas.layout.MatrixKey;
import org.journeycanvas.layout.MatrixText;
import org.journeycanvas.layout.OpportunityMatrix;
import org.journeycanvas.layout.OpportunityMatrixLayout;
import org.journeycanvas.layout.Rect;
import org.journeycanvas.layout.TextStyle;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.render.Java2DTextMeasurer;
import org.journeycanvas.render.MapTheme;
import org.journeycanvas.render.MatrixPalette;
import org.journeycanvas.render.Rgb;

/**
 * The opportunity matrix as one slide of native shapes, placed from the same layout as the window's: tinted
 * quadrants, the grid and axes as lines, one ellipse per opportunity in its persona's colour, text boxes for the
 * labels and the legend. Added only when the map has a rated opportunity.
 */
final class SlideOpportunityMatrix {
    private static final double MARGIN = 24;
    private static final double TITLE_HEIGHT = 40;
    /** The layout is in map units (pixels), a slide in points. */
    private static final double SCALE = 0.75;

    private static final MapTheme THEME = PowerPointExporter.THEME;

    private final XSLFSlide slide;

    private SlideOpportunityMatrix(XSLFSlide slide) {
        this.slide = slide;
    }

    /** Adds the slide for the map (or the persona exported alone) when it has a rated opportunity. */
    static void addTo(XMLSlideShow slides, JourneyMap map, String personaId) {
        if (MatrixEntry.of(map, personaId).stream().noneMatch(MatrixEntry::rated)) {
            return;
        }
        double width = (PowerPointExporter.SLIDE_WIDTH - 2 * MARGIN) / SCALE;
        double height = (PowerPointExporter.SLIDE_HEIGHT - 2 * MARGIN - TITLE_HEIGHT) / SCALE;
        OpportunityMatrix matrix = new OpportunityMatrixLayout(new Java2DTextMeasurer())
                .layout(map, personaId, MatrixColouring.PERSONA, new Rect(0, 0, width, height));
        SlideOpportunityMatrix drawing = new SlideOpportunityMatrix(slides.createSlide());
        drawing.draw(OpportunityMatrixPicture.title(map), matrix);
    }

    private void draw(String title, OpportunityMatrix matrix) {
        XSLFTextBox heading = slide.createTextBox();
        heading.setAnchor(
                new Rectangle2D.Double(MARGIN, MARGIN - 8, PowerPointExporter.SLIDE_WIDTH - 2 * MARGIN, TITLE_HEIGHT));
        run(heading, title, 22, true, THEME.text());
        List<Rect> quadrants = matrix.quadrants();
        for (int i = 0; i < quadrants.size(); i++) {
            rect(quadrants.get(i), MatrixPalette.QUADRANTS.get(i));
        }
        for (OpportunityMatrix.Line line : matrix.gridLines()) {
            line(line, THEME.gridLine(), 0.5);
        }
        for (OpportunityMatrix.Line axis : matrix.axes()) {
            line(axis, THEME.text(), 1);
        }
        for (MatrixText text : matrix.texts()) {
            Rgb colour = text.tone() == MatrixText.Tone.HEADING || text.tone() == MatrixText.Tone.LEGEND
                    ? THEME.text()
                    : THEME.mutedText();
            text(text.text(), text.x(), text.baseline(), text.width(), text.style(), colour);
        }
        for (MatrixKey key : matrix.listedLegend()) {
            ellipse(key.swatch().x(), key.swatch().y(), key.radius(), MatrixPalette.colour(key));
        }
        for (MatrixDot dot : matrix.dots()) {
            Rgb fill = MatrixPalette.colour(matrix.legend().get(dot.keyIndex()));
            ellipse(dot.center().x(), dot.center().y(), dot.radius(), fill);
            if (!dot.label().isEmpty()) {
                text(
                        dot.label(),
                        dot.labelX(),
                        dot.labelBaseline(),
                        dot.labelBounds().width(),
                        TextStyle.CONNECTOR_LABEL,
                        THEME.text());
            }
        }
    }

    private void rect(Rect rect, Rgb fill) {
        XSLFAutoShape shape = slide.createAutoShape();
        shape.setShapeType(ShapeType.RECT);
        shape.setAnchor(anchor(rect.x(), rect.y(), rect.width(), rect.height()));
        shape.setFillColor(PowerPointExporter.awt(fill));
        shape.setLineColor(null);
    }

    private void ellipse(double x, double y, double radius, Rgb fill) {
        XSLFAutoShape shape = slide.createAutoShape();
        shape.setShapeType(ShapeType.ELLIPSE);
        shape.setAnchor(anchor(x - radius, y - radius, 2 * radius, 2 * radius));
        shape.setFillColor(PowerPointExporter.awt(fill));
        shape.setLineColor(Color.WHITE);
        shape.setLineWidth(1);
    }

    private void line(OpportunityMatrix.Line from, Rgb colour, double width) {
        XSLFConnectorShape line = slide.createConnector();
        line.setAnchor(anchor(
                from.from().x(),
                from.from().y(),
                from.to().x() - from.from().x(),
                from.to().y() - from.from().y()));
        line.setLineColor(PowerPointExporter.awt(colour));
        line.setLineWidth(width);
    }

    /**
     * A text box on one line whose baseline lands where the layout put it; wider than measured, since the slide's
     * font may run a little wider than the one the layout measured with.
     */
    private void text(String content, double x, double baseline, double width, TextStyle style, Rgb colour) {
        XSLFTextBox box = slide.createTextBox();
        double size = style.size();
        box.setAnchor(anchor(x, baseline - size, width * 1.15 + 4, size * 1.35));
        box.setInsets(new Insets2D(0, 0, 0, 0));
        box.setWordWrap(false);
        box.setVerticalAlignment(VerticalAlignment.TOP);
        run(box, content, Math.max(4.0, Math.round(size * SCALE * 2) / 2.0), style.bold(), colour);
    }

    private static void run(XSLFTextBox box, String content, double points, boolean bold, Rgb colour) {
        box.clearText();
        XSLFTextRun run = box.addNewTextParagraph().addNewTextRun();
        run.setText(content);
        run.setFontFamily(PowerPointExporter.FONT);
        run.setFontSize(points);
        run.setBold(bold);
        run.setFontColor(PowerPointExporter.awt(colour));
    }

    private static Rectangle2D anchor(double x, double y, double width, double height) {
        return new Rectangle2D.Double(
                MARGIN + x * SCALE, MARGIN + TITLE_HEIGHT + y * SCALE, width * SCALE, height * SCALE);
    }
}
