package org.journeycanvas.export;

import static org.journeycanvas.export.PowerPointExporter.FONT;
import static org.journeycanvas.export.PowerPointExporter.THEME;
import static org.journeycanvas.export.PowerPointExporter.awt;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.poi.sl.usermodel.Insets2D;
import org.apache.poi.sl.usermodel.LineDecoration;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.sl.usermodel.ShapeType;
import org.apache.poi.sl.usermodel.StrokeStyle;
import org.apache.poi.sl.usermodel.TextParagraph;
import org.apache.poi.sl.usermodel.VerticalAlignment;
import org.apache.poi.xslf.usermodel.XSLFConnectorShape;
import org.apache.poi.xslf.usermodel.XSLFNotes;
import org.apache.poi.xslf.usermodel.XSLFSimpleShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.journeycanvas.i18n.Messages;
import org.journeycanvas.layout.ConnectorRoute;
import org.journeycanvas.layout.Point;
import org.journeycanvas.layout.Rect;
import org.journeycanvas.layout.TextStyle;
import org.journeycanvas.model.Card;
import org.journeycanvas.model.Connector;
import org.journeycanvas.model.ConnectorStyle;
import org.journeycanvas.model.MapIndex;
import org.openxmlformats.schemas.drawingml.x2006.main.CTConnection;
import org.openxmlformats.schemas.drawingml.x2006.main.CTGeomGuideList;
import org.openxmlformats.schemas.drawingml.x2006.main.CTNonVisualConnectorProperties;
import org.openxmlformats.schemas.drawingml.x2006.main.CTPresetGeometry2D;
import org.openxmlformats.schemas.presentationml.x2006.main.CTConnector;

/**
 * A slide's connectors as PowerPoint connectors glued to the card shapes ({@code a:stCxn} and {@code a:endCxn}), so
 * that PowerPoint keeps them attached when a card is moved: a straight or bent connector whose bends are where the
 * route turns, an arrow at its end, dashed for a dashed connector, and its label in a small text box. A connector
 * whose other card is on another slide is a line in the slide's notes.
 */
final class SlideConnectors {
    /** Longer than this, a card's text in a note is cut short. */
    private static final int NOTE_TEXT_LENGTH = 40;
    /** Text on slides is this fraction of its size on the map (in points), as {@link SlideMap} draws it. */
    private static final double TEXT_SIZE = 0.75;

    private final XSLFSlide slide;
    private final MapIndex index;
    private final Map<String, XSLFSimpleShape> cardShapes;
    private final UnaryOperator<Point> onSlide;
    private final double scale;

    /**
     * @param cardShapes the shape drawn for each card on the slide (an emotion's point), by card id
     * @param onSlide    where a map position is on the slide, in points
     */
    SlideConnectors(
            XSLFSlide slide,
            MapIndex index,
            Map<String, XSLFSimpleShape> cardShapes,
            UnaryOperator<Point> onSlide,
            double scale) {
        this.slide = slide;
        this.index = index;
        this.cardShapes = cardShapes;
        this.onSlide = onSlide;
        this.scale = scale;
    }

    void draw(List<ConnectorRoute> routes) {
        List<String> elsewhere = new ArrayList<>();
        for (ConnectorRoute route : routes) {
            XSLFSimpleShape from = cardShapes.get(route.fromCardId());
            XSLFSimpleShape to = cardShapes.get(route.toCardId());
            Connector connector = index.connector(route.connectorId());
            if (from != null && to != null) {
                connector(route, connector, from, to);
            } else if (from != null || to != null) {
                elsewhere.add(note(connector));
            }
        }
        if (!elsewhere.isEmpty()) {
            notes(elsewhere);
        }
    }

