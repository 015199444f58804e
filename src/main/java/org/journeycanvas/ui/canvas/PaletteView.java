package org.journeycanvas.ui.canvas;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import org.journeycanvas.i18n.Messages;
import org.journeycanvas.layout.DropTarget;
import org.journeycanvas.layout.DropTargets;
import org.journeycanvas.layout.EmotionScale;
import org.journeycanvas.layout.MapGeometry;
import org.journeycanvas.layout.Point;
import org.journeycanvas.layout.Rect;
import org.journeycanvas.model.LaneKind;
import org.journeycanvas.ui.EditorActions;

/**
 * The palette on the left: a stage and each kind of card, dragged onto the canvas. While dragging, the cell it
 * would land in is highlighted; letting go where nothing fits does nothing; Esc cancels.
 */
public final class PaletteView extends VBox {
    private static final double GHOST_WIDTH = 200;
    private static final double GHOST_HEIGHT = 34;

    private final MapCanvas canvas;
    private final EditorActions actions;
    private final CanvasGestures gestures;
    private PaletteItem dragging;
    private DropTarget target = new DropTarget.None();
    private int emotionScore;

    public PaletteView(MapCanvas canvas, EditorActions actions, CanvasGestures gestures) {
        this.canvas = canvas;
        this.actions = actions;
        this.gestures = gestures;
        setId("palette");
        getStyleClass().add("palette");
        Label heading = new Label(Messages.get("palette.heading"));
        heading.getStyleClass().add("palette-heading");
        heading.setWrapText(true);
        getChildren().add(heading);
        for (PaletteItem item : PaletteItem.values()) {
            getChildren().add(itemView(item));
        }
        addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE && dragging != null) {
                cancel();
                event.consume();
            }
        });
    }

    /** Cancels a palette drag in progress. */
    public void cancel() {
        dragging = null;
        canvas.setOverlay(CanvasOverlay.NONE);
        canvas.setCursor(Cursor.DEFAULT);
    }

    public boolean isDragging() {
        return dragging != null;
    }

    private Label itemView(PaletteItem item) {
        Text glyph = new Text(new String(Character.toChars(item.icon())));
        glyph.setFont(FxFonts.icons(18));
        glyph.getStyleClass().add("palette-icon");
        Label label = new Label(item.label(), glyph);
        label.setId("palette-" + item.key());
        label.getStyleClass().addAll("palette-item", "palette-" + item.key());
        label.setMaxWidth(Double.MAX_VALUE);
        label.setCursor(Cursor.OPEN_HAND);
        label.setTooltip(new Tooltip(item.toolTip()));
        label.addEventHandler(MouseEvent.MOUSE_PRESSED, event -> {
            if (event.getButton() == MouseButton.PRIMARY) {
                dragging = item;
                target = new DropTarget.None();
                label.requestFocus();
            }
        });
        label.addEventHandler(MouseEvent.MOUSE_DRAGGED, event -> {
            if (dragging == item) {
                track(event);
            }
        });
        label.addEventHandler(MouseEvent.MOUSE_RELEASED, event -> {
            if (dragging == item) {
                drop();
            }
        });
        label.setFocusTraversable(true);
        return label;
    }

    private void track(MouseEvent event) {
        Point2D local = canvas.sceneToLocal(event.getSceneX(), event.getSceneY());
        MapGeometry geometry = canvas.geometry();
        boolean overCanvas = local.getX() >= 0
                && local.getY() >= 0
                && local.getX() < canvas.viewportWidth()
                && local.getY() < canvas.viewportHeight();
        if (!overCanvas || geometry == null) {
            target = new DropTarget.None();
            canvas.setOverlay(CanvasOverlay.NONE);
            getScene().setCursor(Cursor.CLOSED_HAND);
            return;
        }
        Point point = canvas.toMap(local.getX(), local.getY());
        target = dragging.isStage()
                ? DropTargets.forStage(geometry, point.x(), point.y())
                : DropTargets.forCard(geometry, point.x(), point.y(), dragging.kind(), Set.of());
        emotionScore = scoreAt(geometry, point);
        Rect ghost = new Rect(point.x() + 6, point.y() + 6, GHOST_WIDTH, GHOST_HEIGHT);
        canvas.setOverlay(CanvasOverlay.dropping(target, List.of(ghost), dragging.label()));
        getScene().setCursor(target instanceof DropTarget.None ? DropCursors.notAllowed() : Cursor.CLOSED_HAND);
    }

    private void drop() {
        PaletteItem item = dragging;
        DropTarget dropTarget = target;
        cancel();
        getScene().setCursor(null);
        Optional<String> added =
                item.isStage() ? actions.addStage(dropTarget) : actions.addCard(item.kind(), dropTarget, emotionScore);
        canvas.requestFocus();
        added.ifPresent(id -> {
            if (item.isStage()) {
                gestures.renameStage(id);
            } else {
                gestures.editCard(id);
            }
        });
    }

    /** An emotion dropped on an emotion lane takes the score at the height it was dropped; elsewhere 0. */
    private int scoreAt(MapGeometry geometry, Point point) {
        if (dragging.kind() != LaneKind.EMOTIONS || !(target instanceof DropTarget.IntoCell into)) {
            return 0;
        }
        return geometry.lane(into.laneId())
                .filter(lane -> lane.bounds().contains(point.x(), point.y()))
                .map(lane -> EmotionScale.of(lane, geometry.style()).scoreAt(point.y()))
                .orElse(0);
    }
}
