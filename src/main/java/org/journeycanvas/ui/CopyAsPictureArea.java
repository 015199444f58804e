package org.journeycanvas.ui;

import java.util.ArrayList;
import java.util.List;
import org.journeycanvas.export.pages.MapPage;
import org.journeycanvas.export.pages.Placement;
import org.journeycanvas.i18n.Messages;
import org.journeycanvas.layout.CardBox;
import org.journeycanvas.layout.LaneRow;
import org.journeycanvas.layout.MapGeometry;
import org.journeycanvas.layout.PersonaBand;
import org.journeycanvas.layout.Rect;
import org.journeycanvas.layout.StageColumn;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.Lane;
import org.journeycanvas.model.Persona;
import org.journeycanvas.model.Stage;

/**
 * What Edit → Copy as Picture shows, as a page of parts of the map set side by side: the selected cards with a
 * little of the map around them; a stage's column under the lane labels' column; a lane's or a persona's rows
 * under the stage headers, across the stages in view; with nothing selected, the stages in view of every persona
 * shown, with the headers and the lane labels. The page's unit is the map's, so the picture is the map's size.
 */
final class CopyAsPictureArea {
    /** White around the picture. */
    static final double MARGIN = 16;
    /** How much of the map around selected cards the picture shows. */
    static final double CARD_CONTEXT = 12;

    /** The picture to draw, and what it shows in words ("a picture of 3 cards"). */
    record Area(MapPage page, String description) {}

    private CopyAsPictureArea() {}

    /** @param visibleLeft and {@code visibleRight}: the map's x range in the window, which picks the stages shown */
    static Area of(JourneyMap map, MapGeometry geometry, Selection selection, double visibleLeft, double visibleRight) {
        Rect bounds = geometry.bounds();
        double[] labels = {bounds.x(), bounds.x() + geometry.style().laneLabelWidth()};
        double[] headers = {bounds.y(), bounds.y() + geometry.headerHeight()};
        double[] wholeHeight = {bounds.y(), bounds.maxY()};
        double[] shownStages = shownStages(geometry, visibleLeft, visibleRight, labels[1]);
        if (selection instanceof Selection.Cards cards) {
            List<CardBox> boxes = geometry.cards(cards.cardIds());
            if (!boxes.isEmpty()) {
                Rect around = around(boxes, bounds);
                return new Area(
                        page(
                                geometry,
                                List.of(span(around.x(), around.maxX())),
                                List.of(span(around.y(), around.maxY()))),
                        Messages.plural("status.copiedPicture.cards", boxes.size()));
            }
        } else if (selection instanceof Selection.OfStage stage) {
            StageColumn column = geometry.stage(stage.stageId()).orElse(null);
            if (column != null) {
                return new Area(
                        page(
                                geometry,
                                List.of(
                                        labels,
                                        span(
                                                column.column().x(),
                                                column.column().maxX())),
                                List.of(wholeHeight)),
                        Messages.get(
                                "status.copiedPicture.stage",
                                map.stage(stage.stageId()).map(Stage::name).orElse("")));
            }
        } else if (selection instanceof Selection.OfLane lane) {
            LaneRow row = geometry.lane(lane.laneId()).orElse(null);
            if (row != null) {
                return new Area(
                        page(
                                geometry,
                                List.of(labels, shownStages),
                                List.of(
                                        headers,
                                        span(row.bounds().y(), row.bounds().maxY()))),
                        Messages.get(
                                "status.copiedPicture.lane",
                                map.lane(lane.laneId()).map(Lane::title).orElse("")));
            }
        } else if (selection instanceof Selection.OfPersona persona) {
            for (PersonaBand band : geometry.personas()) {
                if (band.personaId().equals(persona.personaId())) {
                    return new Area(
                            page(
                                    geometry,
                                    List.of(labels, shownStages),
                                    List.of(
                                            headers,
                                            span(
                                                    band.bounds().y(),
                                                    band.bounds().maxY()))),
                            Messages.get(
                                    "status.copiedPicture.persona",
                                    map.persona(persona.personaId())
                                            .map(Persona::name)
                                            .orElse("")));
                }
            }
        }
        return new Area(
                page(geometry, List.of(labels, shownStages), List.of(wholeHeight)),
                Messages.get("status.copiedPicture.visible"));
    }