    private void connector(ConnectorRoute route, Connector connector, XSLFSimpleShape from, XSLFSimpleShape to) {
        List<Point> points = route.points().stream().map(onSlide).toList();
        Point start = points.get(0);
        Point end = points.get(points.size() - 1);
        boolean bent = points.size() > 2 && horizontal(points.get(0), points.get(1)) && points.size() <= 6;
        if (bent && Math.abs(end.x() - start.x()) < 0.5) {
            // A bent connector's bends are fractions of its width: it needs some. Half a point is not seen.
            end = new Point(start.x() + 0.5, end.y());
        }
        if (bent && Math.abs(end.y() - start.y()) < 0.5) {
            end = new Point(end.x(), start.y() + 0.5);
        }
        XSLFConnectorShape shape = slide.createConnector();
        shape.setShapeType(bent ? BENT[points.size()] : ShapeType.STRAIGHT_CONNECTOR_1);
        shape.setAnchor(new Rectangle2D.Double(
                Math.min(start.x(), end.x()),
                Math.min(start.y(), end.y()),
                Math.abs(end.x() - start.x()),
                Math.abs(end.y() - start.y())));
        shape.setFlipHorizontal(end.x() < start.x());
        shape.setFlipVertical(end.y() < start.y());
        shape.setLineColor(awt(THEME.connector()));
        shape.setLineWidth(Math.max(0.75, 1.5 * scale));
        if (connector != null && connector.style() == ConnectorStyle.DASHED) {
            shape.setLineDash(StrokeStyle.LineDash.DASH);
        }
        shape.setLineTailDecoration(LineDecoration.DecorationShape.TRIANGLE);
        shape.setLineTailWidth(LineDecoration.DecorationSize.MEDIUM);
        shape.setLineTailLength(LineDecoration.DecorationSize.MEDIUM);
        CTConnector xml = (CTConnector) shape.getXmlObject();
        if (bent) {
            bends(xml, points, start, end);
        }
        CTNonVisualConnectorProperties glue = xml.getNvCxnSpPr().getCNvCxnSpPr();
        glue(glue.addNewStCxn(), from, side(points.get(1), points.get(0)));
        glue(glue.addNewEndCxn(), to, side(points.get(points.size() - 2), points.get(points.size() - 1)));
        if (route.labelBounds() != null) {
            label(route);
        }
    }

    /** The presets by the number of points: each bends where the route turns, beginning across. */
    private static final ShapeType[] BENT = {
        null,
        null,
        ShapeType.STRAIGHT_CONNECTOR_1,
        ShapeType.BENT_CONNECTOR_2,
        ShapeType.BENT_CONNECTOR_3,
        ShapeType.BENT_CONNECTOR_4,
        ShapeType.BENT_CONNECTOR_5
    };

    /**
     * The preset's adjust values: where its vertical pieces run (adj1, adj3) and its middle horizontal piece
     * (adj2), as 100,000ths of the way from its start to its end, which may be beyond them.
     */
    private static void bends(CTConnector xml, List<Point> points, Point start, Point end) {
        CTPresetGeometry2D geometry = xml.getSpPr().getPrstGeom();
        CTGeomGuideList adjust = geometry.isSetAvLst() ? geometry.getAvLst() : geometry.addNewAvLst();
        int size = points.size();
        if (size >= 4) {
            guide(adjust, "adj1", (points.get(1).x() - start.x()) / (end.x() - start.x()));
        }
        if (size >= 5) {
            guide(adjust, "adj2", (points.get(2).y() - start.y()) / (end.y() - start.y()));
        }
        if (size == 6) {
            guide(adjust, "adj3", (points.get(3).x() - start.x()) / (end.x() - start.x()));
        }
    }

    private static void guide(CTGeomGuideList adjust, String name, double fraction) {
        var guide = adjust.addNewGd();
        guide.setName(name);
        guide.setFmla("val " + Math.round(fraction * 100_000));
    }

    /** The connection site on the side of a card that a piece of the line leaves or enters by. */
    private static void glue(CTConnection connection, XSLFSimpleShape card, Side side) {
        connection.setId(card.getShapeId());
        boolean ellipse = card.getShapeType() == ShapeType.ELLIPSE;
        connection.setIdx(ellipse ? 2L * side.ordinal() : side.ordinal());
    }

