package org.journeycanvas.ui.canvas;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.DoubleSupplier;
import org.journeycanvas.layout.CardBox;
import org.journeycanvas.layout.ConnectorRoute;
import org.journeycanvas.layout.MapGeometry;
import org.journeycanvas.layout.Point;
import org.journeycanvas.layout.Rect;
import org.journeycanvas.render.MapTheme;
import org.journeycanvas.render.Rgb;
import org.journeycanvas.ui.Selection;

/**
 * What the editor marks over the map for connectors: the selected connector, the round handle on the right edge
 * of the selected card and of the card under the pointer, and while a connector is drawn the rubber line from
 * that handle and the card it would end at. The connectors themselves are the painter's.
 */
final class ConnectorMarks {
    /** The handle's radius on screen, in pixels: the same at every zoom. */
    private static final double HANDLE_RADIUS = 6;

    private final FxSurface surface;
    private final DoubleSupplier zoom;
    private String hoveredCardId;
    private Point rubberStart;
    private Point rubberEnd;
    private String targetCardId;

    ConnectorMarks(FxSurface surface, DoubleSupplier zoom) {
        this.surface = surface;
        this.zoom = zoom;
    }

    /**
     * Where a card's handle is: the middle of its right edge. An emotion point has none, so that dragging it still
     * changes its score (it can be connected with the key).
     */
    static Point handleOf(CardBox box) {
        return box.isEmotionPoint()
                ? null
                : new Point(box.bounds().maxX(), box.bounds().centerY());
    }

    /** The handle's radius in map units at the current zoom. */
    double handleRadius() {
        return HANDLE_RADIUS / zoom.getAsDouble();
    }

    /** The cards that show a handle: the card selected alone and the card under the pointer. */
    Set<String> handleCards(Selection selection) {
        Set<String> ids = new LinkedHashSet<>();
        if (selection instanceof Selection.Cards cards && cards.single() != null) {
            ids.add(cards.single());
        }
        if (hoveredCardId != null) {
            ids.add(hoveredCardId);
        }
        return ids;
    }

    String hoveredCardId() {
        return hoveredCardId;
    }

    void hover(String cardId) {
        hoveredCardId = cardId;
    }

    /** Shows the rubber line of a connector being drawn, and the card it would end at (or null). */
    void drawing(Point start, Point end, String target) {
        rubberStart = start;
        rubberEnd = end;
        targetCardId = target;
    }

    void stopDrawing() {
        drawing(null, null, null);
    }

    void paint(MapGeometry geometry, MapTheme theme, Selection selected) {
        if (selected instanceof Selection.OfConnector connector) {
            geometry.connector(connector.connectorId()).ifPresent(route -> outline(route, theme.selection()));
        }
        double scale = 1 / zoom.getAsDouble();
        if (rubberStart != null) {
            Rgb color = theme.dropTarget();
            if (targetCardId != null) {
                geometry.card(targetCardId).ifPresent(box -> {
                    Rect b = anchor(box);
                    surface.strokeRoundRect(
                            new Rect(b.x() - 3, b.y() - 3, b.width() + 6, b.height() + 6), 12, color, 2.5);
                });
            }
            surface.strokeLine(rubberStart.x(), rubberStart.y(), rubberEnd.x(), rubberEnd.y(), color, 2 * scale, true);
            surface.fillCircle(rubberEnd.x(), rubberEnd.y(), 3 * scale, color);
            surface.fillCircle(rubberStart.x(), rubberStart.y(), handleRadius(), color);
            return;
        }
        for (CardBox box : geometry.cards(handleCards(selected))) {
            Point handle = handleOf(box);
            if (handle != null) {
                surface.fillCircle(handle.x(), handle.y(), handleRadius(), theme.background());
                surface.strokeCircle(handle.x(), handle.y(), handleRadius(), theme.selection(), 2 * scale);
                surface.fillCircle(handle.x(), handle.y(), handleRadius() / 3, theme.selection());
            }
        }
    }

    /** The part of a card a connector ends at: the note, or an emotion's point. */
    private static Rect anchor(CardBox box) {
        if (!box.isEmotionPoint()) {
            return box.bounds();
        }
        double r = CardBox.EMOTION_POINT_RADIUS;
        return new Rect(box.point().x() - r, box.point().y() - r, 2 * r, 2 * r);
    }

    /** A wide, light stroke under the connector's line, dots at its ends and a frame round its label. */
    private void outline(ConnectorRoute route, Rgb color) {
        List<Point> points = route.points();
        for (int i = 1; i < points.size(); i++) {
            Point a = points.get(i - 1);
            Point b = points.get(i);
            surface.strokeLine(a.x(), a.y(), b.x(), b.y(), color.withAlpha(0.45), 6, false);
        }
        surface.fillCircle(route.start().x(), route.start().y(), 4, color);
        surface.fillCircle(route.end().x(), route.end().y(), 4, color);
        if (route.labelBounds() != null) {
            Rect label = route.labelBounds();
            surface.strokeRoundRect(
                    new Rect(label.x() - 2, label.y() - 2, label.width() + 4, label.height() + 4), 4, color, 2);
        }
    }
}
