package org.journeycanvas.ui.canvas;

import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javafx.scene.Cursor;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import org.journeycanvas.layout.CardBox;
import org.journeycanvas.layout.ConnectorRoute;
import org.journeycanvas.layout.Hit;
import org.journeycanvas.layout.MapGeometry;
import org.journeycanvas.layout.Point;
import org.journeycanvas.ui.EditorActions;
import org.journeycanvas.ui.EditorViewModel;
import org.journeycanvas.ui.Selection;

/**
 * The mouse and keys for connectors on the canvas: a click on a connector's line or label selects it (a card
 * under the pointer wins), a drag from a card's handle draws a new one onto another card, Backspace deletes the
 * selected one. Listens as event filters, so it sees a press before {@link CanvasGestures} and takes only the
 * presses that are its own; everything else goes on to card moving, the rubber band and editing.
 */
final class ConnectorGestures {
    /** How near the line a click picks a connector, in pixels on screen. */
    private static final double PICK_TOLERANCE = 5;

    private final MapCanvas canvas;
    private final EditorViewModel editor;
    private final EditorActions actions;
    private final ConnectorMarks marks;
    private String drawingFrom;
    private boolean pressedOnConnector;
    private boolean crosshairShown;

    ConnectorGestures(MapCanvas canvas, EditorViewModel editor, EditorActions actions) {
        this.canvas = canvas;
        this.editor = editor;
        this.actions = actions;
        this.marks = canvas.connectorMarks();
        canvas.addEventFilter(MouseEvent.MOUSE_MOVED, this::moved);
        canvas.addEventFilter(MouseEvent.MOUSE_EXITED, event -> hover(null));
        canvas.addEventFilter(MouseEvent.MOUSE_PRESSED, this::pressed);
        canvas.addEventFilter(MouseEvent.MOUSE_DRAGGED, this::dragged);
        canvas.addEventFilter(MouseEvent.MOUSE_RELEASED, this::released);
        canvas.addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
    }

    private void moved(MouseEvent event) {
        MapGeometry geometry = canvas.geometry();
        if (geometry == null) {
            return;
        }
        Point point = canvas.toMap(event.getX(), event.getY());
        String onHandle = handleAt(geometry, point);
        if ((onHandle != null) != crosshairShown) {
            crosshairShown = onHandle != null;
            canvas.setCursor(crosshairShown ? Cursor.CROSSHAIR : Cursor.DEFAULT);
        }
        if (onHandle != null) {
            hover(onHandle);
        } else if (geometry.hit(point.x(), point.y()) instanceof Hit.OnCard onCard
                && !onCard.card().isEmotionPoint()) {
            hover(onCard.card().cardId());
        } else {
            hover(null);
        }
    }

    private void hover(String cardId) {
        if (drawingFrom == null && !Objects.equals(cardId, marks.hoveredCardId())) {
            marks.hover(cardId);
            canvas.requestPaint();
        }
    }

    private void pressed(MouseEvent event) {
        MapGeometry geometry = canvas.geometry();
        if (event.getButton() != MouseButton.PRIMARY || geometry == null) {
            return;
        }
        Point point = canvas.toMap(event.getX(), event.getY());
        boolean plain = !event.isShortcutDown() && !event.isShiftDown();
        String fromCard = plain ? handleAt(geometry, point) : null;
        if (fromCard != null) {
            canvas.requestFocus();
            drawingFrom = fromCard;
            Point start = ConnectorMarks.handleOf(geometry.card(fromCard).orElseThrow());
            marks.drawing(start, point, null);
            canvas.requestPaint();
            event.consume();
            return;
        }
        Hit hit = geometry.hit(point.x(), point.y());
        if (hit instanceof Hit.OnCell || hit instanceof Hit.Nothing) {
            Optional<ConnectorRoute> route =
                    geometry.connectorAt(point.x(), point.y(), PICK_TOLERANCE / canvas.getZoom());
            if (route.isPresent()) {
                canvas.requestFocus();
                editor.select(new Selection.OfConnector(route.get().connectorId()));
                pressedOnConnector = true;
                event.consume();
            }
        }
    }

    private void dragged(MouseEvent event) {
        if (drawingFrom != null) {
            MapGeometry geometry = canvas.geometry();
            Point point = canvas.toMap(event.getX(), event.getY());
            String target = geometry.hit(point.x(), point.y()) instanceof Hit.OnCard onCard
                            && !onCard.card().cardId().equals(drawingFrom)
                    ? onCard.card().cardId()
                    : null;
            geometry.card(drawingFrom).ifPresent(from -> marks.drawing(ConnectorMarks.handleOf(from), point, target));
            canvas.setCursor(target != null ? Cursor.CROSSHAIR : DropCursors.notAllowed());
            canvas.requestPaint();
            event.consume();
        } else if (pressedOnConnector) {
            event.consume();
        }
    }

    private void released(MouseEvent event) {
        if (drawingFrom != null) {
            String from = drawingFrom;
            MapGeometry geometry = canvas.geometry();
            Point point = canvas.toMap(event.getX(), event.getY());
            stopDrawing();
            if (geometry.hit(point.x(), point.y()) instanceof Hit.OnCard onCard) {
                actions.connect(from, onCard.card().cardId());
            }
            event.consume();
        } else if (pressedOnConnector) {
            pressedOnConnector = false;
            event.consume();
        }
    }

    private void keyPressed(KeyEvent event) {
        if (drawingFrom != null && event.getCode() == KeyCode.ESCAPE) {
            stopDrawing();
            event.consume();
        } else if (event.getCode() == KeyCode.BACK_SPACE && editor.getSelection() instanceof Selection.OfConnector) {
            actions.deleteSelection();
            event.consume();
        }
    }

    /** Ends drawing without a connector: the map stays as it was. */
    private void stopDrawing() {
        drawingFrom = null;
        marks.stopDrawing();
        canvas.setCursor(Cursor.DEFAULT);
        canvas.requestPaint();
    }

    /**
     * The card whose handle is under a map point, or null: the handle of the selected card, of the card under the
     * pointer, or of the card just left of it (half the handle sticks out of the card's right edge).
     */
    private String handleAt(MapGeometry geometry, Point point) {
        double reach = marks.handleRadius() * 1.5;
        Set<String> candidates = new LinkedHashSet<>(marks.handleCards(editor.getSelection()));
        cardAt(geometry, point.x(), point.y()).ifPresent(candidates::add);
        cardAt(geometry, point.x() - reach, point.y()).ifPresent(candidates::add);
        for (CardBox box : geometry.cards(candidates)) {
            Point handle = ConnectorMarks.handleOf(box);
            if (handle != null && Math.hypot(point.x() - handle.x(), point.y() - handle.y()) <= reach) {
                return box.cardId();
            }
        }
        return null;
    }

    private static Optional<String> cardAt(MapGeometry geometry, double x, double y) {
        return geometry.hit(x, y) instanceof Hit.OnCard onCard
                ? Optional.of(onCard.card().cardId())
                : Optional.empty();
    }
}