    /** Rectangles number their sites top, left, bottom, right; an ellipse has a site between each two. */
    private enum Side {
        TOP,
        LEFT,
        BOTTOM,
        RIGHT
    }

    /** The side of the card at {@code cardEnd} that the piece between the two points touches. */
    private static Side side(Point outside, Point cardEnd) {
        if (horizontal(outside, cardEnd)) {
            return outside.x() > cardEnd.x() ? Side.RIGHT : Side.LEFT;
        }
        return outside.y() > cardEnd.y() ? Side.BOTTOM : Side.TOP;
    }

    private static boolean horizontal(Point a, Point b) {
        return Math.abs(a.y() - b.y()) < 0.01 && Math.abs(a.x() - b.x()) >= 0.01;
    }

    /**
     * The label in a box around its text, centred where the map has it (on the edge of the slide's lanes when the
     * route was moved there). Slide text is three quarters of the map's size, as the cards' ({@link SlideMap}).
     */
    private void label(ConnectorRoute route) {
        Rect bounds = route.labelBounds();
        Point center = onSlide.apply(new Point(bounds.centerX(), bounds.centerY()));
        double width = bounds.width() * scale * TEXT_SIZE + 6;
        double height = route.labelLines().size() * TextStyle.CONNECTOR_LABEL.lineHeight() * scale * TEXT_SIZE + 3;
        // inside the slide, where a label beside the last stage's gutter might stick out
        double x = Math.max(0, Math.min(PowerPointExporter.SLIDE_WIDTH - width, center.x() - width / 2));
        double y = Math.max(0, Math.min(PowerPointExporter.SLIDE_HEIGHT - height, center.y() - height / 2));
        XSLFTextBox box = slide.createTextBox();
        box.setAnchor(new Rectangle2D.Double(x, y, width, height));
        box.setVerticalAlignment(VerticalAlignment.MIDDLE);
        box.setFillColor(awt(THEME.background().withAlpha(0.92)));
        box.setLineColor(awt(THEME.connector().withAlpha(0.45)));
        box.setLineWidth(0.5);
        box.setInsets(new Insets2D(0, 2, 0, 2));
        box.setWordWrap(false);
        box.clearText();
        for (String line : route.labelLines()) {
            XSLFTextParagraph paragraph = box.addNewTextParagraph();
            paragraph.setTextAlign(TextParagraph.TextAlign.LEFT);
            XSLFTextRun run = paragraph.addNewTextRun();
            run.setText(line);
            run.setFontFamily(FONT);
            run.setFontSize(Math.max(4.0, Math.round(TextStyle.CONNECTOR_LABEL.size() * scale * TEXT_SIZE * 2) / 2.0));
            run.setFontColor(awt(THEME.text()));
        }
    }

    /** "“card” (stage) → “card” (stage): label", for the notes. */
    private String note(Connector connector) {
        String from = cardReference(connector.fromCardId());
        String to = cardReference(connector.toCardId());
        return connector.label().isBlank()
                ? Messages.get("export.pptx.connectorNote", from, to)
                : Messages.get("export.pptx.connectorNoteLabelled", from, to, connector.label());
    }

    private String cardReference(String cardId) {
        Card card = index.card(cardId);
        String text = card.text().replace('\n', ' ').strip();
        if (text.length() > NOTE_TEXT_LENGTH) {
            String start = text.substring(0, NOTE_TEXT_LENGTH - 1);
            int lastSpace = start.lastIndexOf(' ');
            text = (lastSpace > NOTE_TEXT_LENGTH / 2 ? start.substring(0, lastSpace) : start).strip() + "…";
        }
        return Messages.get(
                "export.pptx.connectorCard", text, index.stage(card.stageId()).name());
    }

    private void notes(List<String> lines) {
        XSLFNotes notes = slide.getSlideShow().getNotesSlide(slide);
        for (XSLFTextShape shape : notes.getPlaceholders()) {
            if (shape.getPlaceholder() == Placeholder.BODY) {
                shape.setText(Messages.get("export.pptx.connectorsElsewhere") + "\n" + String.join("\n", lines));
                return;
            }
        }
    }
}