    private static double[] span(double from, double to) {
        return new double[] {from, to};
    }

    /** The x range of the stages that meet the window's range; all of them if none does. */
    private static double[] shownStages(MapGeometry geometry, double left, double right, double labelsEnd) {
        double from = Double.MAX_VALUE;
        double to = -Double.MAX_VALUE;
        for (StageColumn stage : geometry.stages()) {
            if (stage.column().maxX() > left && stage.column().x() < right) {
                from = Math.min(from, stage.column().x());
                to = Math.max(to, stage.column().maxX());
            }
        }
        if (from > to) {
            return span(labelsEnd, Math.max(labelsEnd + 1, geometry.bounds().maxX()));
        }
        return span(from, to);
    }

    /** The selected cards' box (an emotion point with its label) with a little of the map around, on the map. */
    private static Rect around(List<CardBox> boxes, Rect bounds) {
        double left = Double.MAX_VALUE;
        double top = Double.MAX_VALUE;
        double right = -Double.MAX_VALUE;
        double bottom = -Double.MAX_VALUE;
        for (CardBox box : boxes) {
            Rect rect = box.bounds();
            left = Math.min(left, rect.x());
            top = Math.min(top, rect.y());
            right = Math.max(right, rect.maxX());
            bottom = Math.max(bottom, rect.maxY());
            if (box.isEmotionPoint()) {
                double radius = CardBox.EMOTION_POINT_RADIUS + 2;
                left = Math.min(left, box.point().x() - radius);
                top = Math.min(top, box.point().y() - radius);
                right = Math.max(right, box.point().x() + radius);
                bottom = Math.max(bottom, box.point().y() + radius);
            }
        }
        return Rect.spanning(
                Math.max(bounds.x(), left - CARD_CONTEXT),
                Math.max(bounds.y(), top - CARD_CONTEXT),
                Math.min(bounds.maxX(), right + CARD_CONTEXT),
                Math.min(bounds.maxY(), bottom + CARD_CONTEXT));
    }

    /** The parts of the map where each column of the map meets each row, side by side inside a white margin. */
    private static MapPage page(MapGeometry geometry, List<double[]> columns, List<double[]> rows) {
        List<double[]> xs = joined(columns);
        List<double[]> ys = joined(rows);
        List<Placement> placements = new ArrayList<>();
        double y = MARGIN;
        for (double[] row : ys) {
            double x = MARGIN;
            for (double[] column : xs) {
                Rect source = new Rect(column[0], row[0], column[1] - column[0], row[1] - row[0]);
                placements.add(new Placement(source, 1, x, y));
                x += source.width();
            }
            y += row[1] - row[0];
        }
        double width = MARGIN * 2 + xs.stream().mapToDouble(c -> c[1] - c[0]).sum();
        double height = MARGIN * 2 + ys.stream().mapToDouble(r -> r[1] - r[0]).sum();
        Rect whole = new Rect(0, 0, width, height);
        return new MapPage(width, height, geometry, placements, List.of(), whole, List.of(), List.of());
    }

    /** Ranges in order, with those that touch or overlap made one, so no seam is drawn between them. */
    private static List<double[]> joined(List<double[]> ranges) {
        List<double[]> joined = new ArrayList<>();
        for (double[] range : ranges) {
            double[] last = joined.isEmpty() ? null : joined.get(joined.size() - 1);
            if (last != null && range[0] <= last[1] + 0.5) {
                last[1] = Math.max(last[1], range[1]);
            } else {
                joined.add(range.clone());
            }
        }
        return joined;
    }
}
