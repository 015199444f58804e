package org.journeycanvas.ui.canvas;

import java.util.List;
import javafx.scene.Cursor;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import org.journeycanvas.command.Field;
import org.journeycanvas.layout.CardBox;
import org.journeycanvas.layout.CellBox;
import org.journeycanvas.layout.CurveView;
import org.journeycanvas.layout.EmotionScale;
import org.journeycanvas.layout.LaneRow;
import org.journeycanvas.layout.MapGeometry;
import org.journeycanvas.layout.PersonaBand;
import org.journeycanvas.layout.Point;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.LaneKind;
import org.journeycanvas.ui.EditorActions;
import org.journeycanvas.ui.EditorViewModel;
import org.journeycanvas.ui.Selection;

/**
 * Dragging a to-be point up or down changes the moment's {@code futureScore}: previewed while the mouse moves, one
 * undoable edit on release, Esc cancels. Listens as event filters, so it sees a press before {@link
 * CanvasGestures} and takes only presses on a to-be point. Where a to-be point sits on its as-is point, showing both
 * curves, the as-is point is the one dragged (as before there were to-be points); the to-be view drags the other.
 */
final class FutureScoreDrag {
    private final MapCanvas canvas;
    private final EditorViewModel editor;
    private final EditorActions actions;
    private Dragging dragging;

    /** A drag under way: the card, its lane's row when it started, the score it had and the one shown now. */
    private record Dragging(String cardId, LaneRow lane, Integer original, Integer score) {}

    FutureScoreDrag(MapCanvas canvas, EditorViewModel editor, EditorActions actions) {
        this.canvas = canvas;
        this.editor = editor;
        this.actions = actions;
        canvas.addEventFilter(MouseEvent.MOUSE_PRESSED, this::pressed);
        canvas.addEventFilter(MouseEvent.MOUSE_DRAGGED, this::dragged);
        canvas.addEventFilter(MouseEvent.MOUSE_RELEASED, this::released);
        canvas.addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
    }

    private void pressed(MouseEvent event) {
        MapGeometry geometry = canvas.geometry();
        if (event.getButton() != MouseButton.PRIMARY || geometry == null || event.isConsumed()) {
            return;
        }
        Point point = canvas.toMap(event.getX(), event.getY());
        for (PersonaBand band : geometry.personas()) {
            for (LaneRow lane : band.lanes()) {
                CardBox box = futurePointAt(lane, point);
                if (box != null) {
                    canvas.requestFocus();
                    editor.select(
                            Selection.cards(List.of(box.cardId()), new Selection.Cell(box.laneId(), box.stageId())));
                    Integer score = editor.getMap()
                            .findCard(box.cardId())
                            .orElseThrow()
                            .card()
                            .futureScore();
                    dragging = new Dragging(box.cardId(), lane, score, score);
                    canvas.setCursor(Cursor.V_RESIZE);
                    event.consume();
                    return;
                }
            }
        }
    }

    /** The card whose to-be point is under the pointer and may be dragged, or null. */
    private static CardBox futurePointAt(LaneRow lane, Point point) {
        if (lane.kind() != LaneKind.EMOTIONS
                || lane.futureCurve().isEmpty()
                || !lane.bounds().contains(point.x(), point.y())) {
            return null;
        }
        for (CellBox cell : lane.cells()) {
            for (CardBox box : cell.cards()) {
                boolean hiddenByAsIs =
                        lane.curves() == CurveView.BOTH && box.point().equals(box.futurePoint());
                if (!hiddenByAsIs && box.futurePointContains(point.x(), point.y())) {
                    return box;
                }
            }
        }
        return null;
    }

    private void dragged(MouseEvent event) {
        if (dragging == null) {
            return;
        }
        Point point = canvas.toMap(event.getX(), event.getY());
        int score = EmotionScale.of(dragging.lane(), canvas.geometry().style()).scoreAt(point.y());
        if (!Integer.valueOf(score).equals(dragging.score())) {
            dragging = new Dragging(dragging.cardId(), dragging.lane(), dragging.original(), score);
            canvas.show(withFutureScore(editor.getMap(), dragging.cardId(), score));
        }
        event.consume();
    }

    private void released(MouseEvent event) {
        if (dragging == null) {
            return;
        }
        Dragging finished = dragging;
        dragging = null;
        canvas.setCursor(Cursor.DEFAULT);
        if (!finished.score().equals(finished.original())) {
            actions.setField(Field.CARD_FUTURE_SCORE, finished.cardId(), finished.score());
        } else {
            canvas.show(editor.getMap());
        }
        event.consume();
    }

    private void keyPressed(KeyEvent event) {
        if (dragging != null && event.getCode() == KeyCode.ESCAPE) {
            dragging = null;
            canvas.setCursor(Cursor.DEFAULT);
            canvas.show(editor.getMap());
            event.consume();
        }
    }

    /** The map as it would be with a card's to-be score changed: shown while dragging, not recorded. */
    private static JourneyMap withFutureScore(JourneyMap map, String cardId, int score) {
        return map.withLanesMapped(
                lane -> lane.withCardsMapped(card -> card.id().equals(cardId) ? card.withFutureScore(score) : card));
    }
}
