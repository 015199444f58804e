package org.journeycanvas.render;

import java.util.ArrayList;
import java.util.List;
import org.journeycanvas.layout.ConnectorRoute;
import org.journeycanvas.layout.MapGeometry;
import org.journeycanvas.layout.Point;
import org.journeycanvas.layout.Rect;
import org.journeycanvas.layout.TextStyle;
import org.journeycanvas.model.Connector;
import org.journeycanvas.model.ConnectorStyle;
import org.journeycanvas.model.MapIndex;

/**
 * Draws the connectors of a laid-out map, over its cards: each route's line with rounded corners, solid or dashed,
 * an arrow head at its second card and its label on a small filled box, so that it reads over the lines under it.
 */
final class ConnectorPainter {
    static final double LINE_WIDTH = 1.5;
    static final double CORNER_RADIUS = 8;
    static final double ARROW_LENGTH = 9;
    private static final double ARROW_HALF_WIDTH = 4.5;
    /** The label's text starts this far inside its box, as the layout measured it. */
    private static final double LABEL_PADDING = 3;

    private final MapTheme theme;

    ConnectorPainter(MapTheme theme) {
        this.theme = theme;
    }

    /** The connectors that meet the visible rectangle; sketched (zoomed far out), without their labels. */
    void paint(MapGeometry geometry, MapIndex index, Rect visible, Surface surface, boolean sketch) {
        for (ConnectorRoute route : geometry.connectors()) {
            Rect bounds = route.bounds();
            Rect reach = new Rect(
                    bounds.x() - ARROW_LENGTH,
                    bounds.y() - ARROW_LENGTH,
                    bounds.width() + 2 * ARROW_LENGTH,
                    bounds.height() + 2 * ARROW_LENGTH);
            if (!reach.intersects(visible)) {
                continue;
            }
            Connector connector = index.connector(route.connectorId());
            boolean dashed = connector != null && connector.style() == ConnectorStyle.DASHED;
            paintLine(route.points(), dashed, surface);
            if (!sketch && route.labelBounds() != null) {
                paintLabel(route, surface);
            }
        }
    }

    private void paintLine(List<Point> points, boolean dashed, Surface surface) {
        Point end = points.get(points.size() - 1);
        Point before = points.get(points.size() - 2);
        double length = Math.hypot(end.x() - before.x(), end.y() - before.y());
        if (length < 0.01) {
            return;
        }
        double dx = (end.x() - before.x()) / length;
        double dy = (end.y() - before.y()) / length;
        // The line stops inside the arrow head, so that its end does not blunt the tip.
        double cut = Math.min(ARROW_LENGTH * 0.8, length);
        List<Point> line = new ArrayList<>(points);
        line.set(line.size() - 1, new Point(end.x() - dx * cut, end.y() - dy * cut));
        surface.strokePolyline(line, CORNER_RADIUS, theme.connector(), LINE_WIDTH, dashed);
        double baseX = end.x() - dx * ARROW_LENGTH;
        double baseY = end.y() - dy * ARROW_LENGTH;
        surface.fillPolygon(
                List.of(
                        end,
                        new Point(baseX - dy * ARROW_HALF_WIDTH, baseY + dx * ARROW_HALF_WIDTH),
                        new Point(baseX + dy * ARROW_HALF_WIDTH, baseY - dx * ARROW_HALF_WIDTH)),
                theme.connector());
    }

    private void paintLabel(ConnectorRoute route, Surface surface) {
        Rect box = route.labelBounds();
        surface.fillRoundRect(box, 6, theme.background().withAlpha(0.92));
        surface.strokeRoundRect(box, 6, theme.connector().withAlpha(0.45), 1);
        double lineHeight = TextStyle.CONNECTOR_LABEL.lineHeight();
        for (int i = 0; i < route.labelLines().size(); i++) {
            surface.text(
                    route.labelLines().get(i),
                    box.x() + LABEL_PADDING,
                    MapPainter.baseline(box.y() + LABEL_PADDING + i * lineHeight, TextStyle.CONNECTOR_LABEL),
                    TextStyle.CONNECTOR_LABEL,
                    theme.text());
        }
    }
}
