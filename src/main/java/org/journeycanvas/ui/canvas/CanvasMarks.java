package org.journeycanvas.ui.canvas;

import java.util.Set;
import java.util.function.DoubleSupplier;
import org.journeycanvas.i18n.Messages;
import org.journeycanvas.layout.CardBox;
import org.journeycanvas.layout.DropTarget;
import org.journeycanvas.layout.MapGeometry;
import org.journeycanvas.layout.Rect;
import org.journeycanvas.layout.TextStyle;
import org.journeycanvas.render.MapTheme;
import org.journeycanvas.render.Rgb;
import org.journeycanvas.ui.Selection;

/**
 * What the editor marks over the painted map: the selection, the cards a search found, and while dragging the
 * drop target, the ghosts of what is dragged and the rubber band; and the connectors' marks ({@link ConnectorMarks}). Editor state, so not the painter's business.
 */
final class CanvasMarks {
    private static final Rgb HIGHLIGHT = Rgb.of("#F2B705");

    private final FxSurface surface;
    private final ConnectorMarks connectors;

    CanvasMarks(FxSurface surface, DoubleSupplier zoom) {
        this.surface = surface;
        this.connectors = new ConnectorMarks(surface, zoom);
    }

    ConnectorMarks connectors() {
        return connectors;
    }

    void paint(
            MapGeometry geometry, MapTheme theme, Selection selected, Set<String> highlighted, CanvasOverlay overlay) {
        Rgb color = theme.selection();
        geometry.cards(highlighted).forEach(box -> outline(box, HIGHLIGHT));
        if (selected instanceof Selection.OfLane lane) {
            geometry.lane(lane.laneId()).ifPresent(row -> surface.strokeRoundRect(row.bounds(), 4, color, 2.5));
        }
        if (selected instanceof Selection.OfPersona persona) {
            geometry.personas().stream()
                    .filter(band -> band.personaId().equals(persona.personaId()))
                    .findFirst()
                    .ifPresent(band -> surface.strokeRoundRect(band.bounds(), 4, color, 3));
        }
        Selection.Cell cell = selected.pasteCell();
        if (cell != null && selected.cardIds().isEmpty()) {
            geometry.cell(cell.laneId(), cell.stageId()).ifPresent(box -> {
                Rect bounds = box.bounds();
                Rect inset = new Rect(bounds.x() + 2, bounds.y() + 2, bounds.width() - 4, bounds.height() - 4);
                surface.fillRoundRect(inset, 8, color.withAlpha(0.08));
                surface.strokeRoundRect(inset, 8, color.withAlpha(0.6), 1.5);
            });
        }
        geometry.cards(selected.cardIds()).forEach(box -> outline(box, color));
        paintStageSelection(geometry, theme, selected);
        paintOverlay(theme, overlay);
        connectors.paint(geometry, theme, selected);
    }

    /** Outlines the selected stage's header (painted again over the pinned headers). */
    void paintStageSelection(MapGeometry geometry, MapTheme theme, Selection selected) {
        if (!(selected instanceof Selection.OfStage stage)) {
            return;
        }
        geometry.stage(stage.stageId()).ifPresent(column -> {
            Rect header = column.header();
            surface.strokeRoundRect(
                    new Rect(header.x() + 1, header.y() + 1, header.width() - 2, header.height() - 2),
                    4,
                    theme.selection(),
                    3);
        });
    }

    private void outline(CardBox box, Rgb color) {
        if (box.isEmotionPoint()) {
            surface.strokeCircle(box.point().x(), box.point().y(), CardBox.EMOTION_POINT_RADIUS + 4, color, 2.5);
            surface.strokeRoundRect(box.bounds(), 6, color, 1.5);
        } else {
            Rect bounds = box.bounds();
            surface.strokeRoundRect(
                    new Rect(bounds.x() - 2, bounds.y() - 2, bounds.width() + 4, bounds.height() + 4), 12, color, 2.5);
        }
    }

    private void paintOverlay(MapTheme theme, CanvasOverlay overlay) {
        Rgb color = theme.dropTarget();
        DropTarget target = overlay.dropTarget();
        if (target instanceof DropTarget.IntoCell into) {
            surface.fillRect(into.cell(), color.withAlpha(0.10));
            surface.strokeRoundRect(into.cell(), 4, color.withAlpha(0.7), 2);
            surface.fillRoundRect(into.marker(), 2, color);
        } else if (target instanceof DropTarget.IntoNewLane newLane) {
            surface.fillRect(newLane.highlight(), color.withAlpha(0.10));
            surface.strokeRoundRect(newLane.highlight(), 4, color.withAlpha(0.7), 2);
            surface.text(
                    Messages.get("canvas.newLane." + newLane.kind().name()),
                    newLane.highlight().x() + 10,
                    newLane.highlight().maxY() - 10,
                    TextStyle.EMPTY_HINT,
                    color);
        } else if (target instanceof DropTarget.StageInsert insert) {
            surface.fillRect(insert.marker(), color);
        }
        for (Rect ghost : overlay.ghosts()) {
            surface.fillRoundRect(ghost, 10, theme.background().withAlpha(0.7));
            surface.strokeRoundRect(ghost, 10, color, 2);
        }
        if (overlay.ghostLabel() != null && !overlay.ghosts().isEmpty()) {
            Rect first = overlay.ghosts().get(0);
            surface.text(overlay.ghostLabel(), first.x() + 10, first.y() + 20, TextStyle.CARD, theme.text());
        }
        if (overlay.rubberBand() != null) {
            surface.fillRect(overlay.rubberBand(), color.withAlpha(0.08));
            surface.strokeRoundRect(overlay.rubberBand(), 0, color, 1);
        }
    }
}
